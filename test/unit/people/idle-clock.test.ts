// The window locks after the idle minutes without input; working keeps the Node side's sign-in alive,
// telling it at most once a minute.
import { describe, expect, it } from 'vitest';
import {
  afterActivity,
  keepAliveInterval,
  startIdleClock,
  untilLock,
} from '../../../renderer/features/people/sign-in/idle-clock';

const minute = 60_000;

describe('the idle clock', () => {
  it('locks the idle minutes after the last input, not before', () => {
    const clock = startIdleClock(1_000);
    expect(untilLock(clock, 1_000 + 30 * minute - 1, 30)).toBe(1);
    expect(untilLock(clock, 1_000 + 30 * minute, 30)).toBe(0);
    expect(untilLock(clock, 1_000 + 45 * minute, 30)).toBe(0);
  });

  it('counts the idle time again from every input', () => {
    let clock = startIdleClock(0);
    clock = afterActivity(clock, 20 * minute).clock;
    expect(untilLock(clock, 30 * minute, 30)).toBe(20 * minute);
    expect(untilLock(clock, 50 * minute, 30)).toBe(0);
  });

  it('tells the Node side at most once a minute while the clerk works', () => {
    const clock = startIdleClock(0);
    const soon = afterActivity(clock, keepAliveInterval - 1);
    expect(soon.keepAlive).toBe(false);
    const later = afterActivity(soon.clock, keepAliveInterval);
    expect(later.keepAlive).toBe(true);
    expect(afterActivity(later.clock, keepAliveInterval + 30_000).keepAlive).toBe(false);
    expect(afterActivity(later.clock, 2 * keepAliveInterval).keepAlive).toBe(true);
  });

  it('follows a shorter setting at once', () => {
    const clock = startIdleClock(0);
    expect(untilLock(clock, 4 * minute, 5)).toBe(minute);
    expect(untilLock(clock, 4 * minute, 240)).toBe(236 * minute);
  });
});
