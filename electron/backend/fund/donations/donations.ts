// Donations (捐赠): recorded with their draft 'donation' voucher, rewritten while that voucher is a draft,
// frozen once it is posted except for the host's 公益事业捐赠票据, which is recorded when it arrives (and
// corrected with a reason); the list, and the 票据 register with the donations still awaiting theirs.
import type { ParsedInput } from '../../../../shared/contract';
import {
  donationVoucher,
  type Donation,
  type DonationPage,
  type ReceiptRegister,
  type RecordedDonation,
} from '../../../../shared/features/fund/donations/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import { AppError, conflict, notFound } from '../../core/errors';
import { today } from '../../core/posting/posting-dates';
import { requireOpenDesignation } from './designations';
import { duplicateReceipts, findDonation, findReceiptClash, listDonationRows } from './donation-queries';
import { requireDonor } from './donors';
import { rewriteFormDraft, saveFormDraft, type FormFacts } from './form-drafts';

type DonationFields = ParsedInput<'fund.recordDonation'>;

export function requireDonation(ctx: ServiceContext, id: number): Donation {
  const donation = findDonation(ctx.db, id);
  if (!donation) throw notFound('捐赠');
  return donation;
}

function formOf(ctx: ServiceContext, input: DonationFields) {
  const donor = requireDonor(ctx, input.donorId);
  const designation = input.designationId === null ? null : requireOpenDesignation(ctx, input.designationId);
  const form = donationVoucher({
    donorName: donor.name,
    amountFen: input.amountFen,
    channel: input.channel,
    platform: input.platform,
    inKindDescription: input.inKindDescription,
    designationId: designation?.id ?? null,
    designationName: designation?.name ?? null,
  });
  return { donor, form };
}

function columns(input: DonationFields) {
  return {
    donor_id: input.donorId,
    donation_date: input.date,
    amount_fen: input.amountFen,
    channel: input.channel,
    platform: input.platform,
    in_kind_description: input.inKindDescription,
    valuation_basis: input.valuationBasis,
    designation_id: input.designationId,
    note: input.note,
  };
}

function refuseFutureDate(ctx: ServiceContext, date: string): void {
  if (date > today(ctx))
    throw new AppError('invalid_input', `捐赠日期：不能晚于今天（${today(ctx)}）`, 'date');
}

export function recordDonation(ctx: ServiceContext, input: DonationFields): RecordedDonation {
  return inTransaction(ctx, () => {
    refuseFutureDate(ctx, input.date);
    const { donor, form } = formOf(ctx, input);
    const now = nowIso(ctx);
    const id = Number(
      ctx.db
        .prepare(
          `INSERT INTO fund_donation (donor_id, donation_date, amount_fen, channel, platform, in_kind_description,
             valuation_basis, designation_id, note, created_at, updated_at)
           VALUES (@donor_id, @donation_date, @amount_fen, @channel, @platform, @in_kind_description,
             @valuation_basis, @designation_id, @note, @now, @now)`,
        )
        .run({ ...columns(input), now }).lastInsertRowid,
    );
    const voucherId = saveFormDraft(ctx, form, factsOf(input, donor.name, id), input.submit);
    const donation = requireDonation(ctx, id);
    recordAudit(ctx, {
      action: 'create',
      entity: 'fund_donation',
      entityId: id,
      summary: `登记${donor.name}捐赠 ${formatYuan(input.amountFen)} 元（${donation.designationName}）`,
      after: donation,
    });
    return { donation, voucherId };
  });
}

function factsOf(input: DonationFields, donorName: string, donationId: number): FormFacts {
  return {
    date: input.date,
    attachments: input.attachments,
    hostReference: input.hostReference,
    counterparty: donorName,
    donationId,
  };
}

/** A donation changes only while its voucher is a draft; once submitted it is returned first, once posted
 * it is corrected by a red reversal. */
function refuseUnlessDraft(donation: Donation): number {
  if (donation.voucherId === null || donation.voucherState === null)
    throw conflict('捐赠：找不到它的记账凭证', 'id');
  if (donation.voucherState === 'submitted') throw conflict('捐赠：记账凭证已提交审核，退回后才能修改', 'id');
  if (donation.voucherState === 'posted')
    throw conflict(
      `捐赠：记账凭证 ${donation.voucherNumber ?? ''} 已记账，捐赠信息不能再修改；如有错误请红字冲销后重新登记`,
      'id',
    );
  return donation.voucherId;
}

