// The periods screen's year: each month's state, counts and last close or reopening, and what blocks the
// next month that can be closed.
import type { FundPeriod, FundPeriodYear } from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import { monthOf } from '../reports/report-accounts';
import { closeBlockers } from './close-blockers';
import { closesOf, latestClosedMonth, nextMonth, openingMonth } from './closed-months';

export function periodRow(db: Db, month: string, opening: string | null): FundPeriod {
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
