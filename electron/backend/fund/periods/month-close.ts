// 月结 and 反结账 of the fund's books. A month closes when nothing blocks it (close-blockers.ts); closing
// December first writes the 结转 voucher (year-end.ts). The close keeps a checksum of the month's vouchers
// (month-checksum.ts) so `cli check` can tell a later change; only the latest closed month reopens
// (管理员, with a reason), and reopening December reverses its 结转 in red.
import type { FundPeriodChange } from '../../../../shared/features/fund/periods/outputs';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import { AppError, conflict } from '../../core/errors';
import { today } from '../../core/posting/posting-dates';
import { postedLinesOf } from '../books/voucher-records';
import { insertPostedVoucher } from '../books/voucher-store';
import { fundLedger, voucherNumber } from '../fund-records';
import { lastDayOfMonth } from '../reports/report-accounts';
import { closeBlockers } from './close-blockers';
import { activeClose, latestClosedMonth, openingMonth } from './closed-months';
import { monthChecksum } from './month-checksum';
import { periodRow } from './period-year';
import { yearEndLines, yearEndVoucherOf } from './year-end';

const monthField = 'month';

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
