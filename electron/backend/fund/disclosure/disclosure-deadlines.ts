// The calendar of disclosure deadlines the dashboard shows: the facts read from the books (the fund's
// opening day, the register, the projects) handed to the pure date rules in shared/.
import type { z } from 'zod';
import {
  disclosureDeadlineItems,
  type PostedDisclosure,
  type ProjectFacts,
} from '../../../../shared/features/fund/disclosure/disclosure-deadlines';
import type { disclosureDeadlinesInput } from '../../../../shared/features/fund/disclosure/disclosure-fields';
import type { DisclosureDeadlines } from '../../../../shared/features/fund/disclosure/outputs';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { today } from '../../core/posting/posting-dates';
import { projectNumbers } from '../fund-records';

function fundOpenedOn(ctx: ServiceContext): string {
  const row = ctx.db.prepare('SELECT opening_date FROM fund_settings WHERE id = 1').get() as
    { opening_date: string } | undefined;
  if (!row) throw new AppError('conflict', '基金设置：请先保存基金设置（建账日期），才能排出信息公开日历');
  return row.opening_date;
}

function postedDisclosures(ctx: ServiceContext): PostedDisclosure[] {
  return ctx.db
    .prepare(
      `SELECT kind, year, quarter, project_id AS projectId, published_on AS publishedOn FROM fund_disclosure`,
    )
    .all() as PostedDisclosure[];
}

/** Projects that owe a disclosure: running (agreed, in progress) or closed; the first agreement counts. */
function projectFacts(ctx: ServiceContext): ProjectFacts[] {
  const rows = ctx.db
    .prepare(
      `SELECT p.id, p.year, p.seq, p.title, p.state, p.period_start AS periodStart, p.period_end AS periodEnd,
              (SELECT MIN(a.signed_on) FROM fund_project_agreement a WHERE a.project_id = p.id) AS agreedOn,
              (SELECT MAX(c.closed_on) FROM fund_project_closing c WHERE c.project_id = p.id) AS closedOn
         FROM fund_project p
        WHERE p.state IN ('agreed', 'in_progress', 'closed')
        ORDER BY p.year, p.seq`,
    )
    .all() as (Omit<ProjectFacts, 'number'> & { year: number; seq: number })[];
  return rows.map(({ year, seq, ...row }) => ({ ...row, number: projectNumbers.format(year, seq) }));
}

export function disclosureDeadlines(
  ctx: ServiceContext,
  input: z.output<typeof disclosureDeadlinesInput>,
): DisclosureDeadlines {
  const asOf = input.asOf ?? today(ctx);
  const items = disclosureDeadlineItems(
    { fundOpenedOn: fundOpenedOn(ctx), disclosures: postedDisclosures(ctx), projects: projectFacts(ctx) },
    asOf,
  );
  return {
    asOf,
    items,
    overdueCount: items.filter((item) => item.status === 'overdue').length,
    dueSoonCount: items.filter((item) => item.status === 'due_soon').length,
  };
}
