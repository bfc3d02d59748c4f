// Closed periods (结账, migration 0006): a posting or reversal dated inside a period closed for its ledger
// is refused before anything is written. Each posting feature names its ledger; the table may be empty.
import type { Db } from '../db/connection';
import { AppError } from '../errors';

/** The books a period is closed for: 拨付 and 调整 are 'funding'; contracts and the fund bring their own. */
export type Ledger = string;

export interface ClosedPeriod {
  id: number;
  ledger: Ledger;
  periodStart: string;
  periodEnd: string;
  closedAt: string;
  closedBy: string;
}

/** The period closed for this ledger that contains the date, if any (a reopened period is open again). */
export function findClosedPeriod(db: Db, ledger: Ledger, date: string): ClosedPeriod | undefined {
  return db
    .prepare(
      `SELECT id, ledger, period_start AS periodStart, period_end AS periodEnd, closed_at AS closedAt,
         closed_by AS closedBy
       FROM closed_period
       WHERE ledger = ? AND reopened_at IS NULL AND ? BETWEEN period_start AND period_end
       ORDER BY period_start LIMIT 1`,
    )
    .get(ledger, date) as ClosedPeriod | undefined;
}

export interface DateField {
  /** The form's label, e.g. 拨付日期. */
  label: string;
  /** The input's field name, e.g. date. */
  name: string;
}

export function refuseClosedPeriod(db: Db, ledger: Ledger, date: string, field: DateField): void {
  const closed = findClosedPeriod(db, ledger, date);
  if (!closed) return;
  throw new AppError(
    'conflict',
    `${field.label}：${date} 所在的期间 ${closed.periodStart} 至 ${closed.periodEnd} 已结账（${closed.closedBy}于 ${closed.closedAt.slice(0, 10)} 结账），不能再记入该期间；请使用未结账期间的日期`,
    field.name,
  );
}
