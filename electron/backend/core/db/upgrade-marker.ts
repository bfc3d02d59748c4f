// The evidence an interrupted upgrade leaves. Each migration commits on its own (migrate.ts), so a start
// killed between two of them leaves a file at a version between the one it had and the latest, which
// looks exactly like an old file from an older app waiting for its normal upgrade. To tell them apart,
// migrate() writes `<db>-upgrading` before the first pending migration and removes it after the last:
// a file at an older version WITH the marker was cut off half-way (the diagnosis offers to finish or to
// restore); one WITHOUT it is an older app's file and is upgraded automatically, after its backup.
import fs from 'node:fs';

export function upgradeMarkerPath(dbPath: string): string {
  return `${dbPath}-upgrading`;
}

/** Written (and flushed) before the first pending migration runs: what the upgrade started from. */
export function leaveUpgradeMarker(dbPath: string, from: number, to: number, now: Date): void {
  const text = JSON.stringify({ from, to, startedAt: now.toISOString() });
  const fd = fs.openSync(upgradeMarkerPath(dbPath), 'w');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function removeUpgradeMarker(dbPath: string): void {
  fs.rmSync(upgradeMarkerPath(dbPath), { force: true });
}

export function hasUpgradeMarker(dbPath: string): boolean {
  return fs.existsSync(upgradeMarkerPath(dbPath));
}
