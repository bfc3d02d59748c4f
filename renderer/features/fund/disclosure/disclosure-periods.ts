// Pure helpers of the disclosure screens: the quarter a day falls in and its label, where each deadline
// is done (the 信息公开 screen, on its quarter), and what the dashboard card lists.
// The due dates themselves are shared/'s rules; this only picks and orders what to show.
import {
  annualReportDue,
  deadlineStatus,
  quarterNoticeDue,
} from '../../../../shared/features/fund/disclosure/disclosure-deadlines';
import {
  deadlineStatusLabels,
  disclosureTitle,
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

/** Where a deadline is met: the 信息公开 screen, on the quarter (or the year) it is for; a project's is
 * listed there under 项目公示 whatever the quarter. */
export function deadlinePath(
  item: Pick<DisclosureDeadline, 'kind' | 'year' | 'quarter' | 'projectId'>,
): string {
  if (item.projectId !== null) return '/fund/disclosure';
  return disclosureScreenPath(item.year, item.quarter);
}

/** The register's row of a quarter's notice or a year's report, once recorded (each is recorded once). */
export function postedRecord(
  register: readonly DisclosureRecord[] | undefined,
  subject: Pick<DisclosureRecord, 'kind' | 'year' | 'quarter'>,
): DisclosureRecord | undefined {
  return register?.find(
    (record) =>
      record.kind === subject.kind && record.year === subject.year && record.quarter === subject.quarter,
  );
}

function upcoming(
  base: Omit<DisclosureDeadline, 'status' | 'statusLabel' | 'doneOn'>,
  asOf: string,
  posted: readonly DisclosureRecord[],
): DisclosureDeadline {
  const found = postedRecord(posted, base);
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
        what: disclosureTitle('quarterly', year, quarter),
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
        what: disclosureTitle('annual', year, null),
        quarter: null,
        dueOn: annualReportDue(year),
      },
      asOf,
      posted,
    ),
  ];
}

export interface CardDeadlines {
  /** The overdue ones, the earliest first, at most the limit. */
  late: DisclosureDeadline[];
  /** How many overdue ones did not fit. */
  lateHidden: number;
  /** The next ones still in time (due soon or pending), the earliest first, at most the limit. */
  next: DisclosureDeadline[];
}

/**
 * What the dashboard card lists: what is late, and apart from it what comes next, so that a long backlog
 * never hides the next deadline; at most `limit` of each, by due date.
 */
export function cardDeadlines(
  calendar: DisclosureDeadlines,
  posted: readonly DisclosureRecord[],
  limit: number,
): CardDeadlines {
  const open = [...calendar.items, ...runningPeriodDeadlines(calendar.asOf, posted)]
    .filter((item) => item.status !== 'done')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.what.localeCompare(b.what));
  const late = open.filter((item) => item.status === 'overdue');
  return {
    late: late.slice(0, limit),
    lateHidden: Math.max(0, late.length - limit),
    next: open.filter((item) => item.status !== 'overdue').slice(0, limit),
  };
}
