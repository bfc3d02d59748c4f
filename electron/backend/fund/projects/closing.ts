// 结项, by a 审核人 who did not prepare the project: the money used and returned add up to what was paid;
// the leftover of the approved amount (approved − used) goes back to its designation, or to another by a
// 管委会 decision; what that moves in the books is the voucher it submits for review (./closing-voucher).
// No payment (nor a payment's reversal) may still be a draft or waiting for review, and it
// is dated no earlier than the last payment (./payment-guards). After it nothing is paid.
import type { ParsedInput } from '../../../../shared/contract';
import type { ProjectDetail } from '../../../../shared/features/fund/projects/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { nowIso, type ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';
import { signApproval } from '../../core/people/separation';
import { requireOpenDesignation } from '../donations/designations';
import { draftClosingVoucher } from './closing-voucher';
import { checkDay } from './decisions';
import { lastPaidOn } from './payment-guards';
import { pendingPaymentsOf } from './project-queries';
import { projectRecord, takeProjectStep } from './project-step';
import { refusePendingReversals } from './settled-payments';
import { decisionNoTaken, insertDecision, setProjectState } from './project-writes';

type CloseInput = ParsedInput<'fund.closeProject'>;

/** The 管委会's decision re-designating the leftover; null when it goes back to its designation. */
function redesignationOf(
  ctx: ServiceContext,
  project: ProjectDetail,
  input: CloseInput,
  leftoverFen: number,
) {
  const decision = input.redesignation;
  if (decision === null) return null;
  const target = requireOpenDesignation(ctx, decision.targetDesignationId, 'redesignation');
  if (target.id === project.designationId)
    throw conflict('改变后的限定用途：与项目原限定用途相同，请选择「退回原限定用途」', 'redesignation');
  checkDay(ctx, decision.decidedOn, project.decision!.decidedOn, '改变用途决议日期', 'redesignation');
  if (decisionNoTaken(ctx.db, decision.decisionNo))
    throw conflict(`改变用途决议文号：「${decision.decisionNo}」已被其他决议使用`, 'redesignation');
  const id = insertDecision(ctx.db, {
    projectId: project.id,
    purpose: 'redesignation',
    decidedOn: decision.decidedOn,
    decisionNo: decision.decisionNo,
    result: 'approved',
    approvedFen: leftoverFen > 0 ? leftoverFen : null,
    conditions: `结余资金改用于「${target.name}」`,
    at: nowIso(ctx),
  });
  return { decisionId: id, targetId: target.id, targetName: target.name };
}

/** The money used at the end is at least what the last progress report said was used by then. */
function refuseLessThanReported(project: ProjectDetail, usedFen: number): void {
  const last = project.reports.at(-1);
  if (!last || usedFen >= last.usedFen) return;
  throw conflict(
    `实际使用资金：${formatYuan(usedFen)} 元少于最近一次进展报告（${last.reportedOn}）的累计使用 ${formatYuan(last.usedFen)} 元`,
    'usedFen',
  );
}

export function closeProject(ctx: ServiceContext, input: CloseInput): ProjectDetail {
  return takeProjectStep(ctx, input.id, 'close', 'conclude', (before, to) => {
    signApproval(ctx, projectRecord(before.id), 'close', `公益项目 ${before.number} 结项`);
    const pending = pendingPaymentsOf(ctx.db, before.id);
    if (pending > 0)
      throw conflict(`结项：还有 ${pending} 张拨付凭证未记账（草稿或待审核），请先记账或删除后再结项`);
    refusePendingReversals(ctx.db, before.id);
    checkDay(
      ctx,
      input.closedOn,
      lastPaidOn(ctx.db, before.id) ?? before.agreement!.signedOn,
      '结项日期',
      'closedOn',
    );
    const paidFen = before.paidFen;
    if (input.usedFen + input.returnedFen !== paidFen)
      throw conflict(
        `退回资金：实际使用 ${formatYuan(input.usedFen)} 元加退回 ${formatYuan(input.returnedFen)} 元，` +
          `应等于已拨付的 ${formatYuan(paidFen)} 元`,
        'returnedFen',
      );
    refuseLessThanReported(before, input.usedFen);
    const leftoverFen = before.approvedFen! - input.usedFen;
    const redesignation = redesignationOf(ctx, before, input, leftoverFen);
    const voucherId = draftClosingVoucher(ctx, before, {
      closedOn: input.closedOn,
      returnedFen: input.returnedFen,
      leftoverFen,
      targetDesignationId: redesignation?.targetId ?? null,
      targetName: redesignation?.targetName ?? null,
    });
    ctx.db
      .prepare(
        `INSERT INTO fund_project_closing (project_id, closed_on, paid_fen, used_fen, returned_fen, leftover_fen,
           disposition, redesignation_decision_id, target_designation_id, voucher_id, report, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        before.id,
        input.closedOn,
        paidFen,
        input.usedFen,
        input.returnedFen,
        leftoverFen,
        input.disposition,
        redesignation?.decisionId ?? null,
        redesignation?.targetId ?? null,
        voucherId,
        input.report,
        nowIso(ctx),
      );
    setProjectState(ctx.db, before.id, to, nowIso(ctx));
    const where = redesignation ? `经管委会决议改用于「${redesignation.targetName}」` : '退回原限定用途';
    return {
      summary:
        `公益项目 ${before.number}「${before.title}」结项：已拨付 ${formatYuan(paidFen)} 元，` +
        `使用 ${formatYuan(input.usedFen)} 元，退回 ${formatYuan(input.returnedFen)} 元，结余 ${formatYuan(leftoverFen)} 元${where}` +
        (voucherId === null ? '' : `，结项凭证 #${voucherId} 已提交审核`),
    };
  });
}
