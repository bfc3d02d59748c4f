// A contract's steps: signing (numbered, committed against the allocation), starting, amending, completing
// and terminating. Each is refused in a state that may not take it, and dated no later than today.
import type { ParsedInput } from '../../../../shared/contract';
import type { AuditAction } from '../../../../shared/contract/audit';
import { formatYuan } from '../../../../shared/domain/money';
import type { ContractDetail } from '../../../../shared/features/contracts/contract';
import type { ServiceContext } from '../../core/context';
import { AppError, conflict } from '../../core/errors';
import { signApproval } from '../../core/people/separation';
import { nextNumber } from '../../core/posting/numbering';
import { post } from '../../core/posting/posting';
import { today } from '../../core/posting/posting-dates';
import { refuseOverCommitment } from './commitments';
import { refuseStepDate, requireStep } from './step-rules';
import { compactTerms } from './contract-drafts';
import { readContract, signingWarnings } from '../contract-read';
import { contractNumbers, contractRecord } from '../contract-records';
import { refuseSuspendedProvider, requireProvider } from '../providers/providers';
import {
  hasFinalEvaluation,
  markCompleted,
  markSigned,
  markStarted,
  markTerminated,
  paidOn,
} from '../queries/contracts';

export { amendContract } from './contract-amend';

/** One step through the posting core: the write, then the detail and its audit row. */
function step(ctx: ServiceContext, id: number, action: AuditAction, write: () => string): ContractDetail {
  return post(ctx, {
    entity: 'contract',
    action,
    write: () => {
      const before = compactTerms(readContract(ctx, id));
      const summary = write();
      const result = readContract(ctx, id);
      return { id, summary, before, after: compactTerms(result), result };
    },
  });
}

export function signContract(ctx: ServiceContext, input: ParsedInput<'contracts.sign'>): ContractDetail {
  return step(ctx, input.id, 'sign', () => {
    const record = requireStep(ctx, input.id, 'sign');
    const { terms } = readContract(ctx, input.id);
    if (input.signedDate > today(ctx))
      throw new AppError('invalid_input', '签订日期：不能晚于今天', 'signedDate');
    if (input.signedDate > terms.startDate)
      throw new AppError('conflict', '签订日期：不得晚于服务开始日期（不得先实施后签订）', 'signedDate');
    refuseSuspendedProvider(requireProvider(ctx, record.providerId));
    refuseOverCommitment(ctx.db, record, terms.budgetYears);
    signApproval(ctx, contractRecord(input.id), 'sign', `签订合同「${terms.title}」`);
    const seq = nextNumber(ctx.db, contractNumbers, record.year);
    const warnings = signingWarnings(ctx, terms, record.providerId, input.signedDate);
    markSigned(ctx.db, input.id, {
      seq,
      date: input.signedDate,
      by: ctx.actor,
      warningsJson: JSON.stringify(warnings),
    });
    return `签订合同 ${contractNumbers.format(record.year, seq)}「${terms.title}」，合同价款 ${formatYuan(terms.priceFen)} 元`;
  });
}

export function startContract(ctx: ServiceContext, input: ParsedInput<'contracts.start'>): ContractDetail {
  return step(ctx, input.id, 'start', () => {
    const record = requireStep(ctx, input.id, 'start');
    refuseStepDate(
      ctx,
      input.date,
      { label: '开始履行日期', name: 'date' },
      {
        date: record.signedDate!,
        earliest: '签订日期',
      },
    );
    markStarted(ctx.db, input.id, input.date);
    return `合同开始履行（${input.date}）`;
  });
}

export function completeContract(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.complete'>,
): ContractDetail {
  return step(ctx, input.id, 'complete', () => {
    requireStep(ctx, input.id, 'complete');
    const { terms } = readContract(ctx, input.id);
    if (!hasFinalEvaluation(ctx.db, input.id)) throw conflict('验收完成：须先记录终期绩效评价', 'date');
    refuseStepDate(
      ctx,
      input.date,
      { label: '验收日期', name: 'date' },
      {
        date: terms.startDate,
        earliest: '服务开始日期',
      },
    );
    // 验收 is an approval: never by whoever drafted the contract (制单与审核分离).
    signApproval(ctx, contractRecord(input.id), 'complete', `验收合同「${terms.title}」`);
    markCompleted(ctx.db, input.id, input.date);
    return `合同验收完成（${input.date}）：${terms.title}`;
  });
}

export function terminateContract(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.terminate'>,
): ContractDetail {
  return step(ctx, input.id, 'terminate', () => {
    const record = requireStep(ctx, input.id, 'terminate');
    const { terms } = readContract(ctx, input.id);
    refuseStepDate(
      ctx,
      input.date,
      { label: '终止日期', name: 'date' },
      {
        date: record.signedDate!,
        earliest: '签订日期',
      },
    );
    const paid = paidOn(ctx.db, input.id);
    if (input.settlementFen < paid)
      throw conflict(
        `最终结算金额：${formatYuan(input.settlementFen)} 元少于已支付的 ${formatYuan(paid)} 元`,
        'settlementFen',
      );
    if (input.settlementFen > terms.priceFen)
      throw conflict(
        `最终结算金额：${formatYuan(input.settlementFen)} 元超过合同价款 ${formatYuan(terms.priceFen)} 元`,
        'settlementFen',
      );
    signApproval(ctx, contractRecord(input.id), 'terminate', `终止合同「${terms.title}」`);
    markTerminated(ctx.db, input.id, { ...input, by: ctx.actor });
    return `终止合同「${terms.title}」（${input.date}），最终结算 ${formatYuan(input.settlementFen)} 元：${input.reason}`;
  });
}
