// The backups' handlers: the list, a backup now and its progress, a backup's bytes, a restore's preview,
// and the live restore (which only the composition root can do: it owns the connection).
import type { backupsChannels } from '../../../shared/features/backups/channels';
import type { HandlersOf } from '../core/handler';
import { signedInUser } from '../core/context';
import { exportBackup } from './backup-export';
import { backUpNow, listLedgerBackups } from './backup-list';
import { restorePreview } from './restore-preview';

export const backupsHandlers: HandlersOf<typeof backupsChannels> = {
  'backups.list': listLedgerBackups,
  'backups.create': backUpNow,
  'backups.progress': (ctx) => ctx.ledgerFile.progress.current,
  'backups.export': (ctx, input) => exportBackup(ctx, input.fileName),
  'backups.restorePreview': (ctx, input) => restorePreview(ctx, input.fileName),
  'backups.restore': async (ctx, input) => {
    const user = signedInUser(ctx);
    const outcome = await ctx.ledgerFile.restore(input.fileName, user);
    // The open ledger is kept aside; only one found damaged is moved aside instead (the audit row says where).
    return outcome.keptAside ?? outcome.restored;
  },
};
