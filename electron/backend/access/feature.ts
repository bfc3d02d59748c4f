// Work access as the composition root sees it: handlers, the tables it keeps for good, its number series
// and its rules for `cli check`.
import { backendFeature } from '../core/feature';
import { accessNumberSeries, accessPostedTables } from './access-records';
import { accessHandlers } from './handlers';
import { accessInvariants } from './integrity-access';

export const accessFeature = backendFeature(accessHandlers, {
  postedTables: accessPostedTables,
  numberSeries: accessNumberSeries,
  invariants: accessInvariants,
});
