// The public lists as the composition root sees them: handlers, the tables they keep for good and their
// rules for `cli check`.
import { backendFeature } from '../core/feature';
import { listsHandlers } from './handlers';
import { listInvariants } from './integrity-lists';
import { listPostedTables } from './list-records';

export const listsFeature = backendFeature(listsHandlers, {
  postedTables: listPostedTables,
  invariants: listInvariants,
});
