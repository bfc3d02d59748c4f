// calendar.today: the renderer's "today" and "this year" come from the backend's injected clock.
import { afterEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.dispose();
});

async function todayAt(instant: string) {
  const backend = await openTestBackend({ clock: () => new Date(instant) });
  opened.push(backend);
  return backend.call('calendar.today', {});
}

describe('today by the backend’s clock', () => {
  it('answers the clock’s local date and its year', async () => {
    expect(await todayAt('2026-12-31T23:30:00+08:00')).toEqual({ today: '2026-12-31', year: 2026 });
  });

  it('moves to the new year at local midnight, not at UTC midnight', async () => {
    // 16:10 UTC on 31 December is already 1 January in the office (UTC+8).
    expect(await todayAt('2026-12-31T16:10:00Z')).toEqual({ today: '2027-01-01', year: 2027 });
  });
});
