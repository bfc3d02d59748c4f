// 拨付: an instalment is paid by a 'grant' voucher drafted through the same form as 拨付资助 (the
// designation checked the same way), linked in fund_project_payment. The instalment is paid once that
// voucher is posted; a reversed one lets it be paid again.
//
// The project moves 已签协议 → 实施中 when the first voucher is drafted (the workflow's 'pay'), not when it
// is posted: the clerk has started paying, so the application can no longer be withdrawn, and a draft
// still blocks 结项 until it is posted or discarded.
import type { ParsedInput } from '../../../../shared/contract';
import type { FormVoucherResult } from '../../../../shared/features/fund/donations/contract';
import { grantVoucher } from '../../../../shared/features/fund/donations/contract';
import { instalmentStateLabels } from '../../../../shared/features/fund/projects/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { nowIso, type ServiceContext } from '../../core/context';
import { AppError, conflict, notFound } from '../../core/errors';
import { notePreparer } from '../../core/people/separation';
import { requireOpenDesignation } from '../donations/designations';
import { refuseBeyondAvailable, saveFormDraft } from '../donations/form-drafts';
import { refuseBeforeUsable } from '../donations/forms';
import { requireActiveProvider } from '../donations/grant-provider';
import { refuseSpendingPromised } from './commitments';
import { livePaymentOf } from './project-queries';
import { projectRecord, takeProjectStep } from './project-step';
import { setProjectState } from './project-writes';

interface InstalmentFacts {
  id: number;
  projectId: number;
  seq: number;
  amountFen: number;
}

function requireInstalment(ctx: ServiceContext, id: number): InstalmentFacts {
  const row = ctx.db
    .prepare(
      'SELECT id, project_id AS projectId, seq, amount_fen AS amountFen FROM fund_project_instalment WHERE id = ?',
    )
    .get(id) as InstalmentFacts | undefined;
  if (!row) throw notFound('拨付期次');
  return row;
}

export function payInstalment(
  ctx: ServiceContext,
  input: ParsedInput<'fund.payInstalment'>,
): FormVoucherResult {
  const { projectId } = requireInstalment(ctx, input.instalmentId);
  return takeProjectStep<FormVoucherResult>(ctx, projectId, 'pay', 'create', (project, to) => {
    const instalment = requireInstalment(ctx, input.instalmentId);
    const live = livePaymentOf(ctx.db, instalment.id);
    if (live) {
      const state = instalmentStateLabels[live.state === 'posted' ? 'paid' : live.state];
      throw conflict(
        `拨付期次：第 ${instalment.seq} 期已有拨付凭证（${state}），不能重复拨付`,
        'instalmentId',
      );
    }
    const signedOn = project.agreement!.signedOn;
    if (input.date < signedOn)
      throw new AppError('invalid_input', `拨付日期：不能早于协议签订日期 ${signedOn}`, 'date');
    if (project.providerId !== null) requireActiveProvider(ctx, project.providerId);
    if (project.designationId !== null) {
      const designation = requireOpenDesignation(ctx, project.designationId);
      refuseBeforeUsable(designation.usableFrom, designation.name, input.date, 'date');
      refuseBeyondAvailable(ctx, designation.id, instalment.amountFen, 'instalmentId');
      refuseSpendingPromised(ctx, designation.id, instalment.amountFen, 'instalmentId', project.id);
    }
    const form = grantVoucher({
      providerName: project.applicantName,
      amountFen: instalment.amountFen,
      designationId: project.designationId,
      summary: input.summary || `拨付${project.number}第${instalment.seq}期资助款`,
    });
    const facts = {
      date: input.date,
      attachments: input.attachments,
      hostReference: input.hostReference,
      counterparty: project.applicantName,
      providerId: project.providerId,
    };
    const voucherId = saveFormDraft(ctx, form, facts, input.submit);
    ctx.db
      .prepare('INSERT INTO fund_project_payment (instalment_id, voucher_id, created_at) VALUES (?, ?, ?)')
      .run(instalment.id, voucherId, nowIso(ctx));
    setProjectState(ctx.db, project.id, to, nowIso(ctx));
    notePreparer(ctx, projectRecord(project.id));
    return {
      summary: `拨付公益项目 ${project.number} 第 ${instalment.seq} 期 ${formatYuan(instalment.amountFen)} 元（起草记账凭证）`,
      result: { voucherId },
    };
  });
}
