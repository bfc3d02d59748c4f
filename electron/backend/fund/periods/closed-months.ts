// The fund's closes as the core closed_period table keeps them (ledger 'fund'): a month's closes, the one
// in force, the latest closed month and the months either side.
import type { Db } from '../../core/db/connection';
import { fundLedger } from '../fund-records';
import { monthOf } from '../reports/report-accounts';

export interface CloseRow {
  id: number;
  periodStart: string;
  closedAt: string;
  closedBy: string;
  checksum: string | null;
  reopenedAt: string | null;
  reopenedBy: string | null;
  reopenReason: string | null;
}

export function openingMonth(db: Db): string | null {
  const row = db.prepare('SELECT opening_date AS d FROM fund_settings WHERE id = 1').get() as
    { d: string } | undefined;
  return row ? row.d.slice(0, 7) : null;
}

export function closesOf(db: Db, month: string): CloseRow[] {
  return db
    .prepare(
      `SELECT id, period_start AS periodStart, closed_at AS closedAt, closed_by AS closedBy, checksum,
         reopened_at AS reopenedAt, reopened_by AS reopenedBy, reopen_reason AS reopenReason
       FROM closed_period WHERE ledger = ? AND period_start = ? ORDER BY id`,
    )
    .all(fundLedger, `${month}-01`) as CloseRow[];
}

export function activeClose(db: Db, month: string): CloseRow | undefined {
  return closesOf(db, month).find((row) => row.reopenedAt === null);
}

export function latestClosedMonth(db: Db): string | null {
  const row = db
    .prepare(`SELECT max(period_start) AS start FROM closed_period WHERE ledger = ? AND reopened_at IS NULL`)
    .get(fundLedger) as { start: string | null };
  return row.start ? row.start.slice(0, 7) : null;
}

export function previousMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? monthOf(y - 1, 12) : monthOf(y, m - 1);
}

export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? monthOf(y + 1, 1) : monthOf(y, m + 1);
}
