// The register as the composition root sees it: its handlers and its rules for `cli check`.
import { backendFeature } from '../core/feature';
import { registerHandlers } from './handlers';
import { registerInvariants } from './integrity-register';

export const registerFeature = backendFeature(registerHandlers, { invariants: registerInvariants });
