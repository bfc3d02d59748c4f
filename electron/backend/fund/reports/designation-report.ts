// 限定性净资产明细: per designation, what was available at the start of the year, what it received, used,
// released (限定性净资产转为非限定性净资产) and lifted (解除限制) in the year, and what is available at its end.
// Available = Σ (credit − debit) of its lines on income and net-assets accounts. Received counts, as
// ../books/designation-balance does, the opening balance and the 管委会's re-designation of a closed
// project's leftover (3102 from one designation to another: out is negative on the giving one).
import type {
  DesignationReport,
  DesignationReportRow,
} from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import { effectiveKindSql, reversedJoinSql } from './report-accounts';

export function designationReport(db: Db, input: { year: number }): DesignationReport {
  const start = `${input.year}-01-01`;
  const end = `${input.year}-12-31`;
  const rows = db
    .prepare(
      `WITH l AS (
         SELECT l.designation_id AS d, l.voucher_date AS date, l.debit_fen AS dr, l.credit_fen AS cr,
           a.kind, ${effectiveKindSql} AS vkind
         FROM fund_voucher_line l
         JOIN fund_voucher v ON v.id = l.voucher_id ${reversedJoinSql}
         JOIN fund_account a ON a.id = l.account_id
         WHERE l.designation_id IS NOT NULL AND l.voucher_date <= @end)
       SELECT g.id AS designationId, g.name, g.purpose, g.restriction_kind AS restrictionKind,
         g.usable_from AS usableFrom, g.lifted_voucher_id IS NOT NULL AS lifted,
         coalesce(sum(CASE WHEN l.date < @start AND l.kind IN ('income', 'net_assets') THEN l.cr - l.dr END), 0)
           AS openingAvailableFen,
         coalesce(sum(CASE WHEN l.date >= @start AND ((l.kind = 'income' AND l.vkind <> 'year_end')
           OR (l.kind = 'net_assets' AND l.vkind NOT IN ('release', 'lift', 'year_end'))) THEN l.cr - l.dr END), 0)
           AS receivedFen,
         coalesce(sum(CASE WHEN l.date >= @start AND l.kind = 'expense' THEN l.dr - l.cr END), 0) AS usedFen,
         coalesce(sum(CASE WHEN l.date >= @start AND l.kind = 'net_assets' AND l.vkind = 'release'
           THEN l.dr - l.cr END), 0) AS releasedFen,
         coalesce(sum(CASE WHEN l.date >= @start AND l.kind = 'net_assets' AND l.vkind = 'lift'
           THEN l.dr - l.cr END), 0) AS liftedFen,
         coalesce(sum(CASE WHEN l.kind IN ('income', 'net_assets') THEN l.cr - l.dr END), 0) AS closingAvailableFen
       FROM fund_designation g LEFT JOIN l ON l.d = g.id
       GROUP BY g.id ORDER BY g.id`,
    )
    .all({ start, end }) as (Omit<DesignationReportRow, 'lifted'> & { lifted: number })[];
  const result: DesignationReportRow[] = rows.map((row) => ({ ...row, lifted: row.lifted === 1 }));
  const totals = {
    openingAvailableFen: 0,
    receivedFen: 0,
    usedFen: 0,
    releasedFen: 0,
    liftedFen: 0,
    closingAvailableFen: 0,
  };
  for (const row of result)
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += row[key];
  return { year: input.year, rows: result, totals };
}
