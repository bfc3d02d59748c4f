// The rules `cli check` holds the donations to (the periods slice lists them in fundInvariants): a 票据
// number recorded on one donation only, a donation's facts agreeing with its posted voucher, no refund
// beyond its donation.
import type { Invariant } from '../../core/invariant';

export const donationInvariants: Invariant[] = [
  {
    sql: `SELECT receipt_code AS code, receipt_number AS number, group_concat(id, '、') AS ids
            FROM fund_donation WHERE receipt_number <> ''
           GROUP BY receipt_code, receipt_number HAVING count(*) > 1`,
    describe: (row) =>
      `公益事业捐赠票据 ${String(row.code)}-${String(row.number)} 登记在多笔捐赠上（捐赠 #${String(row.ids)}）`,
  },
  {
    sql: `SELECT d.id, d.amount_fen, coalesce(sum(l.credit_fen), 0) AS booked
            FROM fund_donation d JOIN fund_voucher v ON v.donation_id = d.id AND v.kind = 'donation'
             AND v.state = 'posted'
            LEFT JOIN fund_voucher_line l ON l.voucher_id = v.id AND l.credit_fen > 0
           GROUP BY d.id, v.id HAVING booked <> d.amount_fen`,
    describe: (row) =>
      `捐赠 #${String(row.id)} 金额 ${String(row.amount_fen)} 分与其已记账凭证的贷方 ${String(row.booked)} 分不符`,
  },
  {
    sql: `SELECT d.id, d.amount_fen, sum(l.debit_fen) AS refunded
            FROM fund_donation d JOIN fund_voucher v ON v.donation_id = d.id AND v.kind = 'refund'
             AND v.state = 'posted' AND v.reversed_by_id IS NULL
            JOIN fund_voucher_line l ON l.voucher_id = v.id AND l.debit_fen > 0
           GROUP BY d.id HAVING refunded > d.amount_fen`,
    describe: (row) =>
      `捐赠 #${String(row.id)} 已退还 ${String(row.refunded)} 分，超过捐赠金额 ${String(row.amount_fen)} 分`,
  },
];
