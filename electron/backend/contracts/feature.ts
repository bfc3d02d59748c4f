// Purchase-of-services contracts as the composition root sees them: handlers, the tables kept for good,
// the number series and the rules `cli check` holds them to.
import { backendFeature } from '../core/feature';
import { contractsNumberSeries, contractsPostedTables } from './contract-records';
import { contractsHandlers } from './handlers';
import { contractsInvariants } from './integrity/integrity-contracts';

export const contractsFeature = backendFeature(contractsHandlers, {
  postedTables: contractsPostedTables,
  numberSeries: contractsNumberSeries,
  invariants: contractsInvariants,
});
