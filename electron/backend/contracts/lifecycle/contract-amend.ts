// 变更: a signed contract's terms change only by a new version, dated and reasoned, naming the fields it
// changes. An instalment keeps what was paid or is pending on it; a higher price must still fit the
// allocations.
import type { ParsedInput } from '../../../../shared/contract';
import { formatYuan } from '../../../../shared/domain/money';
import type { ContractDetail } from '../../../../shared/features/contracts/contract';
import type { ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';
import { signApproval } from '../../core/people/separation';
import { post } from '../../core/posting/posting';
import { nowIso } from '../../core/context';
import { refuseOverCommitment } from './commitments';
import { compactTerms } from './contract-drafts';
import { readContract } from '../contract-read';
import { contractRecord } from '../contract-records';
import { refuseStepDate, requireStep } from './step-rules';
import { budgetYearsOf, changedFields, type TermsInput } from './contract-terms';
import { insertVersion } from '../queries/contract-versions';
import { paidAndPendingBySeq, setCurrentVersion } from '../queries/contracts';

/** An instalment may not drop below what is paid or pending on it, nor go when anything is. */
function refuseInstalmentsBelowPaid(ctx: ServiceContext, id: number, terms: TermsInput): void {
  for (const [seq, { paid, pending }] of paidAndPendingBySeq(ctx.db, id)) {
    const held = paid + pending;
    if (held === 0) continue;
    const next = terms.instalments[seq - 1];
    if (!next)
      throw conflict(`分期付款计划：第 ${seq} 期已有付款 ${formatYuan(held)} 元，不能删除`, 'instalments');
    if (next.amountFen < held)
      throw conflict(
        `分期付款计划：第 ${seq} 期金额 ${formatYuan(next.amountFen)} 元，少于已支付和待审批的 ${formatYuan(held)} 元`,
        'instalments',
      );
  }
}

export function amendContract(ctx: ServiceContext, input: ParsedInput<'contracts.amend'>): ContractDetail {
  return post(ctx, {
    entity: 'contract',
    action: 'amend',
    write: () => {
      const record = requireStep(ctx, input.id, 'amend');
      const current = readContract(ctx, input.id);
      const terms: TermsInput = input;
      refuseStepDate(
        ctx,
        input.amendedDate,
        { label: '变更日期', name: 'amendedDate' },
        {
          date: record.signedDate!,
          earliest: '签订日期',
        },
      );
      const changed = changedFields(current.terms, terms);
      if (changed.length === 0) throw conflict('变更：合同内容没有任何改动，无须变更');
      refuseInstalmentsBelowPaid(ctx, input.id, terms);
      if (terms.priceFen > current.terms.priceFen) refuseOverCommitment(ctx.db, record, budgetYearsOf(terms));
      const version = record.currentVersion + 1;
      signApproval(ctx, contractRecord(input.id), `amend:${version}`, `变更合同「${current.terms.title}」`);
      insertVersion(ctx.db, input.id, version, terms, {
        amendment: { date: input.amendedDate, reason: input.reason, changedFields: changed },
        createdBy: ctx.actor,
        createdAt: nowIso(ctx),
      });
      setCurrentVersion(ctx.db, input.id, version);
      const result = readContract(ctx, input.id);
      return {
        id: input.id,
        summary: `变更合同 ${current.contractNo}（第 ${version} 版）：${changed.join('、')}；${input.reason}`,
        before: compactTerms(current),
        after: { ...compactTerms(result), changedFields: changed },
        result,
      };
    },
  });
}
