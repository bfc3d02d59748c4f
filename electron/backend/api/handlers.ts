// The index of every feature's handler map. Each feature's map is typed from its own declarations, and
// the merged map from every channel: a feature left out here, a missing channel, an extra one, or a
// handler whose input or output drifts from the contract is a compile error.
import type { ChannelName } from '../../../shared/contract';
import { accessHandlers } from '../access/handlers';
import { calendarHandlers } from '../calendar/handlers';
import type { Handler } from '../core/handler';
import { coreHandlers } from '../core/handlers';
import { fundingHandlers } from '../funding/handlers';
import { listsHandlers } from '../lists/handlers';
import { registerHandlers } from '../register/handlers';

export type Handlers = { [C in ChannelName]: Handler<C> };

export const handlers: Handlers = {
  ...coreHandlers,
  ...registerHandlers,
  ...fundingHandlers,
  ...calendarHandlers,
  ...listsHandlers,
  ...accessHandlers,
};
