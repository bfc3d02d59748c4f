// When the clerk last worked, and what follows from it: the window locks after the office's idle minutes
// without keyboard or pointer input, and while the clerk works the Node side hears of it now and then, so
// its own idle sign-out (counted from the last call) does not end a sign-in that is in use. Times are
// milliseconds of a monotonic clock (performance.now()), never the PC's date.

export interface IdleClock {
  lastActivity: number;
  /** When the Node side was last told the clerk is working. */
  lastKeepAlive: number;
}

/** The Node side is told at most once a minute. */
export const keepAliveInterval = 60_000;

export function startIdleClock(now: number): IdleClock {
  return { lastActivity: now, lastKeepAlive: now };
}

/** The clock after input at `now`, and whether the Node side is to be told now. */
export function afterActivity(clock: IdleClock, now: number): { clock: IdleClock; keepAlive: boolean } {
  const keepAlive = now - clock.lastKeepAlive >= keepAliveInterval;
  return { clock: { lastActivity: now, lastKeepAlive: keepAlive ? now : clock.lastKeepAlive }, keepAlive };
}

/** Milliseconds left before the window locks; zero once it is due. */
export function untilLock(clock: IdleClock, now: number, idleMinutes: number): number {
  return Math.max(0, clock.lastActivity + idleMinutes * 60_000 - now);
}
