// The dashboard's figures: the fund's net assets as of today, restricted and unrestricted, the year's
// donations and the vouchers waiting for 审核.
import type { FundBalances } from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import { donationIncome } from './donation-income';

export function fundBalances(db: Db, asOf: string): FundBalances {
  const sums = db
    .prepare(
      `SELECT coalesce(sum(l.credit_fen - l.debit_fen), 0) AS total,
         coalesce(sum(CASE WHEN l.designation_id IS NOT NULL AND a.kind IN ('income', 'net_assets')
           THEN l.credit_fen - l.debit_fen END), 0) AS restricted
       FROM fund_voucher_line l JOIN fund_account a ON a.id = l.account_id
       WHERE a.kind IN ('net_assets', 'income', 'expense') AND l.voucher_date <= ?`,
    )
    .get(asOf) as { total: number; restricted: number };
  const year = Number(asOf.slice(0, 4));
  const donations = donationIncome(db, { year, fromMonth: 1, toMonth: Number(asOf.slice(5, 7)) });
  const waiting = db
    .prepare(
      `SELECT coalesce(sum(state = 'submitted'), 0) AS submitted, coalesce(sum(state = 'draft'), 0) AS drafts
       FROM fund_voucher WHERE state <> 'posted'`,
    )
    .get() as { submitted: number; drafts: number };
  return {
    asOf,
    totalFen: sums.total,
    restrictedFen: sums.restricted,
    unrestrictedFen: sums.total - sums.restricted,
    donationsThisYearFen: donations.rows.filter((r) => r.date <= asOf).reduce((s, r) => s + r.amountFen, 0),
    donationsThisYearCount: new Set(
      donations.rows.filter((r) => r.voucherKind === 'donation' && r.date <= asOf).map((r) => r.voucherId),
    ).size,
    vouchersWaitingReview: waiting.submitted,
    draftVouchers: waiting.drafts,
  };
}
