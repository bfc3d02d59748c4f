// The core's own channels (office settings, the audit log) and the tables it keeps for good.
import { backendFeature } from './feature';
import { coreHandlers } from './handlers';
import { corePostedTables } from './posting/posted-tables';

export const coreFeature = backendFeature(coreHandlers, { postedTables: corePostedTables });
