// 月结 and 反结账 of the fund through the channels: each blocker, posting into a closed month refused,
// reopening only the latest closed month (管理员, with a reason, audited), and the December 结转.
import { afterEach, describe, expect, it } from 'vitest';
import { insertPostedVoucher } from '../../../../electron/backend/fund/books/voucher-store';
import { monthChecksum } from '../../../../electron/backend/fund/periods/month-checksum';
import { fingerprint, type TestBackend } from '../../../fixtures/backend';
import { accountId, addDesignation, openFundBooks, postRaw, seedYear } from '../../../fixtures/fund-periods';

let backend: TestBackend;
afterEach(() => backend?.dispose());

async function closeThrough(last: number) {
  for (let m = 1; m <= last; m += 1)
    await backend.as('approver').call('fund.closeMonth', { month: `2026-${String(m).padStart(2, '0')}` });
}

describe('what blocks closing a month', () => {
  it('a month before the opening month, and the month before not closed', async () => {
    backend = await openFundBooks();
    seedYear(backend);
    const before = await backend.call('fund.closeCheck', { month: '2025-12' });
    expect(before.blockers.map((b) => b.kind)).toEqual(['before_opening']);
    const feb = await backend.call('fund.closeCheck', { month: '2026-02' });
    expect(feb.closable).toBe(false);
    expect(feb.blockers[0]).toMatchObject({
      kind: 'previous_open',
      message: '上月 2026-01 尚未结账，请先结账上月',
    });
    const jan = await backend.call('fund.closeCheck', { month: '2026-01' });
    expect(jan).toEqual({ month: '2026-01', closable: true, blockers: [] });
  });

  it('drafts and submitted vouchers in the month', async () => {
    backend = await openFundBooks();
    seedYear(backend);
    const draft = postRaw(backend.db, {
      state: 'draft',
      date: '2026-01-15',
      lines: [
        ['5201', null, 100, 0],
        ['1002', null, 0, 100],
      ],
    });
    const submitted = postRaw(backend.db, {
      state: 'submitted',
      date: '2026-01-16',
      lines: [
        ['5201', null, 100, 0],
        ['1002', null, 0, 100],
      ],
    });
    const check = await backend.call('fund.closeCheck', { month: '2026-01' });
    expect(check.blockers).toEqual([
      {
        kind: 'pending_vouchers',
        message: '本月还有 2 张凭证未记账（草稿 1 张，待审核 1 张），请先审核记账或删除',
        voucherIds: [draft, submitted],
      },
    ]);
  });

  it('an unbalanced posted voucher, and designated spending without its release', async () => {
    backend = await openFundBooks();
    const { elderly } = seedYear(backend);
    await closeThrough(2);
    const bad = postRaw(backend.db, {
      date: '2026-03-25',
      lines: [
        ['5201', null, 100, 0],
        ['1002', null, 0, 90],
      ],
    });
    const unreleased = postRaw(backend.db, {
      kind: 'grant',
      date: '2026-03-26',
      lines: [
        ['5101', elderly, 5_000, 0],
        ['1002', null, 0, 5_000],
      ],
    });
    const check = await backend.call('fund.closeCheck', { month: '2026-03' });
    expect(check.blockers.map((b) => b.kind)).toEqual(['unbalanced', 'release_missing']);
    expect(check.blockers[0]?.message).toBe('本月有 1 张凭证借贷不平：记-2026-03-0004');
    expect(check.blockers[0]?.voucherIds).toEqual([bad]);
    expect(check.blockers[1]?.message).toBe(
      '本月限定性支出与转为非限定性净资产的金额不符：「助老项目」支出 450.00 元，已转 400.00 元',
    );
    expect(check.blockers[1]?.voucherIds).toEqual([unreleased]);
  });

  it('refuses the close naming the blockers, and changes nothing', async () => {
    backend = await openFundBooks();
    seedYear(backend);
    const before = fingerprint(backend.dbPath);
    const result = await backend.as('approver').send('fund.closeMonth', { month: '2026-02' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        field: 'month',
        message: '月份：2026-02 不能结账：上月 2026-01 尚未结账，请先结账上月',
      },
    });
    expect(fingerprint(backend.dbPath)).toBe(before);
    const clerk = await backend.send('fund.closeMonth', { month: '2026-01' });
    expect(clerk.ok ? 'ok' : clerk.error.code).toBe('forbidden');
  });
});

