// OWNER: periods slice. The rules `cli check` holds the fund's books to: every posted voucher balances,
// the month totals equal the lines, every closed month still balances and still has the checksum it was
// closed with, no designation ever runs below zero, every designated expense has its release, and lines
// are only on leaf accounts.
import { formatYuan } from '../../../../shared/domain/money';
import type { Invariant } from '../../core/invariant';
import { voucherNumber } from '../fund-records';
import { missingReleaseSql } from './close-blockers';
import { canonicalTextSql, sha256Hex } from './month-checksum';

const number = (row: Record<string, unknown>) => voucherNumber(String(row.period), Number(row.seq));
const yuan = (value: unknown) => formatYuan(Number(value));

export const fundInvariants: Invariant[] = [
  {
    sql: `SELECT v.id, v.period, v.seq, sum(l.debit_fen) AS debit, sum(l.credit_fen) AS credit
          FROM fund_voucher v JOIN fund_voucher_line l ON l.voucher_id = v.id
          WHERE v.state = 'posted' GROUP BY v.id HAVING sum(l.debit_fen) <> sum(l.credit_fen) ORDER BY v.id`,
    describe: (row) =>
      `记账凭证 ${number(row)} 借贷不平：借方合计 ${yuan(row.debit)} 元，贷方合计 ${yuan(row.credit)} 元`,
  },
  {
    sql: `WITH l AS (SELECT substr(voucher_date, 1, 7) AS period, account_id, coalesce(designation_id, 0) AS d,
                       sum(debit_fen) AS debit, sum(credit_fen) AS credit
                     FROM fund_voucher_line GROUP BY 1, 2, 3),
               t AS (SELECT period, account_id, designation_id AS d, debit_fen AS debit, credit_fen AS credit
                     FROM fund_period_total),
               bad AS (SELECT period, account_id, d FROM (SELECT * FROM l EXCEPT SELECT * FROM t)
                       UNION SELECT period, account_id, d FROM (SELECT * FROM t EXCEPT SELECT * FROM l))
          SELECT bad.period, a.code, a.name, bad.d,
            coalesce(l.debit, 0) AS lineDebit, coalesce(l.credit, 0) AS lineCredit,
            coalesce(t.debit, 0) AS totalDebit, coalesce(t.credit, 0) AS totalCredit
          FROM bad LEFT JOIN fund_account a ON a.id = bad.account_id
          LEFT JOIN l ON l.period = bad.period AND l.account_id = bad.account_id AND l.d = bad.d
          LEFT JOIN t ON t.period = bad.period AND t.account_id = bad.account_id AND t.d = bad.d
          ORDER BY bad.period, a.code, bad.d`,
    describe: (row) =>
      `科目月合计与凭证分录不符：${String(row.period)} 科目 ${String(row.code)} ${String(row.name)}` +
      `${Number(row.d) ? `（限定用途 #${String(row.d)}）` : ''}：分录借方 ${yuan(row.lineDebit)} 元、贷方 ${yuan(row.lineCredit)} 元，` +
      `月合计借方 ${yuan(row.totalDebit)} 元、贷方 ${yuan(row.totalCredit)} 元`,
  },
  {
    sql: `SELECT c.period_start AS start, sum(l.debit_fen) AS debit, sum(l.credit_fen) AS credit
          FROM closed_period c JOIN fund_voucher_line l ON l.voucher_date BETWEEN c.period_start AND c.period_end
          WHERE c.ledger = 'fund' AND c.reopened_at IS NULL
          GROUP BY c.id HAVING sum(l.debit_fen) <> sum(l.credit_fen) ORDER BY c.period_start`,
    describe: (row) =>
      `已结账月份 ${String(row.start).slice(0, 7)} 借贷不平：借方合计 ${yuan(row.debit)} 元，贷方合计 ${yuan(row.credit)} 元`,
  },
  {
    sql: `SELECT c.period_start AS start, c.checksum, ${canonicalTextSql('substr(c.period_start, 1, 7)')} AS text
          FROM closed_period c WHERE c.ledger = 'fund' AND c.reopened_at IS NULL ORDER BY c.period_start`,
    describe: (row) =>
      sha256Hex(String(row.text)) === row.checksum
        ? null
        : `已结账月份 ${String(row.start).slice(0, 7)} 的凭证在结账后被改动：校验码与结账时（${String(row.checksum ?? '').slice(0, 12)}）不符`,
  },
  {
    // Day by day per designation: the running sum of (credit − debit) on income and net-assets lines.
    sql: `SELECT designation_id, name, min(date) AS date, running FROM (
            SELECT d.designation_id, g.name, d.date,
              sum(d.net) OVER (PARTITION BY d.designation_id ORDER BY d.date) AS running
            FROM (SELECT l.designation_id, l.voucher_date AS date, sum(l.credit_fen - l.debit_fen) AS net
                  FROM fund_voucher_line l JOIN fund_account a ON a.id = l.account_id
                  WHERE l.designation_id IS NOT NULL AND a.kind IN ('income', 'net_assets')
                  GROUP BY l.designation_id, l.voucher_date) d
            JOIN fund_designation g ON g.id = d.designation_id)
          WHERE running < 0 GROUP BY designation_id ORDER BY designation_id`,
    describe: (row) =>
      `限定用途「${String(row.name)}」在 ${String(row.date)} 的可用余额为 ${yuan(row.running)} 元，低于零`,
  },
  {
    sql: `${missingReleaseSql} ORDER BY v.period, v.seq`,
    describe: (row) =>
      `记账凭证 ${number(row)} 使用了限定性资金，但没有对应的限定性净资产转为非限定性净资产凭证`,
  },
  {
    sql: `SELECT DISTINCT v.period, v.seq, a.code, a.name FROM fund_voucher_line l
          JOIN fund_voucher v ON v.id = l.voucher_id JOIN fund_account a ON a.id = l.account_id
          WHERE EXISTS (SELECT 1 FROM fund_account c WHERE c.parent_id = a.id) ORDER BY v.period, v.seq, a.code`,
    describe: (row) =>
      `记账凭证 ${number(row)} 记入了有明细科目的上级科目 ${String(row.code)} ${String(row.name)}，应记入明细科目`,
  },
];
