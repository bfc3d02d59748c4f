// The micro-fund as the composition root sees it: handlers, the tables kept for good, the voucher number
// series and the rules `cli check` holds the books to.
import { backendFeature } from '../core/feature';
import { fundNumberSeries, fundPostedTables } from './fund-records';
import { donationInvariants } from './donations/donation-invariants';
import { fundHandlers } from './handlers';
import { fundInvariants } from './periods/integrity-fund';
import { projectInvariants } from './projects/project-invariants';

export const fundFeature = backendFeature(fundHandlers, {
  postedTables: fundPostedTables,
  numberSeries: fundNumberSeries,
  invariants: [...fundInvariants, ...donationInvariants, ...projectInvariants],
});
