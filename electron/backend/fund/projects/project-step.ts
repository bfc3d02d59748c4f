// One workflow step of a welfare project, as the access requests take theirs: the workflow is asked first,
// so an illegal step is refused with its own sentence before anything is checked or written; the step
// writes, and its audit row (before and after) goes in the same transaction.
import type { AuditAction } from '../../../../shared/contract/audit';
import type { ProjectDetail } from '../../../../shared/features/fund/projects/contract';
import {
  nextProjectState,
  type ProjectAction,
  type ProjectState,
} from '../../../../shared/features/fund/projects/project-workflow';
import { recordAudit } from '../../core/audit';
import { inTransaction, type ServiceContext } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import type { RecordRef } from '../../core/people/separation';
import { findProject } from './project-queries';

export function projectRecord(id: number): RecordRef {
  return { record: 'fund_project', id };
}

export function requireProject(ctx: ServiceContext, id: number): ProjectDetail {
  const project = findProject(ctx.db, id);
  if (!project) throw notFound('公益项目');
  return project;
}

/** What an audit row keeps of a project: the fields renderer/features/audit/fund-project-audit-fields.ts names. */
export function auditedProject(project: ProjectDetail) {
  return {
    number: project.number,
    title: project.title,
    state: project.state,
    communityId: project.communityId,
    applicantName: project.applicantName,
    budgetFen: project.budgetFen,
    approvedFen: project.approvedFen,
    designationId: project.designationId,
  };
}

export function takeProjectStep<T = ProjectDetail>(
  ctx: ServiceContext,
  id: number,
  action: ProjectAction,
  auditAction: AuditAction,
  apply: (before: ProjectDetail, to: ProjectState) => { summary: string; result?: T },
): T {
  return inTransaction(ctx, () => {
    const before = requireProject(ctx, id);
    const step = nextProjectState(before.state, action);
    if (!step.ok) throw conflict(step.reason);
    const { summary, result } = apply(before, step.state);
    const after = requireProject(ctx, id);
    recordAudit(ctx, {
      action: auditAction,
      entity: 'fund_project',
      entityId: id,
      summary,
      before: auditedProject(before),
      after: auditedProject(after),
    });
    return result ?? (after as T);
  });
}