describe('closing a month', () => {
  it('writes the close with its checksum, audited, and refuses a posting into it', async () => {
    backend = await openFundBooks();
    seedYear(backend);
    const change = await backend.as('approver').call('fund.closeMonth', { month: '2026-01' });
    expect(change.period).toMatchObject({
      month: '2026-01',
      state: 'closed',
      closedBy: '审核员',
      reopened: false,
    });
    const closes = backend.db.prepare(`SELECT * FROM closed_period WHERE ledger = 'fund'`);
    const row = closes.get() as Record<string, string>;
    expect(row).toMatchObject({ period_start: '2026-01-01', period_end: '2026-01-31', closed_by: '审核员' });
    expect(row.checksum).toBe(monthChecksum(backend.db, '2026-01'));
    expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    const audit = backend.db
      .prepare(`SELECT action, entity, summary FROM audit_log WHERE entity = 'fund_period'`)
      .all() as { action: string; summary: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'close' });
    expect(audit[0]?.summary).toContain('结账 2026-01');

    const ctx = backend.contextAs('approver');
    expect(() =>
      insertPostedVoucher(ctx, { kind: 'year_end', date: '2026-01-31', summary: '试图记入已结账月份' }, [
        {
          accountId: accountId(backend.db, '5201'),
          designationId: null,
          summary: '',
          debitFen: 1,
          creditFen: 0,
        },
        {
          accountId: accountId(backend.db, '1002'),
          designationId: null,
          summary: '',
          debitFen: 0,
          creditFen: 1,
        },
      ]),
    ).toThrow(/已结账/);

    const year = await backend.call('fund.periods', { year: 2026 });
    expect(year.months.map((m) => m.state).slice(0, 3)).toEqual(['closed', 'open', 'open']);
    expect(year.nextClosable).toBe('2026-02');
    expect(year.latestClosed).toBe('2026-01');
    expect(year.months[0]?.checksumShort).toBe(row.checksum?.slice(0, 12));
    const earlier = await backend.call('fund.periods', { year: 2025 });
    expect(earlier.months.every((m) => m.state === 'before_opening')).toBe(true);
  });
});

describe('reopening a month (反结账)', () => {
  it('only the latest closed month, only by 管理员, with a reason of at least 4 characters; audited', async () => {
    backend = await openFundBooks();
    seedYear(backend);
    await closeThrough(2);
    const before = fingerprint(backend.dbPath);
    const notLatest = await backend
      .as('administrator')
      .send('fund.reopenMonth', { month: '2026-01', reason: '发现差错需更正' });
    expect(notLatest).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '月份：只能反结账最近结账的月份 2026-02，2026-01 不是' },
    });
    const short = await backend
      .as('administrator')
      .send('fund.reopenMonth', { month: '2026-02', reason: '更正' });
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '反结账原因：至少 4 个字' },
    });
    const approver = await backend
      .as('approver')
      .send('fund.reopenMonth', { month: '2026-02', reason: '发现差错需更正' });
    expect(approver.ok ? 'ok' : approver.error.code).toBe('forbidden');
    expect(fingerprint(backend.dbPath)).toBe(before);

    const change = await backend
      .as('administrator')
      .call('fund.reopenMonth', { month: '2026-02', reason: '发现差错需更正' });
    expect(change.period).toMatchObject({
      state: 'open',
      reopened: true,
      reopenedBy: '管理员甲',
      reopenReason: '发现差错需更正',
    });
    const audit = backend.db
      .prepare(`SELECT actor, summary FROM audit_log WHERE entity = 'fund_period' AND action = 'reopen'`)
      .all();
    expect(audit).toEqual([{ actor: '管理员甲', summary: '反结账 2026-02：发现差错需更正' }]);
    // Closed again after the correction; the earlier close stays on record.
    await backend.as('approver').call('fund.closeMonth', { month: '2026-02' });
    const closes = backend.db
      .prepare(`SELECT count(*) AS n FROM closed_period WHERE period_start = '2026-02-01'`)
      .get() as { n: number };
    expect(closes.n).toBe(2);
  });

  it('refuses a month that is not closed', async () => {
    backend = await openFundBooks();
    const result = await backend
      .as('administrator')
      .send('fund.reopenMonth', { month: '2026-05', reason: '无此结账记录' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '月份：2026-05 未结账，无需反结账' },
    });
  });
});

