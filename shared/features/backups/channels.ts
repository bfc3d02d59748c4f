// The backups' channels: the list, a backup taken now (with its progress), a backup's bytes for the USB
// stick, and a restore with its preview. All are 管理员's: a restore replaces the whole ledger.
import { command, declareChannels, file, query, queryGroups } from '../../contract/channel-kinds';
import { administrators } from '../../contract/roles';

export const backupsChannels = declareChannels({
  'backups.list': query(administrators),
  'backups.create': command({ invalidates: ['backups'], roles: administrators }),
  'backups.progress': query(administrators),
  'backups.export': file({ roles: administrators }),
  'backups.restorePreview': query(administrators),
  // A restore changes every screen's data (and signs everyone out).
  'backups.restore': command({ invalidates: queryGroups, roles: administrators }),
});
