// The closing records what was paid (结项时已拨付), so it may not be dated before the last payment, reversed
// or not; ./settled-payments keeps the rest of a closed project's figures standing, and `cli check` holds
// the file to the same (./project-invariants).
import type { Db } from '../../core/db/connection';

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
