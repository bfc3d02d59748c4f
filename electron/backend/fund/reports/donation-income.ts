// 捐赠收入明细: each posted donation voucher of the months (and its refunds and red reversals, negative),
// with the donor's real and published names, the channel, the designation or 非限定性, the amount on the
// income accounts and the 公益事业捐赠票据 number or 待开票.
import type {
  DonationIncomeReport,
  DonationIncomeRow,
} from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import { voucherNumber } from '../fund-records';
import { lastDayOfMonth, monthOf } from './report-accounts';

export interface DonationIncomeInput {
  year: number;
  fromMonth: number;
  toMonth: number;
}

export function donationIncome(db: Db, input: DonationIncomeInput): DonationIncomeReport {
  const start = `${monthOf(input.year, input.fromMonth)}-01`;
  const end = lastDayOfMonth(monthOf(input.year, input.toMonth));
  const rows = db
    .prepare(
      `SELECT v.id AS voucherId, dn.id AS donationId, v.voucher_date AS date, v.period, v.seq,
         v.kind AS voucherKind, coalesce(dr.name, '') AS donorName, coalesce(dr.published_name, '') AS publishedName,
         dn.channel, l.designation_id AS designationId, coalesce(g.name, '非限定性') AS designationName,
         sum(l.credit_fen - l.debit_fen) AS amountFen,
         CASE WHEN dn.receipt_number <> '' THEN dn.receipt_number ELSE '待开票' END AS receipt
       FROM fund_voucher v
       LEFT JOIN fund_voucher o ON o.id = v.reverses_id
       JOIN fund_donation dn ON dn.id = coalesce(v.donation_id, o.donation_id)
       JOIN fund_donor dr ON dr.id = dn.donor_id
       JOIN fund_voucher_line l ON l.voucher_id = v.id
       JOIN fund_account a ON a.id = l.account_id AND a.kind = 'income'
       LEFT JOIN fund_designation g ON g.id = l.designation_id
       WHERE v.state = 'posted' AND v.voucher_date BETWEEN @start AND @end
       GROUP BY v.id, l.designation_id
       ORDER BY v.voucher_date, v.seq, v.id`,
    )
    .all({ start, end }) as (Omit<DonationIncomeRow, 'number'> & { period: string; seq: number })[];
  const result: DonationIncomeRow[] = rows.map(({ period, seq, ...row }) => ({
    ...row,
    number: voucherNumber(period, seq),
  }));
  const restrictedFen = result.filter((r) => r.designationId !== null).reduce((s, r) => s + r.amountFen, 0);
  const unrestrictedFen = result.filter((r) => r.designationId === null).reduce((s, r) => s + r.amountFen, 0);
  return {
    year: input.year,
    fromMonth: input.fromMonth,
    toMonth: input.toMonth,
    rows: result,
    restrictedFen,
    unrestrictedFen,
    totalFen: restrictedFen + unrestrictedFen,
  };
}
