// The fund's vouchers as the other slices write them: drafts checked and stored with their lines (the
// preparer noted, the change audited), and system vouchers (release, year_end, red reversals) written
// straight to posted with their number drawn in the posting's own transaction.
import { formatYuan } from '../../../../shared/domain/money';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import { AppError, conflict, notFound } from '../../core/errors';
import { notePreparer } from '../../core/people/separation';
import { nextNumber } from '../../core/posting/numbering';
import { refuseClosedPeriod } from '../../core/posting/periods';
import { fundLedger, voucherNumber, voucherNumbers, voucherRecord } from '../fund-records';
import {
  draftLinesOf,
  insertDraftLines,
  insertPostedLines,
  voucherHeader,
  voucherName,
} from './voucher-records';
import {
  refuseDraftLines,
  refuseUnbalanced,
  refuseVoucherDate,
  sideTotal,
  voucherDateField,
} from './voucher-rules';
import type { DraftVoucher, PostedLine, PostedVoucherHeader } from './voucher-types';

function refuseDraft(ctx: ServiceContext, draft: DraftVoucher): void {
  refuseVoucherDate(ctx, draft.date, draft.kind);
  if (draft.kind === 'opening') {
    const other = ctx.db.prepare(`SELECT id FROM fund_voucher WHERE kind = 'opening'`).get() as
      { id: number } | undefined;
    if (other) throw conflict('凭证类型：已有期初凭证，只能有一张', 'kind');
  }
  if (draft.kind === 'supplementary') {
    const original = draft.supplementsId === null ? undefined : voucherHeader(ctx.db, draft.supplementsId);
    if (!original || original.state !== 'posted')
      throw new AppError('invalid_input', '补充凭证：须补充一张已记账的凭证', 'supplementsId');
  }
  refuseDraftLines(ctx.db, draft.lines, draft.date);
}

const headerValues = (draft: DraftVoucher) => [
  draft.kind,
  draft.date,
  draft.summary.trim(),
  draft.attachments,
  draft.hostReference.trim(),
  draft.counterparty.trim(),
  draft.providerId,
  draft.donationId,
  draft.designationId,
  draft.liftConsent.trim(),
  draft.supplementsId,
];

function draftSummary(draft: DraftVoucher): string {
  return `${draft.date}「${draft.summary.trim()}」借贷各 ${formatYuan(sideTotal(draft.lines, 'debitFen'))} 元`;
}

/** Validates (balances, accounts postable & active, designation rules) and inserts a draft; notes the preparer; audits. */
export function createDraft(ctx: ServiceContext, draft: DraftVoucher): number {
  return inTransaction(ctx, () => {
    refuseDraft(ctx, draft);
    const now = nowIso(ctx);
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO fund_voucher (kind, voucher_date, summary, attachments, host_reference, counterparty,
           provider_id, donation_id, designation_id, lift_consent, supplements_id, state, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
      )
      .run(...headerValues(draft), now, ctx.actor);
    const id = Number(lastInsertRowid);
    insertDraftLines(ctx.db, id, draft.lines);
    notePreparer(ctx, voucherRecord(id));
    recordAudit(ctx, {
      action: 'create',
      entity: 'fund_voucher',
      entityId: id,
      summary: `编制记账凭证 #${id}：${draftSummary(draft)}`,
      after: { ...draft },
    });
    return id;
  });
}

/** Replaces a draft (a returned voucher is a draft again); refused for a submitted or posted voucher. */
export function replaceDraft(ctx: ServiceContext, id: number, draft: DraftVoucher): void {
  inTransaction(ctx, () => {
    const before = voucherHeader(ctx.db, id);
    if (!before) throw notFound('记账凭证');
    if (before.state !== 'draft')
      throw conflict(
        `记账凭证 ${voucherName(before)} ${before.state === 'posted' ? '已记账' : '已提交审核'}，不能修改`,
      );
    if (draft.kind !== before.kind && (draft.kind === 'opening' || before.kind === 'opening'))
      throw new AppError('invalid_input', '凭证类型：期初凭证与其他凭证不能互换', 'kind');
    if (draft.kind === 'opening') {
      const other = ctx.db.prepare(`SELECT id FROM fund_voucher WHERE kind = 'opening' AND id <> ?`).get(id);
      if (other) throw conflict('凭证类型：已有期初凭证，只能有一张', 'kind');
    }
    refuseVoucherDate(ctx, draft.date, draft.kind);
    if (draft.kind === 'supplementary') {
      const original = draft.supplementsId === null ? undefined : voucherHeader(ctx.db, draft.supplementsId);
      if (!original || original.state !== 'posted')
        throw new AppError('invalid_input', '补充凭证：须补充一张已记账的凭证', 'supplementsId');
    }
    refuseDraftLines(ctx.db, draft.lines, draft.date);
    const beforeLines = draftLinesOf(ctx.db, id);
    ctx.db
      .prepare(
        `UPDATE fund_voucher SET kind = ?, voucher_date = ?, summary = ?, attachments = ?, host_reference = ?,
           counterparty = ?, provider_id = ?, donation_id = ?, designation_id = ?, lift_consent = ?,
           supplements_id = ? WHERE id = ?`,
      )
      .run(...headerValues(draft), id);
    ctx.db.prepare('DELETE FROM fund_draft_line WHERE voucher_id = ?').run(id);
    insertDraftLines(ctx.db, id, draft.lines);
    notePreparer(ctx, voucherRecord(id));
    recordAudit(ctx, {
      action: 'update',
      entity: 'fund_voucher',
      entityId: id,
      summary: `修改记账凭证 #${id}：${draftSummary(draft)}`,
      before: { ...before, lines: beforeLines },
      after: { ...draft },
    });
  });
}

/**
 * Writes a voucher straight to posted (system vouchers: 'release', 'year_end', red 'reversal'), drawing its
 * number, and audits it. Refused in a closed month. Runs inside the caller's transaction (or its own).
 */
export function insertPostedVoucher(
  ctx: ServiceContext,
  voucher: PostedVoucherHeader,
  lines: readonly PostedLine[],
): number {
  return inTransaction(ctx, () => {
    refuseClosedPeriod(ctx.db, fundLedger, voucher.date, voucherDateField);
    refuseUnbalanced(lines);
    const period = voucher.date.slice(0, 7);
    const seq = nextNumber(ctx.db, voucherNumbers, period);
    const now = nowIso(ctx);
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO fund_voucher (kind, state, voucher_date, summary, counterparty, designation_id, reverses_id,
           source_id, period, seq, created_at, created_by, submitted_at, posted_at, posted_by)
         VALUES (?, 'posted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        voucher.kind,
        voucher.date,
        voucher.summary,
        voucher.counterparty ?? '',
        voucher.designationId ?? null,
        voucher.reversesId ?? null,
        voucher.sourceId ?? null,
        period,
        seq,
        now,
        ctx.actor,
        now,
        now,
        ctx.actor,
      );
    const id = Number(lastInsertRowid);
    insertPostedLines(ctx.db, id, voucher.date, lines);
    recordAudit(ctx, {
      action: 'post',
      entity: 'fund_voucher',
      entityId: id,
      summary: `记账 ${voucherNumber(period, seq)}：${voucher.summary}，借贷各 ${formatYuan(sideTotal(lines, 'debitFen'))} 元`,
      after: { ...voucher, number: voucherNumber(period, seq), lines },
    });
    return id;
  });
}
