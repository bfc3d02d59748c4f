// 提交审核 of a draft a form just wrote, in the same step: the voucher waits for the reviewer.
import { recordAudit } from '../../core/audit';
import { nowIso, type ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';

export function submitVoucherForReview(ctx: ServiceContext, voucherId: number): void {
  const changed = ctx.db
    .prepare(
      `UPDATE fund_voucher SET state = 'submitted', submitted_at = ?, reject_reason = '' WHERE id = ? AND state = 'draft'`,
    )
    .run(nowIso(ctx), voucherId).changes;
  if (changed !== 1) throw conflict('记账凭证：只有草稿可以提交审核');
  recordAudit(ctx, {
    action: 'submit',
    entity: 'fund_voucher',
    entityId: voucherId,
    summary: `提交记账凭证 #${voucherId} 审核`,
  });
}
