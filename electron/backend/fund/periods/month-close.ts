// 月结 and 反结账 of the fund's books. A month closes when the month before it is closed (from the opening
// month on), nothing in it waits for posting, every voucher in it balances and every designated expense
// has its release. Closing December first writes the 结转 voucher (year_end): the year's income into net
// assets (designated income into 限定性净资产 with its designation), every expense out of 非限定性净资产.
// The close keeps a checksum of the month's vouchers so `cli check` can tell a later change; only the
// latest closed month reopens (管理员, with a reason), and reopening December reverses its 结转 in red.
import { createHash } from 'node:crypto';
import { formatYuan } from '../../../../shared/domain/money';
import type {
  CloseBlocker,
  FundCloseCheck,
  FundPeriod,
  FundPeriodChange,
  FundPeriodYear,
} from '../../../../shared/features/fund/periods/outputs';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import { AppError, conflict } from '../../core/errors';
import { today } from '../../core/posting/posting-dates';
import { accountByCode, insertPostedVoucher, postedLinesOf, type PostedLine } from '../books/voucher-store';
import { fundLedger, voucherNumber } from '../fund-records';
import { lastDayOfMonth, monthOf, reportAccounts } from '../reports/report-accounts';

const monthField = 'month';

interface CloseRow {
  id: number;
  periodStart: string;
  closedAt: string;
  closedBy: string;
  checksum: string | null;
  reopenedAt: string | null;
  reopenedBy: string | null;
  reopenReason: string | null;
}

function openingMonth(db: Db): string | null {
  const row = db.prepare('SELECT opening_date AS d FROM fund_settings WHERE id = 1').get() as
    { d: string } | undefined;
  return row ? row.d.slice(0, 7) : null;
}

function closesOf(db: Db, month: string): CloseRow[] {
  return db
    .prepare(
      `SELECT id, period_start AS periodStart, closed_at AS closedAt, closed_by AS closedBy, checksum,
         reopened_at AS reopenedAt, reopened_by AS reopenedBy, reopen_reason AS reopenReason
       FROM closed_period WHERE ledger = ? AND period_start = ? ORDER BY id`,
    )
    .all(fundLedger, `${month}-01`) as CloseRow[];
}

function activeClose(db: Db, month: string): CloseRow | undefined {
  return closesOf(db, month).find((row) => row.reopenedAt === null);
}

export function latestClosedMonth(db: Db): string | null {
  const row = db
    .prepare(`SELECT max(period_start) AS start FROM closed_period WHERE ledger = ? AND reopened_at IS NULL`)
    .get(fundLedger) as { start: string | null };
  return row.start ? row.start.slice(0, 7) : null;
}

function previousMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? monthOf(y - 1, 12) : monthOf(y, m - 1);
}

/**
 * The canonical text of a month's posted vouchers and lines the close's checksum is taken of: per voucher
 * (by id) its id, number, date and kind, then each line's account code, designation, debit and credit.
 * `monthExpr` is the SQL of the 'YYYY-MM' month (a parameter, or a column for `cli check`).
 */
