// Acknowledgements (捐赠确认书) of posted donations: issued with the next number of the year (a voided one
// keeps its number, so a re-issue takes the next), voided once with a reason, each print counted (the
// first is the original, every later one a 副本); and the register.
import type { ParsedInput } from '../../../../shared/contract';
import {
  printsAsCopy,
  undesignatedUse,
  type Acknowledgement,
  type AcknowledgementPage,
} from '../../../../shared/features/fund/acknowledgements/contract';
import { voucherStateLabels } from '../../../../shared/features/fund/books/contract';
import type { Donation } from '../../../../shared/features/fund/donations/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { nextNumber } from '../../core/posting/numbering';
import { assertPostingDate, today } from '../../core/posting/posting-dates';
import { voucherHeader } from '../books/voucher-records';
import { requireDonation } from '../donations/donations';
import { acknowledgementNumbers } from '../fund-records';
import {
  countPrint,
  findAcknowledgement,
  findLiveAcknowledgement,
  insertAcknowledgement,
  markVoided,
  selectAcknowledgements,
} from './acknowledgement-queries';

export function requireAcknowledgement(ctx: ServiceContext, id: number): Acknowledgement {
  const acknowledgement = findAcknowledgement(ctx.db, id);
  if (!acknowledgement) throw notFound('捐赠确认书');
  return acknowledgement;
}

/** What the donor is thanked for: a posted donation that was not reversed, less what was refunded. */
function acknowledgedAmount(ctx: ServiceContext, donation: Donation): number {
  if (donation.voucherId === null || donation.voucherState !== 'posted') {
    const state = donation.voucherState === null ? '没有记账凭证' : voucherStateLabels[donation.voucherState];
    throw conflict(`捐赠：记账凭证记账后才能出具捐赠确认书（当前：${state}）`, 'donationId');
  }
  const reversedById = voucherHeader(ctx.db, donation.voucherId)?.reversedById ?? null;
  if (reversedById !== null)
    throw conflict(
      `捐赠：记账凭证 ${donation.voucherNumber ?? ''} 已红字冲销，不能出具捐赠确认书`,
      'donationId',
    );
  if (donation.refundedFen >= donation.amountFen)
    throw conflict(
      `捐赠：已全额退还（${formatYuan(donation.refundedFen)} 元），不能出具捐赠确认书`,
      'donationId',
    );
  return donation.amountFen - donation.refundedFen;
}

function refuseSecondLive(ctx: ServiceContext, donation: Donation): void {
  const live = findLiveAcknowledgement(ctx.db, donation.id);
  if (live)
    throw conflict(
      `捐赠：这笔捐赠已出具捐赠确认书 ${live.number}（${live.issuedOn}），如需重开请先作废该确认书`,
      'donationId',
    );
}

export function issueAcknowledgement(
  ctx: ServiceContext,
  input: ParsedInput<'fund.issueAcknowledgement'>,
): Acknowledgement {
  return inTransaction(ctx, () => {
    const donation = requireDonation(ctx, input.donationId);
    const amountFen = acknowledgedAmount(ctx, donation);
    refuseSecondLive(ctx, donation);
    assertPostingDate(
      input.issuedOn,
      { from: donation.date, to: today(ctx) },
      { label: '出具日期', name: 'issuedOn', earliest: `捐赠日期 ${donation.date}` },
    );
    const year = Number(input.issuedOn.slice(0, 4));
    const id = insertAcknowledgement(ctx.db, {
      year,
      seq: nextNumber(ctx.db, acknowledgementNumbers, year),
      donationId: donation.id,
      issuedOn: input.issuedOn,
      donorName: donation.donorName,
      donationDate: donation.date,
      amountFen,
      designationText: donation.designationId === null ? undesignatedUse : donation.designationName,
      createdAt: nowIso(ctx),
    });
    const after = requireAcknowledgement(ctx, id);
    recordAudit(ctx, {
      action: 'issue',
      entity: 'fund_acknowledgement',
      entityId: id,
      summary: `出具捐赠确认书 ${after.number}：${after.donorName}捐赠 ${formatYuan(amountFen)} 元（${after.designationText}）`,
      after,
    });
    return after;
  });
}

export function voidAcknowledgement(
  ctx: ServiceContext,
  input: ParsedInput<'fund.voidAcknowledgement'>,
): Acknowledgement {
  return inTransaction(ctx, () => {
    const before = requireAcknowledgement(ctx, input.id);
    if (before.voidedAt !== null)
      throw conflict(
        `捐赠确认书 ${before.number} 已于 ${before.voidedAt.slice(0, 10)} 作废（${before.voidReason}），不能再次作废`,
        'id',
      );
    markVoided(ctx.db, before.id, nowIso(ctx), input.reason);
    const after = requireAcknowledgement(ctx, before.id);
    recordAudit(ctx, {
      action: 'void',
      entity: 'fund_acknowledgement',
      entityId: before.id,
      summary: `作废捐赠确认书 ${before.number}（${before.donorName}）：${input.reason}`,
      before,
      after,
    });
    return after;
  });
}

export function recordAcknowledgementPrint(
  ctx: ServiceContext,
  input: ParsedInput<'fund.recordAcknowledgementPrint'>,
): Acknowledgement {
  return inTransaction(ctx, () => {
    const before = requireAcknowledgement(ctx, input.id);
    countPrint(ctx.db, before.id);
    const after = requireAcknowledgement(ctx, before.id);
    const printed = printsAsCopy(before) ? `副本，第 ${after.printedCount} 次打印` : '原件';
    recordAudit(ctx, {
      action: 'print',
      entity: 'fund_acknowledgement',
      entityId: before.id,
      summary: `打印捐赠确认书 ${before.number}（${printed}${before.voidedAt === null ? '' : '，已作废'}）`,
      before,
      after,
    });
    return after;
  });
}

export function listAcknowledgements(
  ctx: ServiceContext,
  input: ParsedInput<'fund.acknowledgements'>,
): AcknowledgementPage {
  return selectAcknowledgements(ctx.db, input);
}
