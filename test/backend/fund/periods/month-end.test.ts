// 月结 waits for the month to end: a month whose last day is after today (the office's clock) is refused,
// on the periods screen's blockers and on the close itself, and the last day itself is allowed.
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, type TestBackend } from '../../../fixtures/backend';
import { openFundBooks, postRaw, seedYear } from '../../../fixtures/fund-periods';

let backend: TestBackend;
afterEach(() => backend?.dispose());

let now = new Date('2026-03-30T17:00:00+08:00');
const clock = () => now;

async function closeThrough(last: number) {
  for (let m = 1; m <= last; m += 1)
    await backend.as('approver').call('fund.closeMonth', { month: `2026-${String(m).padStart(2, '0')}` });
}

describe('closing a month before it has ended', () => {
  it('is a blocker on the day before the last day, named with the month and its last day', async () => {
    now = new Date('2026-03-30T17:00:00+08:00');
    backend = await openFundBooks(clock);
    seedYear(backend);
    await closeThrough(2);
    const check = await backend.call('fund.closeCheck', { month: '2026-03' });
    expect(check).toEqual({
      month: '2026-03',
      closable: false,
      blockers: [
        {
          kind: 'month_not_ended',
          message: '2026-03 月尚未结束（月末为 2026-03-31），不能结账',
          voucherIds: [],
        },
      ],
    });
    const periods = await backend.call('fund.periods', { year: 2026 });
    expect(periods.nextClosable).toBe('2026-03');
    expect(periods.blockers.map((b) => b.kind)).toEqual(['month_not_ended']);
  });

  it('refuses the close naming the month and its last day, and changes nothing', async () => {
    now = new Date('2026-03-30T23:59:00+08:00');
    backend = await openFundBooks(clock);
    seedYear(backend);
    await closeThrough(2);
    const before = fingerprint(backend.dbPath);
    const result = await backend.as('approver').send('fund.closeMonth', { month: '2026-03' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        field: 'month',
        message: '月份：2026-03 不能结账：2026-03 月尚未结束（月末为 2026-03-31），不能结账',
      },
    });
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('allows the close on the last day itself, the clerk closing on the last afternoon', async () => {
    now = new Date('2026-03-31T15:30:00+08:00');
    backend = await openFundBooks(clock);
    seedYear(backend);
    await closeThrough(2);
    expect((await backend.call('fund.closeCheck', { month: '2026-03' })).closable).toBe(true);
    const change = await backend.as('approver').call('fund.closeMonth', { month: '2026-03' });
    expect(change.period).toMatchObject({ month: '2026-03', state: 'closed' });
  });

  it('lists it beside the other blockers, and a later month is refused too', async () => {
    now = new Date('2026-03-15T10:00:00+08:00');
    backend = await openFundBooks(clock);
    seedYear(backend);
    await closeThrough(1);
    postRaw(backend.db, {
      state: 'draft',
      date: '2026-03-02',
      lines: [
        ['5201', null, 100, 0],
        ['1002', null, 0, 100],
      ],
    });
    const march = await backend.call('fund.closeCheck', { month: '2026-03' });
    expect(march.blockers.map((b) => b.kind)).toEqual([
      'month_not_ended',
      'previous_open',
      'pending_vouchers',
    ]);
    const june = await backend.call('fund.closeCheck', { month: '2026-06' });
    expect(june.blockers[0]?.message).toBe('2026-06 月尚未结束（月末为 2026-06-30），不能结账');
  });

  it('refuses December before 12-31 and writes no 结转, then closes it once the clock reaches 12-31', async () => {
    now = new Date('2026-12-30T18:00:00+08:00');
    backend = await openFundBooks(clock);
    seedYear(backend);
    await closeThrough(11);
    const before = fingerprint(backend.dbPath);
    const refused = await backend.as('approver').send('fund.closeMonth', { month: '2026-12' });
    expect(refused.ok ? null : refused.error.message).toBe(
      '月份：2026-12 不能结账：2026-12 月尚未结束（月末为 2026-12-31），不能结账',
    );
    expect(fingerprint(backend.dbPath)).toBe(before);
    const yearEnd = backend.db
      .prepare(`SELECT count(*) AS n FROM fund_voucher WHERE kind = 'year_end'`)
      .get();
    expect(yearEnd).toEqual({ n: 0 });
    now = new Date('2026-12-31T16:00:00+08:00');
    await backend.signInAgain();
    const change = await backend.as('approver').call('fund.closeMonth', { month: '2026-12' });
    expect(change.period.state).toBe('closed');
    expect(change.yearEndVoucherNumber).not.toBeNull();
  });
});
