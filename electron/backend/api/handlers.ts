// The index of the backend's features, one line each: the dispatcher's handler map and `cli check` are
// built from this list. Each feature's map is typed from its own declarations and the merged map from
// every channel: a feature left out here, a missing channel, an extra one, or a handler whose input or
// output drifts from the contract is a compile error.
import type { ChannelName } from '../../../shared/contract';
import { accessFeature } from '../access/feature';
import { backupsFeature } from '../backups/feature';
import { calendarFeature } from '../calendar/feature';
import { contractsFeature } from '../contracts/feature';
import { coreFeature } from '../core/core-feature';
import type { Handler } from '../core/handler';
import { fundFeature } from '../fund/feature';
import { fundingFeature } from '../funding/feature';
import { listsFeature } from '../lists/feature';
import { registerFeature } from '../register/feature';

export const backendFeatures = [
  coreFeature,
  registerFeature,
  fundingFeature,
  calendarFeature,
  listsFeature,
  accessFeature,
  contractsFeature,
  fundFeature,
  backupsFeature,
] as const;

export type Handlers = { [C in ChannelName]: Handler<C> };

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void
  ? I
  : never;
type MergedHandlers = Intersection<(typeof backendFeatures)[number]['handlers']>;

export const handlers: Handlers = Object.assign(
  {},
  ...backendFeatures.map((feature) => feature.handlers),
) as MergedHandlers;
