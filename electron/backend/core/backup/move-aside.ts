// A damaged ledger is never deleted or repaired in place: it and its -wal, -shm and -journal are moved,
// untouched byte for byte, into backups/damaged/, and the way is clear to restore a backup.
import fs from 'node:fs';
import path from 'node:path';
import { backupsDir, fileStamp } from './backup-files';

/** Moves the file (and its companions) aside; returns where the database file went. */
export function moveAside(dbPath: string, now: Date): string {
  const dir = path.join(backupsDir(dbPath), 'damaged');
  fs.mkdirSync(dir, { recursive: true });
  const stem = `${path.basename(dbPath, path.extname(dbPath))}-${fileStamp(now)}-damaged`;
  let target = path.join(dir, `${stem}${path.extname(dbPath)}`);
  for (let n = 2; fs.existsSync(target); n += 1)
    target = path.join(dir, `${stem}-${n}${path.extname(dbPath)}`);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (fs.existsSync(`${dbPath}${suffix}`)) fs.renameSync(`${dbPath}${suffix}`, `${target}${suffix}`);
  }
  fs.renameSync(dbPath, target);
  return target;
}
