// A voucher's life before posting: drafted (or returned) by 经办人, changed or discarded while a draft, and
// submitted for review. Posting is voucher-posting.ts; the only correction afterwards, a red reversal
// itself submitted and posted, is voucher-reversal.ts.
import type { ParsedInput } from '../../../../shared/contract';
import type { VoucherDetail } from '../../../../shared/features/fund/books/contract';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import { AppError, conflict } from '../../core/errors';
import { forgetPreparers, notePreparer } from '../../core/people/separation';
import { voucherRecord } from '../fund-records';
import { refuseUndoingClosingVoucher } from '../projects/settled-payments';
import { selectVoucherDetail } from './voucher-queries';
import {
  draftLinesOf,
  existingVoucher,
  voucherDetailOf,
  voucherHeader,
  voucherName,
} from './voucher-records';
import { refuseDraftLines, refuseVoucherDate } from './voucher-rules';
import { createDraft, replaceDraft } from './voucher-store';
import type { DraftVoucher } from './voucher-types';

function manualDraft(input: ParsedInput<'fund.createVoucher'>): DraftVoucher {
  return {
    kind: input.kind,
    date: input.date,
    summary: input.summary,
    attachments: input.attachments,
    hostReference: input.hostReference,
    counterparty: input.counterparty,
    providerId: null,
    donationId: null,
    designationId: null,
    liftConsent: '',
    supplementsId: input.kind === 'supplementary' ? input.supplementsId : null,
    lines: input.lines,
  };
}

export function createVoucher(ctx: ServiceContext, input: ParsedInput<'fund.createVoucher'>): VoucherDetail {
  return voucherDetailOf(ctx.db, createDraft(ctx, manualDraft(input)));
}

const manualKinds: readonly string[] = ['general', 'opening', 'supplementary'];

export function updateVoucher(ctx: ServiceContext, input: ParsedInput<'fund.updateVoucher'>): VoucherDetail {
  const header = existingVoucher(ctx.db, input.id);
  if (!manualKinds.includes(header.kind))
    throw conflict(`记账凭证 ${voucherName(header)}：这类凭证请在它的业务页面（捐赠、支出等）修改`);
  replaceDraft(ctx, input.id, manualDraft(input));
  return voucherDetailOf(ctx.db, input.id);
}

export function discardVoucher(
  ctx: ServiceContext,
  input: ParsedInput<'fund.discardVoucher'>,
): { id: number } {
  return inTransaction(ctx, () => {
    const header = existingVoucher(ctx.db, input.id);
    if (header.state !== 'draft')
      throw conflict(
        `记账凭证 ${voucherName(header)}：只有草稿可以删除（${header.state === 'posted' ? '已记账的凭证请冲销' : '待审核的凭证请先退回'}）`,
      );
    refuseUndoingClosingVoucher(ctx.db, input.id, voucherName(header), '删除');
    const lines = draftLinesOf(ctx.db, input.id);
    ctx.db.prepare('DELETE FROM fund_draft_line WHERE voucher_id = ?').run(input.id);
    ctx.db.prepare('DELETE FROM fund_voucher WHERE id = ?').run(input.id);
    forgetPreparers(ctx, voucherRecord(input.id));
    recordAudit(ctx, {
      action: 'delete',
      entity: 'fund_voucher',
      entityId: input.id,
      summary: `删除凭证草稿 #${input.id}：${header.date}「${header.summary}」`,
      before: { ...header, lines },
    });
    return { id: input.id };
  });
}

/** draft → submitted, the lines checked again; notes the preparer. Inside the caller's transaction. */
export function submitVoucherRecord(ctx: ServiceContext, id: number, note = ''): void {
  inTransaction(ctx, () => {
    const header = existingVoucher(ctx.db, id);
    if (header.state !== 'draft')
      throw conflict(
        `记账凭证 ${voucherName(header)} ${header.state === 'posted' ? '已记账' : '已提交审核'}，不能再提交`,
      );
    if (header.kind !== 'reversal') {
      refuseVoucherDate(ctx, header.date, header.kind);
      refuseDraftLines(ctx.db, draftLinesOf(ctx.db, id), header.date);
    }
    ctx.db
      .prepare(`UPDATE fund_voucher SET state = 'submitted', submitted_at = ? WHERE id = ?`)
      .run(nowIso(ctx), id);
    notePreparer(ctx, voucherRecord(id));
    recordAudit(ctx, {
      action: 'submit',
      entity: 'fund_voucher',
      entityId: id,
      summary: `提交审核记账凭证 #${id}：${header.date}「${header.summary}」${note}`,
      before: header,
      after: voucherHeader(ctx.db, id),
    });
  });
}

export function submitVoucher(ctx: ServiceContext, input: ParsedInput<'fund.submitVoucher'>): VoucherDetail {
  submitVoucherRecord(ctx, input.id);
  return voucherDetailOf(ctx.db, input.id);
}

export function rejectVoucher(ctx: ServiceContext, input: ParsedInput<'fund.rejectVoucher'>): VoucherDetail {
  inTransaction(ctx, () => {
    const header = existingVoucher(ctx.db, input.id);
    if (header.state !== 'submitted')
      throw conflict(
        `记账凭证 ${voucherName(header)} ${header.state === 'posted' ? '已记账' : '还是草稿'}，不能退回`,
      );
    ctx.db
      .prepare(`UPDATE fund_voucher SET state = 'draft', submitted_at = NULL, reject_reason = ? WHERE id = ?`)
      .run(input.reason, input.id);
    recordAudit(ctx, {
      action: 'reject',
      entity: 'fund_voucher',
      entityId: input.id,
      summary: `退回记账凭证 #${input.id}：${header.date}「${header.summary}」，理由：${input.reason}`,
      before: header,
      after: voucherHeader(ctx.db, input.id),
    });
  });
  return voucherDetailOf(ctx.db, input.id);
}

export function voucherOrRefuse(ctx: ServiceContext, id: number): VoucherDetail {
  const found = selectVoucherDetail(ctx.db, id);
  if (!found) throw new AppError('not_found', '记账凭证不存在或已被删除');
  return found;
}
