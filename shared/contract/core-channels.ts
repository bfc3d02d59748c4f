// The channels of the office's own settings and the audit log, which belong to no feature.
import { command, declareChannels, query } from './channel-kinds';

export const coreChannels = declareChannels({
  'office.get': query,
  'office.update': command({ invalidates: ['office'] }),
  'audit.list': query,
});