describe('the December close (年末结转)', () => {
  function incomeAndExpense(tb: {
    rows: { code: string; kind: string; closingDebitFen: number; closingCreditFen: number }[];
  }) {
    return tb.rows
      .filter((r) => r.kind === 'income' || r.kind === 'expense')
      .map((r) => [r.code, r.closingDebitFen, r.closingCreditFen])
      .filter(([, d, c]) => d !== 0 || c !== 0);
  }

  it('carries income and expense into net assets, and the reopening reverses it in red', async () => {
    backend = await openFundBooks();
    const { elderly } = seedYear(backend);
    const other = addDesignation(backend.db, '儿童之家');
    postRaw(backend.db, {
      kind: 'donation',
      date: '2026-12-10',
      lines: [
        ['1002', null, 12_345, 0],
        ['4101', other, 0, 12_345],
      ],
    });
    await closeThrough(11);
    const designationsBefore = await backend.call('fund.designationReport', { year: 2026 });
    const change = await backend.as('approver').call('fund.closeMonth', { month: '2026-12' });
    expect(change.yearEndVoucherNumber).toBe('记-2026-12-0002');
    const tb = await backend.call('fund.trialBalance', { year: 2026, fromMonth: 1, toMonth: 12 });
    expect(tb.balanced).toBe(true);
    expect(incomeAndExpense(tb)).toEqual([]);
    const net = Object.fromEntries(
      tb.rows.filter((r) => r.kind === 'net_assets').map((r) => [r.code, r.closingCreditFen]),
    );
    // 3101: 8,000 + 500 donation − 400 spent − 5 charge + 400 released; 3102: 2,000 + 300 + 123.45 − 400.
    expect(net).toEqual({ '3101': 849_500, '3102': 202_345 });
    const lines = backend.db
      .prepare(
        `SELECT a.code, l.designation_id AS d, l.debit_fen AS dr, l.credit_fen AS cr FROM fund_voucher_line l
         JOIN fund_account a ON a.id = l.account_id WHERE l.voucher_id = ? ORDER BY l.line_no`,
      )
      .all(change.yearEndVoucherId);
    expect(lines).toEqual([
      { code: '4101', d: null, dr: 50_000, cr: 0 },
      { code: '4101', d: elderly, dr: 30_000, cr: 0 },
      { code: '4101', d: other, dr: 12_345, cr: 0 },
      { code: '5101', d: null, dr: 0, cr: 40_000 },
      { code: '5201', d: null, dr: 0, cr: 500 },
      { code: '3101', d: null, dr: 0, cr: 9_500 },
      { code: '3102', d: elderly, dr: 0, cr: 30_000 },
      { code: '3102', d: other, dr: 0, cr: 12_345 },
    ]);
    // The 结转 moves nothing between designations.
    const designationsAfter = await backend.call('fund.designationReport', { year: 2026 });
    const kept = (report: typeof designationsBefore) =>
      report.rows.map((r) => [r.closingAvailableFen, r.receivedFen]);
    expect(kept(designationsAfter)).toEqual(kept(designationsBefore));

    const reopened = await backend
      .as('administrator')
      .call('fund.reopenMonth', { month: '2026-12', reason: '补记年末利息' });
    expect(reopened.yearEndVoucherNumber).toBe('记-2026-12-0003');
    const original = backend.db
      .prepare('SELECT reversed_by_id AS r FROM fund_voucher WHERE id = ?')
      .get(change.yearEndVoucherId) as { r: number };
    expect(original.r).toBe(reopened.yearEndVoucherId);
    const afterReopen = await backend.call('fund.trialBalance', { year: 2026, fromMonth: 12, toMonth: 12 });
    expect(incomeAndExpense(afterReopen)).toEqual([
      ['4101', 0, 92_345],
      ['5101', 40_000, 0],
      ['5201', 500, 0],
    ]);
    const again = await backend.as('approver').call('fund.closeMonth', { month: '2026-12' });
    expect(again.yearEndVoucherNumber).toBe('记-2026-12-0004');
    const final = await backend.call('fund.trialBalance', { year: 2026, fromMonth: 1, toMonth: 12 });
    expect(incomeAndExpense(final)).toEqual([]);
  });
});
