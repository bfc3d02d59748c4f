// The contract of the ledger file's channels: see ledger-channels.ts.
import { channel, noInput, type ContractFor } from './channel-spec';
import { ledgerRecoverInput, type LedgerStatus, type RecoveryOutcome } from './ledger';
import type { ledgerChannels } from './ledger-channels';

export const ledgerContract = {
  'ledger.status': channel<LedgerStatus>()(noInput),
  'ledger.recover': channel<RecoveryOutcome>()(ledgerRecoverInput),
} satisfies ContractFor<typeof ledgerChannels>;
