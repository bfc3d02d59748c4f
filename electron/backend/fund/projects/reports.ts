// 项目进展报告: what was done and the money used to date (cumulative, never more than was paid, never
// less than the last report said, never dated before it).
import type { ParsedInput } from '../../../../shared/contract';
import type { ProjectDetail } from '../../../../shared/features/fund/projects/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { nowIso, type ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';
import { notePreparer } from '../../core/people/separation';
import { checkDay } from './decisions';
import { projectRecord, takeProjectStep } from './project-step';

export function reportProject(ctx: ServiceContext, input: ParsedInput<'fund.reportProject'>): ProjectDetail {
  return takeProjectStep(ctx, input.id, 'report', 'report', (before) => {
    // Not before the last report either: the cumulative figures stay in the order of their days.
    const last = before.reports.at(-1);
    checkDay(ctx, input.reportedOn, last?.reportedOn ?? before.agreement!.signedOn, '报告日期', 'reportedOn');
    if (input.usedFen > before.paidFen)
      throw conflict(
        `累计使用资金：${formatYuan(input.usedFen)} 元超过已拨付的 ${formatYuan(before.paidFen)} 元`,
        'usedFen',
      );
    if (last && input.usedFen < last.usedFen)
      throw conflict(
        `累计使用资金：是累计数，不能少于上次报告（${last.reportedOn}）的 ${formatYuan(last.usedFen)} 元`,
        'usedFen',
      );
    ctx.db
      .prepare(
        `INSERT INTO fund_project_report (project_id, reported_on, progress, used_fen, created_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(before.id, input.reportedOn, input.progress, input.usedFen, nowIso(ctx));
    notePreparer(ctx, projectRecord(before.id));
    return {
      summary: `公益项目 ${before.number}「${before.title}」进展报告（${input.reportedOn}，累计使用 ${formatYuan(input.usedFen)} 元）`,
    };
  });
}
