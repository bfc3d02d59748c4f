// The office's review (街道初审) and the 管委会's decision, both by a 审核人 who did not prepare the
// application (制单与审核分离). An approved amount stays within the budget and within what the
// designation still has once the other projects' approved-but-unpaid amounts are set aside.
import type { ParsedInput } from '../../../../shared/contract';
import type { ProjectDetail } from '../../../../shared/features/fund/projects/contract';
import { toLocalIsoDate } from '../../../../shared/domain/dates';
import { formatYuan } from '../../../../shared/domain/money';
import { nowIso, type ServiceContext } from '../../core/context';
import { AppError, conflict } from '../../core/errors';
import { signApproval } from '../../core/people/separation';
import { designationBalances } from '../books/designation-balance';
import { committedFenOn } from './project-queries';
import { projectRecord, takeProjectStep } from './project-step';
import { committeeSize, decisionNoTaken, insertDecision, setProjectState } from './project-writes';

export function checkDay(
  ctx: ServiceContext,
  date: string,
  earliest: string | null,
  what: string,
  field: string,
) {
  const today = toLocalIsoDate(ctx.clock());
  if (date > today) throw new AppError('invalid_input', `${what}：不能晚于今天（${today}）`, field);
  if (earliest !== null && date < earliest)
    throw new AppError('invalid_input', `${what}：不能早于 ${earliest}`, field);
}

export function reviewProject(ctx: ServiceContext, input: ParsedInput<'fund.reviewProject'>): ProjectDetail {
  return takeProjectStep(ctx, input.id, 'review', 'review', (before, to) => {
    signApproval(ctx, projectRecord(before.id), 'review', `街道初审公益项目 ${before.number}`);
    checkDay(ctx, input.reviewedOn, before.appliedOn, '初审日期', 'reviewedOn');
    setProjectState(ctx.db, before.id, to, nowIso(ctx), {
      reviewOpinion: input.opinion,
      reviewedOn: input.reviewedOn,
    });
    return { summary: `街道初审公益项目 ${before.number}「${before.title}」，意见：${input.opinion}` };
  });
}

/** The designation's money not yet spent nor promised to another project. */
function refuseBeyondUncommitted(ctx: ServiceContext, project: ProjectDetail, approvedFen: number): void {
  if (project.designationId === null) return;
  const balance = designationBalances(ctx.db, [project.designationId])[0];
  const available = balance?.availableFen ?? 0;
  const committed = committedFenOn(ctx.db, project.designationId, project.id);
  if (approvedFen <= available - committed) return;
  throw conflict(
    `批准金额：限定用途「${project.designationName}」可用 ${formatYuan(available)} 元，` +
      `其他项目已批准未拨付 ${formatYuan(committed)} 元，最多可批准 ${formatYuan(Math.max(available - committed, 0))} 元`,
    'approvedFen',
  );
}

export function decideProject(ctx: ServiceContext, input: ParsedInput<'fund.decideProject'>): ProjectDetail {
  const action = input.result === 'approved' ? 'approve' : 'reject';
  return takeProjectStep(ctx, input.id, action, 'decide', (before, to) => {
    signApproval(ctx, projectRecord(before.id), 'decide', `登记公益项目 ${before.number} 的管委会决定`);
    checkDay(ctx, input.decidedOn, before.reviewedOn, '决议日期', 'decidedOn');
    if (committeeSize(ctx.db) === 0)
      throw conflict('管委会成员：基金设置中还没有管委会成员，请管理员先在「基金设置」中填写', 'decidedOn');
    if (decisionNoTaken(ctx.db, input.decisionNo))
      throw conflict(`决议文号：「${input.decisionNo}」已被其他决议使用`, 'decisionNo');
    if (input.approvedFen !== null) {
      if (input.approvedFen > before.budgetFen)
        throw conflict(
          `批准金额：${formatYuan(input.approvedFen)} 元超过申请金额 ${formatYuan(before.budgetFen)} 元`,
          'approvedFen',
        );
      refuseBeyondUncommitted(ctx, before, input.approvedFen);
    }
    insertDecision(ctx.db, {
      projectId: before.id,
      purpose: 'approval',
      decidedOn: input.decidedOn,
      decisionNo: input.decisionNo,
      result: input.result,
      approvedFen: input.approvedFen,
      conditions: input.conditions,
      at: nowIso(ctx),
    });
    setProjectState(
      ctx.db,
      before.id,
      to,
      nowIso(ctx),
      input.approvedFen === null ? {} : { approvedFen: input.approvedFen },
    );
    const outcome = input.approvedFen === null ? '不予资助' : `批准资助 ${formatYuan(input.approvedFen)} 元`;
    return {
      summary: `管委会决定公益项目 ${before.number}「${before.title}」${outcome}（${input.decisionNo}，${input.decidedOn}）`,
    };
  });
}
