// The desktop's quit waits for its backup: Electron's will-quit does not wait for a promise, so the
// first will-quit is held (preventDefault), the backup runs, and the quit is asked for again; the second
// will-quit goes through. A failed backup is the backend's to log: the quit happens all the same.

export interface QuitEvent {
  preventDefault(): void;
}

/** Answers, for each will-quit, whether the quit may go on now (true: close the backend and go). */
export function holdQuitForBackup(
  backUp: () => Promise<unknown>,
  quitAgain: () => void,
): (event: QuitEvent) => boolean {
  let state: 'before' | 'backingUp' | 'done' = 'before';
  return (event) => {
    if (state === 'done') return true;
    event.preventDefault();
    if (state === 'before') {
      state = 'backingUp';
      void backUp()
        .catch(() => undefined)
        .finally(() => {
          state = 'done';
          quitAgain();
        });
    }
    return false;
  };
}
