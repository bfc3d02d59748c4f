// Pure helpers of the disclosure screens: the quarter a day falls in and its label, where each deadline
// is done (the 信息公开 screen on its quarter, or the project's page), and what the dashboard card lists.
// The due dates themselves are shared/'s rules; this only picks and orders what to show.
import {
  annualReportDue,
  deadlineStatus,
  quarterNoticeDue,
} from '../../../../shared/features/fund/disclosure/disclosure-deadlines';
import {
  deadlineStatusLabels,
  disclosureKindLabels,
  type DisclosureDeadline,
  type DisclosureDeadlines,
  type DisclosureRecord,
} from '../../../../shared/features/fund/disclosure/contract';

/** '2026-12-04' → 4. */
export function quarterOf(iso: string): number {
  return Math.ceil(Number(iso.slice(5, 7)) / 3);
}

/** 2026, 4 → 「2026年第4季度」. */
export function quarterLabel(year: number, quarter: number): string {
  return `${year}年第${quarter}季度`;
}

export const quarterOptions = [1, 2, 3, 4].map((quarter) => ({ value: quarter, label: `第${quarter}季度` }));

/** The 信息公开 screen on a quarter (or a year: its first quarter), as the card's links open it. */
export function disclosureScreenPath(year: number, quarter: number | null): string {
  return `/fund/disclosure?year=${year}&quarter=${quarter ?? 1}`;
}

/** Where a deadline is met: a project's own page for its updates and closing, else the 信息公开 screen. */
export function deadlinePath(
  item: Pick<DisclosureDeadline, 'kind' | 'year' | 'quarter' | 'projectId'>,
): string {
  if (item.projectId !== null) return `/fund/projects/${item.projectId}`;
  return disclosureScreenPath(item.year, item.quarter);
}

function upcoming(
  base: Omit<DisclosureDeadline, 'status' | 'statusLabel' | 'doneOn'>,
  asOf: string,
  posted: readonly DisclosureRecord[],
): DisclosureDeadline {
  const found = posted.find(
    (record) => record.kind === base.kind && record.year === base.year && record.quarter === base.quarter,
  );
  const status = deadlineStatus(base.dueOn, asOf, found !== undefined);
  return { ...base, status, statusLabel: deadlineStatusLabels[status], doneOn: found?.publishedOn ?? null };
}

/**
 * The deadlines of the periods still running on `asOf` — this quarter's notice and this year's report —
 * which the backend's calendar lists only once their period has ended; `posted` is the register.
 */
export function runningPeriodDeadlines(
  asOf: string,
  posted: readonly DisclosureRecord[],
): DisclosureDeadline[] {
  const year = Number(asOf.slice(0, 4));
  const quarter = quarterOf(asOf);
  const common = { projectId: null, year };
  return [
    upcoming(
      {
        ...common,
        kind: 'quarterly',
        what: `${quarterLabel(year, quarter)}${disclosureKindLabels.quarterly}`,
        quarter,
        dueOn: quarterNoticeDue(year, quarter),
      },
      asOf,
      posted,
    ),
    upcoming(
      {
        ...common,
        kind: 'annual',
        what: `${year}年度${disclosureKindLabels.annual}`,
        quarter: null,
        dueOn: annualReportDue(year),
      },
      asOf,
      posted,
    ),
  ];
}

const urgency: Record<DisclosureDeadline['status'], number> = {
  overdue: 0,
  due_soon: 1,
  pending: 2,
  done: 3,
};

export interface CardDeadlines {
  rows: DisclosureDeadline[];
  /** How many open deadlines did not fit. */
  hidden: number;
}

/** What the dashboard card lists: the open deadlines, what is late first, then by due date; at most `limit`. */
export function cardDeadlines(
  calendar: DisclosureDeadlines,
  posted: readonly DisclosureRecord[],
  limit: number,
): CardDeadlines {
  const open = [...calendar.items, ...runningPeriodDeadlines(calendar.asOf, posted)]
    .filter((item) => item.status !== 'done')
    .sort((a, b) => urgency[a.status] - urgency[b.status] || a.dueOn.localeCompare(b.dueOn));
  return { rows: open.slice(0, limit), hidden: Math.max(0, open.length - limit) };
}
