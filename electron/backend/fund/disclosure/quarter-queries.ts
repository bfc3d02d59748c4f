// The SQL of the quarter's 收支公示, on posted lines only (fund_voucher_line holds nothing else). A red
// reversal counts as the kind it reverses; the year-end 结转 moves income into net assets and is no
// income or spending of the quarter.
import type { Db } from '../../core/db/connection';
import { effectiveKindSql, reversedJoinSql } from '../reports/report-accounts';

export interface QuarterRange {
  from: string;
  to: string;
}

const linesSql = `FROM fund_voucher_line l
  JOIN fund_voucher v ON v.id = l.voucher_id ${reversedJoinSql}
  JOIN fund_account a ON a.id = l.account_id`;

/**
 * The fund's net assets (credit − debit of net assets, income and expense) before the quarter. The opening
 * voucher (建账) counts as opening even when it is dated inside the quarter: it is no income.
 */
export function selectOpeningBalance(db: Db, range: QuarterRange): number {
  const row = db
    .prepare(
      `SELECT coalesce(sum(l.credit_fen - l.debit_fen), 0) AS fen ${linesSql}
       WHERE a.kind IN ('net_assets', 'income', 'expense')
         AND (l.voucher_date < @from OR (${effectiveKindSql} = 'opening' AND l.voucher_date <= @to))`,
    )
    .get(range) as { fen: number };
  return row.fen;
}

export interface DesignationSums {
  designationId: number | null;
  name: string;
  incomeFen: number;
  spendingFen: number;
}

export function selectDesignationSums(db: Db, range: QuarterRange): DesignationSums[] {
  return db
    .prepare(
      `SELECT l.designation_id AS designationId, coalesce(g.name, '非限定性') AS name,
         coalesce(sum(CASE WHEN a.kind = 'income' THEN l.credit_fen - l.debit_fen END), 0) AS incomeFen,
         coalesce(sum(CASE WHEN a.kind = 'expense' THEN l.debit_fen - l.credit_fen END), 0) AS spendingFen
       ${linesSql} LEFT JOIN fund_designation g ON g.id = l.designation_id
       WHERE a.kind IN ('income', 'expense') AND l.voucher_date BETWEEN @from AND @to
         AND ${effectiveKindSql} NOT IN ('year_end', 'opening')
       GROUP BY l.designation_id ORDER BY l.designation_id IS NOT NULL, g.name`,
    )
    .all(range) as DesignationSums[];
}

export interface GrantSums {
  voucherId: number;
  period: string;
  seq: number;
  date: string;
  reversesId: number | null;
  counterparty: string;
  projectYear: number | null;
  projectSeq: number | null;
  projectTitle: string | null;
  applicantName: string | null;
  designationName: string;
  amountFen: number;
}

/** Each grant voucher (and red reversal of one) per designation, with the project its instalment pays or
 * whose 结项 gave money back (a negative grant). */
export function selectGrants(db: Db, range: QuarterRange): GrantSums[] {
  return db
    .prepare(
      `SELECT v.id AS voucherId, v.period, v.seq, v.voucher_date AS date, v.reverses_id AS reversesId,
         coalesce(nullif(v.counterparty, ''), o.counterparty, '') AS counterparty,
         p.year AS projectYear, p.seq AS projectSeq, p.title AS projectTitle, p.applicant_name AS applicantName,
         coalesce(g.name, '非限定性') AS designationName, sum(l.debit_fen - l.credit_fen) AS amountFen
       ${linesSql}
       LEFT JOIN fund_designation g ON g.id = l.designation_id
       LEFT JOIN fund_project_payment pp ON pp.voucher_id = coalesce(v.reverses_id, v.id)
       LEFT JOIN fund_project_instalment i ON i.id = pp.instalment_id
       LEFT JOIN fund_project_closing pc ON pc.voucher_id = coalesce(v.reverses_id, v.id)
       LEFT JOIN fund_project p ON p.id = coalesce(i.project_id, pc.project_id)
       WHERE a.kind = 'expense' AND l.voucher_date BETWEEN @from AND @to AND ${effectiveKindSql} = 'grant'
       GROUP BY v.id, l.designation_id ORDER BY v.voucher_date, v.seq, v.id`,
    )
    .all(range) as GrantSums[];
}

export interface ReversalRow {
  voucherId: number;
  period: string;
  seq: number;
  date: string;
  summary: string;
  originalId: number;
  originalPeriod: string;
  originalSeq: number;
  originalDate: string;
  originalKind: string;
  originalFen: number;
}

export function selectReversals(db: Db, range: QuarterRange): ReversalRow[] {
  return db
    .prepare(
      `SELECT v.id AS voucherId, v.period, v.seq, v.voucher_date AS date, v.summary,
         o.id AS originalId, o.period AS originalPeriod, o.seq AS originalSeq, o.voucher_date AS originalDate,
         o.kind AS originalKind,
         (SELECT coalesce(sum(debit_fen), 0) FROM fund_voucher_line WHERE voucher_id = o.id) AS originalFen
       FROM fund_voucher v JOIN fund_voucher o ON o.id = v.reverses_id
       WHERE v.kind = 'reversal' AND v.state = 'posted' AND v.voucher_date BETWEEN @from AND @to
       ORDER BY v.voucher_date, v.seq`,
    )
    .all(range) as ReversalRow[];
}
