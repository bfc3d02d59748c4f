// Postings against an approved line: disbursements (拨付), their reversals, and adjustments, written
// through the posting core (core/posting.ts). Nothing is paid beyond what remains, and no adjustment takes
// a line below what was paid.
import type { ParsedInput } from '../../../shared/contract';
import {
  fundingCategoryLabels,
  type AllocationLine,
  type Disbursement,
  type PostedDisbursement,
  type VoucherUse,
} from '../../../shared/features/funding/contract';
import { overDisbursementMessage } from '../../../shared/features/funding/disbursement';
import { formatYuan } from '../../../shared/domain/money';
import { findLine } from './queries/allocations';
import { findCommunity } from '../register';
import {
  findDisbursement,
  insertAdjustment,
  insertDisbursement,
  selectVoucherUses,
} from './queries/postings';
import { refuseOverLineMax, requireApprovedLine } from './allocation-edit';
import { nowIso, type ServiceContext } from '../core/context';
import { AppError } from '../core/errors';
import { post, reverse } from '../core/posting/posting';
import { assertPostingDate } from '../core/posting/posting-dates';
import { postingWindow } from './posting-dates';

/** 拨付 and 调整 are posted in the funding ledger: a closed period of it refuses them. */
const fundingLedger = 'funding';

export function disburse(ctx: ServiceContext, input: ParsedInput<'funding.disburse'>): PostedDisbursement {
  return post(ctx, {
    entity: 'disbursement',
    period: { ledger: fundingLedger, date: input.date, field: { label: '拨付日期', name: 'date' } },
    write: () => {
      const line = requireApprovedLine(ctx, input.lineId);
      assertPostingDate(input.date, postingWindow(ctx, line.year)!, {
        label: '拨付日期',
        name: 'date',
        earliest: '本年度经费审批日期',
      });
      const overDisbursed = overDisbursementMessage(lineName(ctx, line), line, input.amountFen);
      if (overDisbursed) throw new AppError('conflict', overDisbursed, 'amountFen');
      const sameVoucher = selectVoucherUses(ctx.db, input.voucherNo);
      const id = insertDisbursement(ctx.db, {
        ...input,
        reversesId: null,
        actor: ctx.actor,
        createdAt: nowIso(ctx),
      });
      const created = findDisbursement(ctx.db, id)!;
      return {
        id,
        summary: `拨付 ${lineName(ctx, line)} ${formatYuan(input.amountFen)} 元，凭证号 ${input.voucherNo}${sameVoucher.length > 0 ? `（该凭证号已用于 ${sameVoucher.length} 笔拨付记录）` : ''}`,
        after: created,
        result: { ...created, sameVoucher },
      };
    },
  });
}

export function reverseDisbursement(
  ctx: ServiceContext,
  input: ParsedInput<'funding.reverse'>,
): Disbursement {
  return reverse(ctx, {
    entity: 'disbursement',
    ledger: fundingLedger,
    names: { record: '拨付记录', originalDate: '原拨付日期' },
    originalId: input.disbursementId,
    find: (id) => findDisbursement(ctx.db, id),
    date: input.date,
    field: { label: '冲销日期', name: 'date' },
    write: (original) => {
      const line = findLine(ctx.db, original.lineId)!;
      const id = insertDisbursement(ctx.db, {
        lineId: original.lineId,
        date: input.date,
        amountFen: -original.amountFen,
        voucherNo: input.voucherNo,
        note: `冲销 #${original.id}：${input.reason}`,
        reversesId: original.id,
        actor: ctx.actor,
        createdAt: nowIso(ctx),
      });
      const reversal = findDisbursement(ctx.db, id)!;
      return {
        id,
        summary: `冲销拨付 #${original.id}（${lineName(ctx, line)} ${formatYuan(original.amountFen)} 元），凭证号 ${input.voucherNo}，理由：${input.reason}`,
        after: reversal,
        result: reversal,
      };
    },
  });
}

/** The postings that already carry a voucher number, for the form's warning before 拨付. */
export function listVoucherUses(
  ctx: ServiceContext,
  input: ParsedInput<'funding.voucherUses'>,
): VoucherUse[] {
  return selectVoucherUses(ctx.db, input.voucherNo);
}

export function adjustLine(ctx: ServiceContext, input: ParsedInput<'funding.adjust'>): AllocationLine {
  return post(ctx, {
    entity: 'adjustment',
    period: { ledger: fundingLedger, date: input.date, field: { label: '调整日期', name: 'date' } },
    write: () => {
      const before = requireApprovedLine(ctx, input.lineId);
      assertPostingDate(input.date, postingWindow(ctx, before.year)!, {
        label: '调整日期',
        name: 'date',
        earliest: '本年度经费审批日期',
      });
      refuseOverLineMax(before, input.amountFen);
      if (before.allocatedFen + input.amountFen < before.disbursedFen) {
        throw new AppError(
          'conflict',
          `调整金额：调整后应拨 ${formatYuan(before.allocatedFen + input.amountFen)} 元，低于已拨付的 ${formatYuan(before.disbursedFen)} 元`,
          'amountFen',
        );
      }
      const id = insertAdjustment(ctx.db, { ...input, actor: ctx.actor, createdAt: nowIso(ctx) });
      const after = findLine(ctx.db, before.id)!;
      return {
        id,
        summary: `调整 ${lineName(ctx, before)} ${input.amountFen > 0 ? '+' : ''}${formatYuan(input.amountFen)} 元，理由：${input.reason}`,
        before,
        after,
        result: after,
      };
    },
  });
}

function lineName(ctx: ServiceContext, line: AllocationLine): string {
  return `${findCommunity(ctx.db, line.communityId)?.name ?? ''} ${line.year} 年${fundingCategoryLabels[line.category]}`;
}
