// The recovery page: what the app shows before sign-in when the ledger cannot be opened.
export { RecoveryGate } from './RecoveryGate';
