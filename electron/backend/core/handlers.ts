// The core channels' handlers: the office's settings and the audit log.
import type { coreChannels } from '../../../shared/contract/core-channels';
import { listAudit } from './audit';
import type { HandlersOf } from './handler';
import { readOfficeSettings, updateOfficeSettings } from './office';

export const coreHandlers: HandlersOf<typeof coreChannels> = {
  'office.get': (ctx) => readOfficeSettings(ctx),
  'office.update': updateOfficeSettings,
  'audit.list': listAudit,
};
