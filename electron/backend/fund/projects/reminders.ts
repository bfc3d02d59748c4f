// 项目进展提醒: projects in progress that owe the public a three-monthly update (see
// shared/features/fund/projects/progress-updates.ts for the rule of the 信息公开办法), due within 15 days
// (待更新) or late (已逾期), the latest first.
import {
  reminderStateLabels,
  type ProjectReminder,
} from '../../../../shared/features/fund/projects/contract';
import { reminderStateOn } from '../../../../shared/features/fund/projects/progress-updates';
import { toLocalIsoDate } from '../../../../shared/domain/dates';
import type { ServiceContext } from '../../core/context';
import { lastUpdateOn, selectProjectsInProgress } from './project-queries';

export function projectReminders(ctx: ServiceContext): ProjectReminder[] {
  const today = toLocalIsoDate(ctx.clock());
  return selectProjectsInProgress(ctx.db)
    .flatMap((project) => {
      if (project.nextUpdateDue === null) return [];
      const state = reminderStateOn(project.nextUpdateDue, today);
      if (state === null) return [];
      return [
        {
          id: project.id,
          number: project.number,
          title: project.title,
          communityName: project.communityName,
          lastUpdateOn: lastUpdateOn(ctx.db, project.id)!,
          dueOn: project.nextUpdateDue,
          state,
          stateLabel: reminderStateLabels[state],
        },
      ];
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
