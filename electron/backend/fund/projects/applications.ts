// A community's application (申请中): entered by the 经办人, numbered 微基金项目〔2026〕3号 from the year it
// was applied in, corrected while it waits for the office's review, or withdrawn with a reason.
import type { ParsedInput } from '../../../../shared/contract';
import type { ProjectDetail } from '../../../../shared/features/fund/projects/contract';
import { toLocalIsoDate } from '../../../../shared/domain/dates';
import { formatYuan } from '../../../../shared/domain/money';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { notePreparer } from '../../core/people/separation';
import { nextNumber } from '../../core/posting/numbering';
import { findCommunity } from '../../register';
import { requireOpenDesignation } from '../donations/designations';
import { requireActiveProvider } from '../donations/grant-provider';
import { projectNumbers } from '../fund-records';
import { auditedProject, projectRecord, requireProject, takeProjectStep } from './project-step';
import {
  insertProject,
  replaceBudgetLines,
  setProjectState,
  updateApplication,
  type ApplicationRow,
} from './project-writes';

type Application = ParsedInput<'fund.applyProject'>;

/** The checks against the register: the community, the provider (active) and the designation (open). */
function checkedApplication(ctx: ServiceContext, input: Application): ApplicationRow {
  const today = toLocalIsoDate(ctx.clock());
  if (input.appliedOn > today)
    throw new AppError('invalid_input', `申请日期：不能晚于今天（${today}）`, 'appliedOn');
  const community = findCommunity(ctx.db, input.communityId);
  if (!community) throw new AppError('not_found', '申请社区：该社区不存在', 'communityId');
  if (community.status === 'archived')
    throw new AppError('conflict', `申请社区：社区“${community.name}”已归档`, 'communityId');
  const applicantName =
    input.providerId === null ? input.applicantName : requireActiveProvider(ctx, input.providerId).name;
  if (input.designationId !== null) requireOpenDesignation(ctx, input.designationId);
  const { budgetLines: _lines, ...row } = input;
  return { ...row, applicantName };
}

export function applyProject(ctx: ServiceContext, input: Application): ProjectDetail {
  return inTransaction(ctx, () => {
    const row = checkedApplication(ctx, input);
    const year = Number(input.appliedOn.slice(0, 4));
    const seq = nextNumber(ctx.db, projectNumbers, year);
    const id = insertProject(ctx.db, { ...row, year, seq, at: nowIso(ctx) });
    replaceBudgetLines(ctx.db, id, input.budgetLines);
    notePreparer(ctx, projectRecord(id));
    const created = requireProject(ctx, id);
    recordAudit(ctx, {
      action: 'submit',
      entity: 'fund_project',
      entityId: id,
      summary: `登记公益项目申请 ${created.number}「${created.title}」（${created.applicantName}，申请 ${formatYuan(created.budgetFen)} 元）`,
      after: auditedProject(created),
    });
    return created;
  });
}

/** 修改申请: only while 申请中; the budget lines are replaced as a whole, the number stays. */
export function updateProject(ctx: ServiceContext, input: ParsedInput<'fund.updateProject'>): ProjectDetail {
  const { id, ...application } = input;
  return takeProjectStep(ctx, id, 'edit', 'update', (before) => {
    const row = checkedApplication(ctx, application);
    if (Number(row.appliedOn.slice(0, 4)) !== before.year)
      throw new AppError(
        'invalid_input',
        `申请日期：项目编号按 ${before.year} 年编定，不能改到其他年度`,
        'appliedOn',
      );
    updateApplication(ctx.db, id, { ...row, at: nowIso(ctx) });
    replaceBudgetLines(ctx.db, id, application.budgetLines);
    notePreparer(ctx, projectRecord(id));
    return {
      summary: `修改公益项目申请 ${before.number}「${row.title}」（申请 ${formatYuan(row.budgetFen)} 元）`,
    };
  });
}

/** 撤回: until money has been drawn (the workflow says when); the project stays, numbered as it was. */
export function withdrawProject(
  ctx: ServiceContext,
  input: ParsedInput<'fund.withdrawProject'>,
): ProjectDetail {
  return takeProjectStep(ctx, input.id, 'withdraw', 'withdraw', (before, to) => {
    setProjectState(ctx.db, before.id, to, nowIso(ctx), { withdrawReason: input.reason });
    return { summary: `撤回公益项目 ${before.number}「${before.title}」，理由：${input.reason}` };
  });
}
