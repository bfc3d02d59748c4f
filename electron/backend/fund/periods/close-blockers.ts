// What blocks 月结: the month not ended, the month before open (from the opening month on), vouchers
// waiting for posting, an unbalanced voucher, designated spending without its release.
import { formatYuan } from '../../../../shared/domain/money';
import type { CloseBlocker, FundCloseCheck } from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import { voucherNumber } from '../fund-records';
import { lastDayOfMonth } from '../reports/report-accounts';
import { activeClose, openingMonth, previousMonth } from './closed-months';

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
