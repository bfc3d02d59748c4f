// The channels of the office's own settings and the audit log, which belong to no feature.
import { command, declareChannels, query } from './channel-kinds';
import { administrators, anyRole } from './roles';

export const coreChannels = declareChannels({
  'office.get': query(anyRole),
  'office.update': command({ invalidates: ['office'], roles: administrators }),
  'audit.list': query(anyRole),
});
