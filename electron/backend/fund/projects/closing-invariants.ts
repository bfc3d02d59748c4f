// The rules `cli check` holds a 结项's voucher (./closing-voucher) to: a closing that returned money or
// re-designated a leftover has one, a 'grant' voucher dated the closing day and never reversed, whose lines
// (drafted or posted) book exactly the closing's figures: the bank up and the project's expense down by
// what was returned (on no designation once the project's was lifted), and the leftover moved from the
// project's designation to the target on 3102.
import { formatYuan } from '../../../../shared/domain/money';
import type { Invariant } from '../../core/invariant';
import { projectNumbers } from '../fund-records';

type Row = Record<string, unknown>;

const yuan = (value: unknown) => formatYuan(Number(value ?? 0));
const project = (row: Row) => `公益项目 ${projectNumbers.format(Number(row.year), Number(row.seq))}`;

const moved = `(k.disposition = 'redesignate' AND k.leftover_fen > 0)`;

/** Per closing voucher, what its lines (the posted ones, else the draft's) book of the closing's figures. */
const bookedSql = `
  WITH lines AS (
    SELECT voucher_id, account_id, designation_id, debit_fen, credit_fen FROM fund_voucher_line
    UNION ALL
    SELECT voucher_id, account_id, designation_id, debit_fen, credit_fen FROM fund_draft_line
  )
  SELECT p.year, p.seq, k.returned_fen, k.leftover_fen,
    CASE WHEN ${moved} THEN k.leftover_fen ELSE 0 END AS transfer,
    coalesce(sum(CASE WHEN a.kind = 'asset' THEN l.debit_fen - l.credit_fen END), 0) AS bank,
    coalesce(sum(CASE WHEN a.kind = 'expense' AND (l.designation_id IS p.designation_id
        OR (l.designation_id IS NULL AND g.lifted_voucher_id IS NOT NULL))
      THEN l.credit_fen - l.debit_fen END), 0) AS returned,
    coalesce(sum(CASE WHEN a.code LIKE '3102%' AND l.designation_id IS p.designation_id
      THEN l.debit_fen - l.credit_fen END), 0) AS moved_out,
    coalesce(sum(CASE WHEN a.code LIKE '3102%' AND l.designation_id IS k.target_designation_id
      THEN l.credit_fen - l.debit_fen END), 0) AS moved_in,
    coalesce(sum(l.debit_fen), 0) AS debits
  FROM fund_project_closing k
  JOIN fund_project p ON p.id = k.project_id
  JOIN lines l ON l.voucher_id = k.voucher_id
  JOIN fund_account a ON a.id = l.account_id
  LEFT JOIN fund_designation g ON g.id = p.designation_id
  GROUP BY k.project_id`;

export const closingVoucherInvariants: Invariant[] = [
  {
    sql: `SELECT p.year, p.seq, k.returned_fen, k.leftover_fen
            FROM fund_project_closing k JOIN fund_project p ON p.id = k.project_id
           WHERE k.voucher_id IS NULL AND (k.returned_fen > 0 OR ${moved}) ORDER BY p.year, p.seq`,
    describe: (row) =>
      `${project(row)} 结项退回 ${yuan(row.returned_fen)} 元、结余 ${yuan(row.leftover_fen)} 元，却没有结项凭证`,
  },
  {
    sql: `SELECT p.year, p.seq, v.kind, v.voucher_date, k.closed_on, v.reversed_by_id
            FROM fund_project_closing k JOIN fund_project p ON p.id = k.project_id
            JOIN fund_voucher v ON v.id = k.voucher_id
           WHERE v.kind <> 'grant' OR v.voucher_date <> k.closed_on OR v.reversed_by_id IS NOT NULL
           ORDER BY p.year, p.seq`,
    describe: (row) => {
      if (row.reversed_by_id !== null)
        return `${project(row)} 的结项凭证已被冲销，结项登记的退回和结余资金不再有凭证`;
      if (row.kind !== 'grant') return `${project(row)} 的结项凭证不是拨付资助凭证`;
      return `${project(row)} 的结项凭证日期 ${String(row.voucher_date)} 与结项日期 ${String(row.closed_on)} 不同`;
    },
  },
  {
    sql: `SELECT * FROM (${bookedSql})
           WHERE bank <> returned_fen OR returned <> returned_fen OR moved_out <> transfer
              OR moved_in <> transfer OR debits <> returned_fen + transfer
           ORDER BY year, seq`,
    describe: (row) =>
      `${project(row)} 的结项凭证记银行存款 ${yuan(row.bank)} 元、冲减项目支出 ${yuan(row.returned)} 元、` +
      `转出结余 ${yuan(row.moved_out)} 元、转入 ${yuan(row.moved_in)} 元，与结项登记的退回 ` +
      `${yuan(row.returned_fen)} 元、改变用途 ${yuan(row.transfer)} 元不符`,
  },
];
