// The core's own channels (office settings, the audit log, the ledger file, the people who sign in) and the tables it
// keeps for good.
import { backendFeature } from './feature';
import { coreHandlers } from './handlers';
import { peopleHandlers } from './people/handlers';
import { corePostedTables } from './posting/posted-tables';
import { ledgerHandlers } from './recovery/ledger-handlers';

export const coreFeature = backendFeature(
  { ...coreHandlers, ...ledgerHandlers, ...peopleHandlers },
  { postedTables: corePostedTables },
);
