// Watches the clerk's keyboard and pointer while signed in: locks the window after the idle minutes and,
// while the clerk works, tells the Node side at most once a minute (idle-clock.ts).
import { useEffect, useRef } from 'react';
import { afterActivity, startIdleClock, untilLock } from './idle-clock';

const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export interface IdleLockOptions {
  /** False while nobody works in the window (signed out, already locked). */
  watching: boolean;
  idleMinutes: number;
  onIdle: () => void;
  onKeepAlive: () => void;
}

export function useIdleLock({ watching, idleMinutes, onIdle, onKeepAlive }: IdleLockOptions): void {
  const handlers = useRef({ onIdle, onKeepAlive });
  useEffect(() => {
    handlers.current = { onIdle, onKeepAlive };
  });
  useEffect(() => {
    if (!watching) return;
    let clock = startIdleClock(performance.now());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const left = untilLock(clock, performance.now(), idleMinutes);
      if (left === 0) handlers.current.onIdle();
      else timer = setTimeout(check, left);
    };
    const onActivity = () => {
      const next = afterActivity(clock, performance.now());
      clock = next.clock;
      if (next.keepAlive) handlers.current.onKeepAlive();
    };
    activityEvents.forEach((event) =>
      window.addEventListener(event, onActivity, { capture: true, passive: true }),
    );
    check();
    return () => {
      clearTimeout(timer);
      activityEvents.forEach((event) => window.removeEventListener(event, onActivity, { capture: true }));
    };
  }, [watching, idleMinutes]);
}
