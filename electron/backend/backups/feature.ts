// The backups as the composition root sees them: their handlers. A backup is a file beside the ledger,
// not a table, so there is nothing for `cli check` to hold.
import { backendFeature } from '../core/feature';
import { backupsHandlers } from './handlers';

export const backupsFeature = backendFeature(backupsHandlers);
