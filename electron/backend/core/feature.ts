// What a backend feature hands the composition root: its handler map, and what `cli check` holds its
// records to (the append-only tables' triggers, its number series, its own rules). api/handlers.ts lists
// the features, one line each; the dispatcher and `cli check` are built from that list.
import type { Invariant } from './invariant';
import type { NumberSeries } from './posting/numbering';
import type { PostedTable } from './posting/posted-tables';

export interface FeatureChecks {
  postedTables?: PostedTable[];
  numberSeries?: NumberSeries[];
  invariants?: Invariant[];
}

export interface BackendFeature<H> {
  handlers: H;
  checks: FeatureChecks;
}

export function backendFeature<H>(handlers: H, checks: FeatureChecks = {}): BackendFeature<H> {
  return { handlers, checks };
}
