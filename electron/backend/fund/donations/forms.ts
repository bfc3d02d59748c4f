// The forms that write a voucher for the clerk: 拨付资助 to a provider, 银行手续费, 利息收入 and 退还捐赠.
// Each saves a draft (and submits it when asked); the reviewer posts it in the books.
import type { ParsedInput } from '../../../../shared/contract';
import {
  bankChargeVoucher,
  defaultRefundAccount,
  grantVoucher,
  interestVoucher,
  refundVoucher,
  type FormVoucherResult,
} from '../../../../shared/features/fund/donations/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { inTransaction, type ServiceContext } from '../../core/context';
import { AppError, conflict } from '../../core/errors';
import { requireActiveProvider } from './grant-provider';
import { requireOpenDesignation } from './designations';
import { requireDonation } from './donations';
import { refuseSpendingPromised } from '../projects/commitments';
import { refuseBeyondAvailable, saveFormDraft } from './form-drafts';

export function refuseBeforeUsable(
  usableFrom: string | null,
  name: string,
  date: string,
  field: string,
): void {
  if (usableFrom !== null && date < usableFrom)
    throw conflict(`限定用途：「${name}」限定在 ${usableFrom} 以后使用，${date} 还不能动用`, field);
}

export function payGrant(ctx: ServiceContext, input: ParsedInput<'fund.payGrant'>): FormVoucherResult {
  return inTransaction(ctx, () => {
    const provider = requireActiveProvider(ctx, input.providerId);
    if (input.designationId !== null) {
      const designation = requireOpenDesignation(ctx, input.designationId);
      refuseBeforeUsable(designation.usableFrom, designation.name, input.date, 'designationId');
      refuseBeyondAvailable(ctx, designation.id, input.amountFen, 'amountFen');
      refuseSpendingPromised(ctx, designation.id, input.amountFen, 'amountFen');
    }
    const form = grantVoucher({
      providerName: provider.name,
      amountFen: input.amountFen,
      designationId: input.designationId,
      summary: input.summary,
    });
    const voucherId = saveFormDraft(
      ctx,
      form,
      {
        date: input.date,
        attachments: input.attachments,
        hostReference: input.hostReference,
        counterparty: provider.name,
        providerId: provider.id,
      },
      input.submit,
    );
    return { voucherId };
  });
}

export function bankCharge(ctx: ServiceContext, input: ParsedInput<'fund.bankCharge'>): FormVoucherResult {
  return inTransaction(ctx, () => {
    const form = bankChargeVoucher({
      amountFen: input.amountFen,
      account: input.account,
      summary: input.summary,
    });
    const facts = { date: input.date, attachments: input.attachments, hostReference: input.hostReference };
    return { voucherId: saveFormDraft(ctx, form, { ...facts, counterparty: '' }, input.submit) };
  });
}

export function interest(ctx: ServiceContext, input: ParsedInput<'fund.interest'>): FormVoucherResult {
  return inTransaction(ctx, () => {
    const form = interestVoucher({
      amountFen: input.amountFen,
      account: input.account,
      summary: input.summary,
    });
    const facts = { date: input.date, attachments: input.attachments, hostReference: input.hostReference };
    return { voucherId: saveFormDraft(ctx, form, { ...facts, counterparty: '' }, input.submit) };
  });
}

/** What is already refunded or on its way (a refund draft or one waiting for review). */
function refundsOf(ctx: ServiceContext, donationId: number): number {
  const row = ctx.db
    .prepare(
      `SELECT coalesce(sum(l.debit_fen), 0) AS fen FROM fund_voucher v
         JOIN fund_draft_line l ON l.voucher_id = v.id
        WHERE v.donation_id = ? AND v.kind = 'refund' AND v.state <> 'posted'`,
    )
    .get(donationId) as { fen: number };
  return row.fen;
}

export function refundDonation(
  ctx: ServiceContext,
  input: ParsedInput<'fund.refundDonation'>,
): FormVoucherResult {
  return inTransaction(ctx, () => {
    const donation = requireDonation(ctx, input.donationId);
    if (donation.voucherState !== 'posted')
      throw conflict('退还捐赠：捐赠的记账凭证记账后才能退还；未记账的捐赠直接修改或删除草稿', 'donationId');
    if (input.date < donation.date)
      throw new AppError('invalid_input', `退还日期：不能早于捐赠日期 ${donation.date}`, 'date');
    const pending = refundsOf(ctx, donation.id);
    const left = donation.amountFen - donation.refundedFen - pending;
    if (input.amountFen > left)
      throw conflict(
        `退还金额：捐赠 ${formatYuan(donation.amountFen)} 元，已退还 ${formatYuan(donation.refundedFen)} 元` +
          (pending > 0 ? `，待审核退还 ${formatYuan(pending)} 元` : '') +
          `，最多还能退还 ${formatYuan(Math.max(left, 0))} 元`,
        'amountFen',
      );
    refuseBeyondAvailable(ctx, donation.designationId, input.amountFen, 'amountFen');
    const form = refundVoucher({
      donorName: donation.donorName,
      amountFen: input.amountFen,
      designationId: donation.designationId,
      account: input.account ?? defaultRefundAccount(donation.channel),
      reason: input.reason,
    });
    const voucherId = saveFormDraft(
      ctx,
      form,
      {
        date: input.date,
        attachments: input.attachments,
        hostReference: input.hostReference,
        counterparty: donation.donorName,
        donationId: donation.id,
      },
      input.submit,
    );
    return { voucherId };
  });
}
