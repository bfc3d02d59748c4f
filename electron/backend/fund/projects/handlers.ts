// OWNER: the projects slice's handlers: applications, the review and the 管委会's decision, the agreement
// and its instalments, progress reports, closing, and the reads.
import type { fundProjectsChannels } from '../../../../shared/features/fund/projects/channels';
import type { HandlersOf } from '../../core/handler';
import { agreeProject } from './agreement';
import { applyProject, updateProject, withdrawProject } from './applications';
import { closeProject } from './closing';
import { decideProject, reviewProject } from './decisions';
import { payInstalment } from './instalments';
import { selectProjectAudit } from './project-audit';
import { selectProjects } from './project-list';
import { requireProject } from './project-step';
import { projectReminders } from './reminders';
import { reportProject } from './reports';

export const fundProjectsHandlers: HandlersOf<typeof fundProjectsChannels> = {
  'fund.projects': (ctx, input) => selectProjects(ctx.db, input),
  'fund.project': (ctx, input) => requireProject(ctx, input.id),
  'fund.projectReminders': (ctx) => projectReminders(ctx),
  'fund.projectAudit': (ctx, input) => {
    requireProject(ctx, input.id);
    return selectProjectAudit(ctx.db, input);
  },
  'fund.applyProject': applyProject,
  'fund.updateProject': updateProject,
  'fund.reviewProject': reviewProject,
  'fund.decideProject': decideProject,
  'fund.agreeProject': agreeProject,
  'fund.payInstalment': payInstalment,
  'fund.reportProject': reportProject,
  'fund.closeProject': closeProject,
  'fund.withdrawProject': withdrawProject,
};
