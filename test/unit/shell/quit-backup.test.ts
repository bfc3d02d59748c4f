// The desktop's quit waits for the quit backup: the first will-quit is held, the quit asked for again
// once the backup is over (failed or not), and that second will-quit goes through.
import { describe, expect, it } from 'vitest';
import { holdQuitForBackup } from '../../../electron/main/quit-backup';

function quitEvent() {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

describe('holding the quit for its backup', () => {
  it('holds the first will-quit, backs up once, quits again, then lets the quit through', async () => {
    let backups = 0;
    let quits = 0;
    let finish!: () => void;
    const mayQuit = holdQuitForBackup(
      () => new Promise<void>((resolve) => ((backups += 1), (finish = resolve))),
      () => (quits += 1),
    );
    const first = quitEvent();
    expect(mayQuit(first)).toBe(false);
    expect(first.prevented).toBe(true);
    // A second quit while the backup runs is held too, and starts no second backup.
    expect(mayQuit(quitEvent())).toBe(false);
    expect(backups).toBe(1);
    expect(quits).toBe(0);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(quits).toBe(1);
    const last = quitEvent();
    expect(mayQuit(last)).toBe(true);
    expect(last.prevented).toBe(false);
  });

  it('quits all the same when the backup fails', async () => {
    let quits = 0;
    const mayQuit = holdQuitForBackup(
      () => Promise.reject(new Error('disk full')),
      () => (quits += 1),
    );
    expect(mayQuit(quitEvent())).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(quits).toBe(1);
    expect(mayQuit(quitEvent())).toBe(true);
  });
});
