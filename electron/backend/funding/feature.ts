// Funding as the composition root sees it: its handlers, the tables it posts and its rules for `cli check`.
import { backendFeature } from '../core/feature';
import { fundingPostedTables } from './funding-records';
import { fundingHandlers } from './handlers';
import { fundingInvariants } from './integrity-funding';

export const fundingFeature = backendFeature(fundingHandlers, {
  postedTables: fundingPostedTables,
  invariants: fundingInvariants,
});
