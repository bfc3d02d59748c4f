// 结项 settles what a project was paid: the closing keeps the paid amount its used and returned money add up
// to, and after it nothing is paid. So a closed project's payment voucher is never reversed (the project
// would show money unpaid that can no longer be paid), and a project is not closed while a reversal of one
// of its payments waits for review (it would be closed on money about to be taken back). The closing's own
// voucher (./closing-voucher) books its figures: it is neither discarded nor reversed.
import type { Db } from '../../core/db/connection';
import { conflict } from '../../core/errors';
import { projectNumbers, voucherNumber } from '../fund-records';

/** Refuses reversing `voucherId` when it paid an instalment of a closed project; called before any write. */
export function refuseReversingSettledPayment(db: Db, voucherId: number, voucherName: string): void {
  const project = db
    .prepare(
      `SELECT p.year, p.seq FROM fund_project_payment pay
         JOIN fund_project_instalment i ON i.id = pay.instalment_id
         JOIN fund_project p ON p.id = i.project_id
        WHERE pay.voucher_id = ? AND p.state = 'closed'`,
    )
    .get(voucherId) as { year: number; seq: number } | undefined;
  if (!project) return;
  throw conflict(
    `记账凭证 ${voucherName} 是已结项的公益项目 ${projectNumbers.format(project.year, project.seq)} 的拨付凭证，` +
      '结项时已按它核定已拨付金额，不能冲销',
  );
}

/** Refuses closing the project while a reversal of one of its payment vouchers is not yet posted. */
export function refusePendingReversals(db: Db, projectId: number): void {
  const pending = db
    .prepare(
      `SELECT v.period, v.seq FROM fund_project_payment pay
         JOIN fund_project_instalment i ON i.id = pay.instalment_id
         JOIN fund_voucher v ON v.id = pay.voucher_id
         JOIN fund_voucher r ON r.reverses_id = v.id
        WHERE i.project_id = ? AND r.state <> 'posted'
        ORDER BY v.period, v.seq LIMIT 1`,
    )
    .get(projectId) as { period: string; seq: number } | undefined;
  if (!pending) return;
  throw conflict(
    `结项：拨付凭证 ${voucherNumber(pending.period, pending.seq)} 的冲销凭证还未记账，请先记账或删除后再结项`,
  );
}

/** The project whose 结项 drafted `voucherId`, if any. */
function closingOf(db: Db, voucherId: number): { year: number; seq: number } | undefined {
  return db
    .prepare(
      `SELECT p.year, p.seq FROM fund_project_closing k JOIN fund_project p ON p.id = k.project_id
        WHERE k.voucher_id = ?`,
    )
    .get(voucherId) as { year: number; seq: number } | undefined;
}

/** Refuses discarding or reversing the voucher a 结项 drafted: the closing, written once, books by it. */
export function refuseUndoingClosingVoucher(
  db: Db,
  voucherId: number,
  voucherName: string,
  undo: string,
): void {
  const project = closingOf(db, voucherId);
  if (!project) return;
  throw conflict(
    `记账凭证 ${voucherName} 是公益项目 ${projectNumbers.format(project.year, project.seq)} 结项的记账凭证，` +
      `结项已按它登记退回和结余资金，不能${undo}`,
  );
}
