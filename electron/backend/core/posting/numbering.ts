// Gapless numbers per series and year (or month): the next number is drawn inside the posting's own write
// transaction, so a rolled-back posting gives its number back and a register never shows a hole. Each
// feature declares its series once; `cli check` reads every declared series for gaps and duplicates.
import type { Db } from '../db/connection';

export interface NumberSeries {
  /** What the numbers are called in a finding: 准入申请编号. */
  label: string;
  table: string;
  /** The column a series starts afresh in: the year, or a 'YYYY-MM' month for monthly vouchers. */
  scopeColumn: string;
  seqColumn: string;
  /** What one numbered record is counted as: 件, 张. */
  unit: string;
  /** 2026 年, 2026-03 月. */
  scopeName: (scope: number | string) => string;
  /** The number as printed: 准入〔2026〕3号. */
  format: (scope: number | string, seq: number) => string;
}

/** A series numbered afresh each year and printed as an official document number: 准入〔2026〕3号. */
export function yearlySeries(series: {
  label: string;
  table: string;
  yearColumn: string;
  seqColumn: string;
  unit: string;
  /** The character before 〔: 准入, 购, 确. */
  prefix: string;
}): NumberSeries {
  const { label, table, yearColumn, seqColumn, unit, prefix } = series;
  return {
    label,
    table,
    scopeColumn: yearColumn,
    seqColumn,
    unit,
    scopeName: (year) => `${year} 年`,
    format: (year, seq) => `${prefix}〔${year}〕${seq}号`,
  };
}

/** The next number of the series in this scope. Only inside the write transaction that uses it. `IS NOT NULL`
 * changes nothing for max() and lets a partial unique index (… WHERE seq IS NOT NULL) answer it. */
export function nextNumber(db: Db, series: NumberSeries, scope: number | string): number {
  if (!db.inTransaction) throw new Error(`${series.label}只能在记账的事务内取号`);
  const row = db
    .prepare(
      `SELECT coalesce(max(${series.seqColumn}), 0) + 1 AS next FROM ${series.table}
       WHERE ${series.scopeColumn} = ? AND ${series.seqColumn} IS NOT NULL`,
    )
    .get(scope) as { next: number };
  return row.next;
}

interface ScopeCount {
  scope: number | string;
  records: number;
  distinctNumbers: number;
  largest: number;
}

/** Sentences for every scope whose numbers have a gap, and for every number used twice. Only numbered
 * records count: a draft has no number yet (and a draft voucher no month), and is no gap. */
export function numberSeriesFindings(db: Db, series: NumberSeries): string[] {
  const { table, scopeColumn: scope, seqColumn: seq } = series;
  const counts = db
    .prepare(
      `SELECT ${scope} AS scope, count(*) AS records, count(DISTINCT ${seq}) AS distinctNumbers,
         max(${seq}) AS largest
       FROM ${table} WHERE ${seq} IS NOT NULL GROUP BY ${scope} ORDER BY ${scope}`,
    )
    .all() as ScopeCount[];
  // Numbers start at 1, so they run without gaps exactly when the largest is the count of distinct ones.
  const gaps = counts
    .filter((row) => row.largest !== row.distinctNumbers)
    .map(
      (row) =>
        `${series.scopeName(row.scope)}的${series.label}不连续：共 ${row.records} ${series.unit}，编号却排到${series.format(row.scope, row.largest)}`,
    );
  const duplicates = db
    .prepare(
      `SELECT ${scope} AS scope, ${seq} AS seq, count(*) AS uses FROM ${table} WHERE ${seq} IS NOT NULL
       GROUP BY ${scope}, ${seq} HAVING count(*) > 1 ORDER BY ${scope}, ${seq}`,
    )
    .all() as { scope: number | string; seq: number; uses: number }[];
  return [
    ...gaps,
    ...duplicates.map(
      (row) =>
        `${series.scopeName(row.scope)}的${series.label} ${series.format(row.scope, row.seq)} 重复：用于 ${row.uses} ${series.unit}`,
    ),
  ];
}
