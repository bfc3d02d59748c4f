// What keeps a closed project's figures standing: the closing records what was paid (结项时已拨付), so it
// may not be dated before the last payment, nor taken while a payment's reversal waits to be posted, and
// after it no payment of the project may be reversed (the applicant's unspent money comes back as the
// closing's 退回, not as a red voucher). `cli check` holds the file to the same (./project-invariants).
import type { Db } from '../../core/db/connection';
import { projectNumbers } from '../fund-records';

/** The day of the project's last posted payment voucher, reversed or not (`cli check` reads them all). */
export function lastPaidOn(db: Db, projectId: number): string | null {
  const row = db
    .prepare(
      `SELECT max(v.voucher_date) AS day FROM fund_project_payment pay
         JOIN fund_project_instalment i ON i.id = pay.instalment_id
         JOIN fund_voucher v ON v.id = pay.voucher_id
        WHERE i.project_id = ? AND v.state = 'posted'`,
    )
    .get(projectId) as { day: string | null };
  return row.day;
}

/** Reversals of the project's payment vouchers prepared and not yet posted. */
export function pendingPaymentReversalsOf(db: Db, projectId: number): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM fund_project_payment pay
         JOIN fund_project_instalment i ON i.id = pay.instalment_id
         JOIN fund_voucher r ON r.reverses_id = pay.voucher_id AND r.state <> 'posted'
        WHERE i.project_id = ?`,
    )
    .get(projectId) as { n: number };
  return row.n;
}

/** The number of the closed project whose instalment the voucher paid, if any. */
export function closedProjectPaidBy(db: Db, voucherId: number): string | null {
  const row = db
    .prepare(
      `SELECT p.year, p.seq FROM fund_project_payment pay
         JOIN fund_project_instalment i ON i.id = pay.instalment_id
         JOIN fund_project p ON p.id = i.project_id AND p.state = 'closed'
        WHERE pay.voucher_id = ?`,
    )
    .get(voucherId) as { year: number; seq: number } | undefined;
  return row ? projectNumbers.format(row.year, row.seq) : null;
}
