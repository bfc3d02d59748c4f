// The restore of the running app: refused before anything is touched when the backup is not one to
// restore; otherwise, alone on the connection, it closes it, puts the backup in place (the current file
// kept aside), reopens and migrates it into the context every later call reads, writes the restore's
// audit row into the restored ledger, and signs everyone out: the restored ledger's users may differ.
import type { BackendContext } from '../core/context';
import { auditRestore } from '../core/backup/backup-audit';
import type { RestoringUser } from '../core/backup/ledger-file';
import { backupPathOf, requireListedBackup } from '../core/backup/list-backups';
import { restoreLedgerFile, type RestoredFile } from '../core/backup/restore-file';
import { unrestorable, verifyBackup } from '../core/backup/verify-backup';
import { findUserByLogin } from '../core/people/users';
import type { CallGate } from './call-gate';
import { openLedger } from './open-ledger';

export async function restoreLive(
  context: BackendContext,
  gate: CallGate,
  backupFileName: string,
  by: RestoringUser,
): Promise<RestoredFile> {
  const { dbPath, env } = context.ledgerFile;
  // Checked while the connection is still open: a refusal leaves the file as it was, byte for byte.
  const record = requireListedBackup(dbPath, backupFileName);
  const verification = verifyBackup(backupPathOf(dbPath, record), env);
  if (!verification.ok) throw unrestorable(backupFileName, verification);
  return gate.alone(1, async () => {
    const now = context.clock();
    context.db.close();
    let outcome: RestoredFile;
    try {
      outcome = await restoreLedgerFile(dbPath, backupFileName, now, env);
    } finally {
      // Whatever is in place now, restored or (when the restore failed) the file as it was.
      context.db = await openLedger(dbPath, now, env.nativeBinding);
    }
    const user = findUserByLogin(context.db, by.login);
    auditRestore(context.db, outcome, { actor: by.displayName, userId: user?.id ?? null }, now);
    context.sessions.endAll('restored');
    return outcome;
  });
}
