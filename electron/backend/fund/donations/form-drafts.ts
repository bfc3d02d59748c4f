// A form's voucher handed to the books: account codes resolved, the voucher's facts filled in, saved as a
// draft (or rewritten), and submitted for review in the same step when the clerk asked for it.
import type { FormVoucher } from '../../../../shared/features/fund/donations/contract';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { formatYuan } from '../../../../shared/domain/money';
import { designationBalances } from '../books/designation-balance';
import { accountByCode } from '../books/fund-accounts';
import { createDraft, replaceDraft } from '../books/voucher-store';
import type { DraftVoucher } from '../books/voucher-types';
import { submitVoucherRecord } from '../books/voucher-lifecycle';

export interface FormFacts {
  date: string;
  attachments: number;
  hostReference: string;
  counterparty: string;
  providerId?: number | null;
  donationId?: number | null;
}

export function draftOf(ctx: ServiceContext, form: FormVoucher, facts: FormFacts): DraftVoucher {
  return {
    kind: form.kind,
    date: facts.date,
    summary: form.summary,
    attachments: facts.attachments,
    hostReference: facts.hostReference,
    counterparty: facts.counterparty,
    providerId: facts.providerId ?? null,
    donationId: facts.donationId ?? null,
    designationId: form.designationId,
    liftConsent: '',
    supplementsId: null,
    lines: form.lines.map((line) => ({
      accountId: accountByCode(ctx.db, line.accountCode).id,
      designationId: line.designationId,
      summary: line.summary,
      debitFen: line.debitFen,
      creditFen: line.creditFen,
    })),
  };
}

/** Saves the form's voucher as a draft; submitted for review too when `submit`. */
export function saveFormDraft(
  ctx: ServiceContext,
  form: FormVoucher,
  facts: FormFacts,
  submit: boolean,
): number {
  const id = createDraft(ctx, draftOf(ctx, form, facts));
  if (submit) submitVoucherRecord(ctx, id);
  return id;
}

export function rewriteFormDraft(
  ctx: ServiceContext,
  voucherId: number,
  form: FormVoucher,
  facts: FormFacts,
  submit: boolean,
): void {
  replaceDraft(ctx, voucherId, draftOf(ctx, form, facts));
  if (submit) submitVoucherRecord(ctx, voucherId);
}

/** Spending restricted money beyond what the designation still has is refused now (posting re-checks). */
export function refuseBeyondAvailable(
  ctx: ServiceContext,
  designationId: number | null,
  amountFen: number,
  field: string,
): void {
  if (designationId === null) return;
  const balance = designationBalances(ctx.db, [designationId])[0];
  const available = balance?.availableFen ?? 0;
  if (amountFen <= available) return;
  throw new AppError(
    'conflict',
    `限定用途「${balance?.name ?? designationId}」余额不足：已收 ${formatYuan(balance?.receivedFen ?? 0)} 元，` +
      `已用 ${formatYuan(balance?.usedFen ?? 0)} 元，可用 ${formatYuan(available)} 元，` +
      `本次 ${formatYuan(amountFen)} 元`,
    field,
  );
}