export function updateDonation(
  ctx: ServiceContext,
  input: ParsedInput<'fund.updateDonation'>,
): RecordedDonation {
  return inTransaction(ctx, () => {
    const before = requireDonation(ctx, input.id);
    const voucherId = refuseUnlessDraft(before);
    refuseFutureDate(ctx, input.date);
    const { donor, form } = formOf(ctx, input);
    ctx.db
      .prepare(
        `UPDATE fund_donation SET donor_id = @donor_id, donation_date = @donation_date, amount_fen = @amount_fen,
           channel = @channel, platform = @platform, in_kind_description = @in_kind_description,
           valuation_basis = @valuation_basis, designation_id = @designation_id, note = @note, updated_at = @now
         WHERE id = @id`,
      )
      .run({ ...columns(input), now: nowIso(ctx), id: input.id });
    rewriteFormDraft(ctx, voucherId, form, factsOf(input, donor.name, input.id), input.submit);
    const donation = requireDonation(ctx, input.id);
    recordAudit(ctx, {
      action: 'update',
      entity: 'fund_donation',
      entityId: input.id,
      summary: `修改${donor.name}的捐赠（凭证草稿随之重写）`,
      before,
      after: donation,
    });
    return { donation, voucherId };
  });
}

export function listDonations(ctx: ServiceContext, input: ParsedInput<'fund.donations'>): DonationPage {
  const all = listDonationRows(ctx.db, input);
  const offset = (input.page - 1) * input.pageSize;
  return {
    rows: all.slice(offset, offset + input.pageSize),
    total: all.length,
    totals: {
      amountFen: all.reduce((sum, row) => sum + row.amountFen, 0),
      refundedFen: all.reduce((sum, row) => sum + row.refundedFen, 0),
      awaitingReceipt: all.filter((row) => row.voucherState === 'posted' && row.receipt === null).length,
    },
  };
}

export function recordReceipt(ctx: ServiceContext, input: ParsedInput<'fund.recordReceipt'>): Donation {
  return inTransaction(ctx, () => {
    const before = requireDonation(ctx, input.donationId);
    if (before.voucherState !== 'posted')
      throw conflict('票据：捐赠的记账凭证记账后才能登记公益事业捐赠票据', 'donationId');
    if (input.date < before.date)
      throw new AppError('invalid_input', `开票日期：不能早于捐赠日期 ${before.date}`, 'date');
    if (input.date > today(ctx))
      throw new AppError('invalid_input', `开票日期：不能晚于今天（${today(ctx)}）`, 'date');
    if (before.receipt !== null && input.reason === '')
      throw new AppError(
        'invalid_input',
        `更正原因：这笔捐赠已登记票据 ${before.receipt.code}-${before.receipt.number}，更正必须写明原因`,
        'reason',
      );
    const clash = findReceiptClash(ctx.db, input.code, input.number, before.id);
    if (clash !== null) {
      const other = requireDonation(ctx, clash);
      throw conflict(
        `票据号码：票据代码 ${input.code} 号码 ${input.number} 已登记在${other.donorName} ${other.date} 的捐赠（#${other.id}）上`,
        'number',
      );
    }
    ctx.db
      .prepare(
        `UPDATE fund_donation SET receipt_code = ?, receipt_number = ?, receipt_check_code = ?, receipt_date = ?,
           updated_at = ? WHERE id = ?`,
      )
      .run(input.code, input.number, input.checkCode, input.date, nowIso(ctx), before.id);
    const after = requireDonation(ctx, before.id);
    recordAudit(ctx, {
      action: 'update',
      entity: 'fund_donation',
      entityId: before.id,
      summary:
        before.receipt === null
          ? `登记${before.donorName}捐赠的票据 ${input.code}-${input.number}`
          : `更正${before.donorName}捐赠的票据 ${before.receipt.code}-${before.receipt.number} 为 ${input.code}-${input.number}：${input.reason}`,
      before,
      after,
    });
    return after;
  });
}

export function receiptRegister(
  ctx: ServiceContext,
  input: ParsedInput<'fund.receiptRegister'>,
): ReceiptRegister {
  const year = { year: input.year, awaitingReceipt: false };
  const all = listDonationRows(ctx.db, year, 'd.receipt_code, d.receipt_number, d.donation_date, d.id');
  return {
    year: input.year,
    awaiting: all.filter((row) => row.voucherState === 'posted' && row.receipt === null),
    recorded: all.filter((row) => row.receipt !== null),
    duplicates: duplicateReceipts(ctx.db, String(input.year)),
  };
}