export function canonicalTextSql(monthExpr: string): string {
  return `(SELECT coalesce(group_concat(text, char(10) ORDER BY id), '') FROM (
    SELECT v.id, v.id || '|' || v.period || '-' || v.seq || '|' || v.voucher_date || '|' || v.kind || '|'
      || coalesce((SELECT group_concat(a.code || ',' || coalesce(l.designation_id, '') || ',' || l.debit_fen
           || ',' || l.credit_fen, ';' ORDER BY l.line_no)
         FROM fund_voucher_line l JOIN fund_account a ON a.id = l.account_id WHERE l.voucher_id = v.id), '')
      AS text
    FROM fund_voucher v WHERE v.state = 'posted' AND v.period = ${monthExpr}))`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function monthChecksum(db: Db, month: string): string {
  const row = db.prepare(`SELECT ${canonicalTextSql('@month')} AS text`).get({ month }) as { text: string };
  return sha256Hex(row.text);
}

/**
 * A month closes from its last day on: clerks close on the last afternoon, once the day's bank items are in,
 * so the last day itself is allowed and only the days before it are refused.
 */
function notEnded(month: string, today: string): CloseBlocker | null {
  const last = lastDayOfMonth(month);
  if (today >= last) return null;
  return {
    kind: 'month_not_ended',
    message: `${month} 月尚未结束（月末为 ${last}），不能结账`,
    voucherIds: [],
  };
}

/** What blocks closing the month on `today` (the office's day); empty when it can be closed. */
export function closeBlockers(db: Db, month: string, today: string): CloseBlocker[] {
  const opening = openingMonth(db);
  if (opening === null)
    return [{ kind: 'no_settings', message: '尚未保存基金设置（建账日期），不能结账', voucherIds: [] }];
  if (month < opening)
    return [
      { kind: 'before_opening', message: `${month} 早于建账月份 ${opening}，无需结账`, voucherIds: [] },
    ];
  const close = activeClose(db, month);
  if (close)
    return [
      {
        kind: 'already_closed',
        message: `${month} 已结账（${close.closedBy}于 ${close.closedAt.slice(0, 10)} 结账）`,
        voucherIds: [],
      },
    ];
  const blockers: CloseBlocker[] = [];
  const early = notEnded(month, today);
  if (early) blockers.push(early);
  const previous = previousMonth(month);
  if (previous >= opening && !activeClose(db, previous))
    blockers.push({
      kind: 'previous_open',
      message: `上月 ${previous} 尚未结账，请先结账上月`,
      voucherIds: [],
    });
  const pending = db
    .prepare(
      `SELECT id, state FROM fund_voucher WHERE state <> 'posted' AND substr(voucher_date, 1, 7) = ? ORDER BY id`,
    )
    .all(month) as { id: number; state: string }[];
  if (pending.length > 0) {
    const drafts = pending.filter((v) => v.state === 'draft').length;
    blockers.push({
      kind: 'pending_vouchers',
      message: `本月还有 ${pending.length} 张凭证未记账（草稿 ${drafts} 张，待审核 ${pending.length - drafts} 张），请先审核记账或删除`,
      voucherIds: pending.map((v) => v.id),
    });
  }
  const unbalanced = db
    .prepare(
      `SELECT v.id, v.period, v.seq FROM fund_voucher v JOIN fund_voucher_line l ON l.voucher_id = v.id
       WHERE v.state = 'posted' AND v.period = ? GROUP BY v.id
       HAVING sum(l.debit_fen) <> sum(l.credit_fen) ORDER BY v.seq`,
    )
    .all(month) as { id: number; period: string; seq: number }[];
  if (unbalanced.length > 0)
    blockers.push({
      kind: 'unbalanced',
      message: `本月有 ${unbalanced.length} 张凭证借贷不平：${unbalanced.map((v) => voucherNumber(v.period, v.seq)).join('、')}`,
      voucherIds: unbalanced.map((v) => v.id),
    });
  const releases = releaseGaps(db, month);
  if (releases.length > 0)
    blockers.push({
      kind: 'release_missing',
      message: `本月限定性支出与转为非限定性净资产的金额不符：${releases
        .map((r) => `「${r.name}」支出 ${formatYuan(r.usedFen)} 元，已转 ${formatYuan(r.releasedFen)} 元`)
        .join('；')}`,
      voucherIds: missingReleaseVouchers(db, month),
    });
  return blockers;
}

/** Per designation: Σ designated expense in the month against Σ released (3102 debits of releases). */
function releaseGaps(db: Db, month: string) {
  return db
    .prepare(
      `SELECT g.id, g.name,
         coalesce(sum(CASE WHEN a.kind = 'expense' AND ek NOT IN ('year_end') THEN l.debit_fen - l.credit_fen END), 0)
           AS usedFen,
         coalesce(sum(CASE WHEN a.code = '3102' AND ek = 'release' THEN l.debit_fen - l.credit_fen END), 0)
           AS releasedFen
       FROM (SELECT l.*, CASE WHEN v.kind = 'reversal' THEN o.kind ELSE v.kind END AS ek
             FROM fund_voucher_line l JOIN fund_voucher v ON v.id = l.voucher_id
             LEFT JOIN fund_voucher o ON o.id = v.reverses_id
             WHERE substr(l.voucher_date, 1, 7) = @month AND l.designation_id IS NOT NULL) l
       JOIN fund_account a ON a.id = l.account_id
       JOIN fund_designation g ON g.id = l.designation_id
       GROUP BY g.id HAVING usedFen <> releasedFen ORDER BY g.id`,
    )
    .all({ month }) as { id: number; name: string; usedFen: number; releasedFen: number }[];
}

/** Posted vouchers of the month with designated expense lines and no release written for them. */
export const missingReleaseSql = `
  SELECT v.id, v.period, v.seq FROM fund_voucher v
  WHERE v.state = 'posted' AND v.kind NOT IN ('reversal', 'year_end', 'release')
    AND EXISTS (SELECT 1 FROM fund_voucher_line l JOIN fund_account a ON a.id = l.account_id
                WHERE l.voucher_id = v.id AND a.kind = 'expense' AND l.designation_id IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM fund_voucher r WHERE r.source_id = v.id AND r.state = 'posted')`;

function missingReleaseVouchers(db: Db, month: string): number[] {
  return (
    db.prepare(`${missingReleaseSql} AND v.period = ? ORDER BY v.seq`).all(month) as { id: number }[]
  ).map((v) => v.id);
}

export function closeCheck(db: Db, month: string, today: string): FundCloseCheck {
  const blockers = closeBlockers(db, month, today);
  return { month, closable: blockers.length === 0, blockers };
}

function periodRow(db: Db, month: string, opening: string | null): FundPeriod {
  const closes = closesOf(db, month);
  const active = closes.find((row) => row.reopenedAt === null);
  const lastReopened = [...closes].reverse().find((row) => row.reopenedAt !== null);
  const counts = db
    .prepare(
      `SELECT coalesce(sum(state = 'posted'), 0) AS posted, coalesce(sum(state <> 'posted'), 0) AS pending
       FROM fund_voucher WHERE substr(voucher_date, 1, 7) = ?`,
    )
    .get(month) as { posted: number; pending: number };
  return {
    month,
    state: active ? 'closed' : opening === null || month < opening ? 'before_opening' : 'open',
    reopened: lastReopened !== undefined,
    closedBy: active?.closedBy ?? null,
    closedAt: active?.closedAt ?? null,
    checksumShort: active?.checksum ? active.checksum.slice(0, 12) : null,
    reopenedBy: lastReopened?.reopenedBy ?? null,
    reopenedAt: lastReopened?.reopenedAt ?? null,
    reopenReason: lastReopened?.reopenReason ?? null,
    postedCount: counts.posted,
    pendingCount: counts.pending,
  };
}

export function periodsOfYear(db: Db, year: number, today: string): FundPeriodYear {
  const opening = openingMonth(db);
  const months = Array.from({ length: 12 }, (_, i) => periodRow(db, monthOf(year, i + 1), opening));
  let nextClosable: string | null = null;
  if (opening !== null) {
    const latest = latestClosedMonth(db);
    const candidate = latest === null ? opening : nextMonth(latest);
    nextClosable = candidate;
  }
  return {
    year,
    openingDate:
      opening === null
        ? null
        : (db.prepare('SELECT opening_date AS d FROM fund_settings').get() as { d: string }).d,
    months,
    nextClosable,
    blockers: nextClosable === null ? [] : closeBlockers(db, nextClosable, today),
    latestClosed: latestClosedMonth(db),
  };
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? monthOf(y + 1, 1) : monthOf(y, m + 1);
}

/** The 结转 lines of a year: income and expense balances through 12-31 into net assets. */
function yearEndLines(db: Db, year: number): PostedLine[] {
  const accounts = new Map(reportAccounts(db).map((a) => [a.id, a]));
  const balances = db
    .prepare(
      `SELECT l.account_id AS accountId, l.designation_id AS designationId,
         sum(l.credit_fen - l.debit_fen) AS net
       FROM fund_voucher_line l JOIN fund_account a ON a.id = l.account_id
       WHERE a.kind IN ('income', 'expense') AND l.voucher_date <= ?
       GROUP BY l.account_id, CASE WHEN a.kind = 'income' THEN l.designation_id END
       HAVING net <> 0 ORDER BY a.code, l.designation_id`,
    )
    .all(`${year}-12-31`) as { accountId: number; designationId: number | null; net: number }[];
  const unrestricted = accountByCode(db, '3101').id;
  const restricted = accountByCode(db, '3102').id;
  const lines: PostedLine[] = [];
  const toNetAssets = new Map<string, { accountId: number; designationId: number | null; net: number }>();
  for (const balance of balances) {
    const account = accounts.get(balance.accountId);
    if (!account) continue;
    const designationId = account.kind === 'income' ? balance.designationId : null;
    // Close the income or expense account: take its balance off on the opposite side.
    lines.push(side(balance.accountId, designationId, balance.net, '结转本年收入费用'));
    const target = designationId === null ? unrestricted : restricted;
    const key = `${target}:${designationId ?? ''}`;
    const entry = toNetAssets.get(key) ?? { accountId: target, designationId, net: 0 };
    entry.net += balance.net;
    toNetAssets.set(key, entry);
  }
  for (const entry of toNetAssets.values())
    if (entry.net !== 0) lines.push(side(entry.accountId, entry.designationId, -entry.net, '结转净资产'));
  return lines;
}

/** A line that takes `net` (credit − debit) off the account: a credit balance is debited, and so on. */
function side(accountId: number, designationId: number | null, net: number, summary: string): PostedLine {
  return net > 0
    ? { accountId, designationId, summary, debitFen: net, creditFen: 0 }
    : { accountId, designationId, summary, debitFen: 0, creditFen: -net };
}

function yearEndVoucherOf(db: Db, year: number): { id: number; period: string; seq: number } | undefined {
  return db
    .prepare(
      `SELECT id, period, seq FROM fund_voucher
       WHERE kind = 'year_end' AND state = 'posted' AND reversed_by_id IS NULL AND voucher_date = ?`,
    )
    .get(`${year}-12-31`) as { id: number; period: string; seq: number } | undefined;
}

function numberOf(db: Db, id: number): string {
  const row = db.prepare('SELECT period, seq FROM fund_voucher WHERE id = ?').get(id) as {
    period: string;
    seq: number;
  };
  return voucherNumber(row.period, row.seq);
}

export function closeMonth(ctx: ServiceContext, month: string): FundPeriodChange {
  return inTransaction(ctx, () => {
    const blockers = closeBlockers(ctx.db, month, today(ctx));
    if (blockers.length > 0)
      throw new AppError(
        'conflict',
        `月份：${month} 不能结账：${blockers.map((b) => b.message).join('；')}`,
        monthField,
      );
    let yearEndId: number | null = null;
    if (month.endsWith('-12')) {
      const year = Number(month.slice(0, 4));
      const lines = yearEndLines(ctx.db, year);
      if (lines.length > 0)
        yearEndId = insertPostedVoucher(
          ctx,
          { kind: 'year_end', date: `${year}-12-31`, summary: `结转 ${year} 年度收入和费用` },
          lines,
        );
    }
    const checksum = monthChecksum(ctx.db, month);
    const now = nowIso(ctx);
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO closed_period (ledger, period_start, period_end, closed_at, closed_by, checksum)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(fundLedger, `${month}-01`, lastDayOfMonth(month), now, ctx.actor, checksum);
    const period = periodRow(ctx.db, month, openingMonth(ctx.db));
    const yearEndNumber = yearEndId === null ? null : numberOf(ctx.db, yearEndId);
    recordAudit(ctx, {
      action: 'close',
      entity: 'fund_period',
      entityId: Number(lastInsertRowid),
      summary: `结账 ${month}${yearEndNumber ? `，结转凭证 ${yearEndNumber}` : ''}（校验码 ${checksum.slice(0, 12)}）`,
      after: { month, checksum, yearEndVoucherId: yearEndId },
    });
    return { period, yearEndVoucherId: yearEndId, yearEndVoucherNumber: yearEndNumber };
  });
}

export function reopenMonth(ctx: ServiceContext, month: string, reason: string): FundPeriodChange {
  return inTransaction(ctx, () => {
    const latest = latestClosedMonth(ctx.db);
    if (latest === null) throw conflict(`月份：${month} 未结账，无需反结账`, monthField);
    if (latest !== month)
      throw conflict(`月份：只能反结账最近结账的月份 ${latest}，${month} 不是`, monthField);
    const close = activeClose(ctx.db, month);
    if (!close) throw conflict(`月份：${month} 未结账，无需反结账`, monthField);
    const now = nowIso(ctx);
    ctx.db
      .prepare('UPDATE closed_period SET reopened_at = ?, reopened_by = ?, reopen_reason = ? WHERE id = ?')
      .run(now, ctx.actor, reason, close.id);
    let reversalId: number | null = null;
    if (month.endsWith('-12')) {
      const year = Number(month.slice(0, 4));
      const yearEnd = yearEndVoucherOf(ctx.db, year);
      if (yearEnd) {
        const lines = postedLinesOf(ctx.db, yearEnd.id).map((line) => ({
          ...line,
          debitFen: -line.debitFen,
          creditFen: -line.creditFen,
        }));
        reversalId = insertPostedVoucher(
          ctx,
          {
            kind: 'reversal',
            date: `${year}-12-31`,
            summary: `冲销 ${voucherNumber(yearEnd.period, yearEnd.seq)}（反结账 ${month}）`,
            reversesId: yearEnd.id,
          },
          lines,
        );
        ctx.db.prepare('UPDATE fund_voucher SET reversed_by_id = ? WHERE id = ?').run(reversalId, yearEnd.id);
      }
    }
    const reversalNumber = reversalId === null ? null : numberOf(ctx.db, reversalId);
    recordAudit(ctx, {
      action: 'reopen',
      entity: 'fund_period',
      entityId: close.id,
      summary: `反结账 ${month}：${reason}${reversalNumber ? `，红字冲销结转凭证 ${reversalNumber}` : ''}`,
      before: { month, checksum: close.checksum, closedBy: close.closedBy, closedAt: close.closedAt },
      after: { month, reason },
    });
    return {
      period: periodRow(ctx.db, month, openingMonth(ctx.db)),
      yearEndVoucherId: reversalId,
      yearEndVoucherNumber: reversalNumber,
    };
  });
}
