// The calendar of disclosure deadlines (《慈善组织信息公开办法》 and the local rules), as pure date rules:
// each quarter's 收支公示 by the end of the month after the quarter; the year's report by 5月31日 of the
// next year; a project longer than six months updated every three months from its agreement or its last
// update; a closed project's closing (what became of the leftover) within three months of closing.
// "N months after" keeps the day and falls back to the month's last day (11-30 + 3 months = 02-28/29).
import { disclosureKindLabels, disclosureTitle, type DisclosureKind } from './disclosure-fields';
import { deadlineStatusLabels, type DeadlineStatus, type DisclosureDeadline } from './outputs';

/** A deadline this close (days, inclusive) is 即将到期. */
export const dueSoonDays = 15;

export interface PostedDisclosure {
  kind: DisclosureKind;
  year: number;
  quarter: number | null;
  projectId: number | null;
  publishedOn: string;
}

export interface ProjectFacts {
  id: number;
  /** 微基金项目〔2026〕3号 */
  number: string;
  title: string;
  state: string;
  periodStart: string;
  periodEnd: string;
  /** The grant agreement's signing day; null before one is signed. */
  agreedOn: string | null;
  closedOn: string | null;
}

export interface DeadlineFacts {
  /** The fund's opening day: no deadline falls on a quarter or year before it. */
  fundOpenedOn: string;
  disclosures: PostedDisclosure[];
  projects: ProjectFacts[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function lastDayOf(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = parts(iso);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export function quarterEnd(year: number, quarter: number): string {
  return lastDayOf(year, quarter * 3);
}

/** The end of the month after the quarter: Q1 → 4月30日, Q4 → next year's 1月31日. */
export function quarterNoticeDue(year: number, quarter: number): string {
  return quarter === 4 ? lastDayOf(year + 1, 1) : lastDayOf(year, quarter * 3 + 1);
}

export function annualReportDue(year: number): string {
  return `${year + 1}-05-31`;
}

/** Updates every three months are owed only by a project running longer than six months. */
export function runsLongerThanSixMonths(periodStart: string, periodEnd: string): boolean {
  return periodEnd > addMonths(periodStart, 6);
}

export function deadlineStatus(dueOn: string, asOf: string, done: boolean): DeadlineStatus {
  if (done) return 'done';
  const left = daysBetween(asOf, dueOn);
  if (left < 0) return 'overdue';
  return left <= dueSoonDays ? 'due_soon' : 'pending';
}

interface Item {
  kind: DisclosureKind;
  what: string;
  year: number;
  quarter: number | null;
  projectId: number | null;
  dueOn: string;
  doneOn: string | null;
}

function withStatus(item: Item, asOf: string): DisclosureDeadline {
  const status = deadlineStatus(item.dueOn, asOf, item.doneOn !== null);
  return { ...item, status, statusLabel: deadlineStatusLabels[status] };
}

const firstPosted = (found: PostedDisclosure[]) => found.map((d) => d.publishedOn).sort()[0] ?? null;

/** Every quarter from the fund's opening that has ended by `asOf`. */
function quarterItems(facts: DeadlineFacts, asOf: string): Item[] {
  const items: Item[] = [];
  const [openYear, openMonth] = parts(facts.fundOpenedOn);
  for (let year = openYear, quarter = Math.ceil(openMonth / 3); quarterEnd(year, quarter) <= asOf;) {
    const posted = facts.disclosures.filter(
      (d) => d.kind === 'quarterly' && d.year === year && d.quarter === quarter,
    );
    items.push({
      kind: 'quarterly',
      what: disclosureTitle('quarterly', year, quarter),
      year,
      quarter,
      projectId: null,
      dueOn: quarterNoticeDue(year, quarter),
      doneOn: firstPosted(posted),
    });
    [year, quarter] = quarter === 4 ? [year + 1, 1] : [year, quarter + 1];
  }
  return items;
}

/** Every year from the fund's opening that has ended by `asOf`. */
function annualItems(facts: DeadlineFacts, asOf: string): Item[] {
  const items: Item[] = [];
  for (let year = parts(facts.fundOpenedOn)[0]; `${year}-12-31` <= asOf; year += 1) {
    const posted = facts.disclosures.filter((d) => d.kind === 'annual' && d.year === year);
    items.push({
      kind: 'annual',
      what: disclosureTitle('annual', year, null),
      year,
      quarter: null,
      projectId: null,
      dueOn: annualReportDue(year),
      doneOn: firstPosted(posted),
    });
  }
  return items;
}

/** The next update of a running project: three months after its agreement or its last update. */
function updateItem(project: ProjectFacts, disclosures: PostedDisclosure[]): Item | null {
  if (project.state !== 'agreed' && project.state !== 'in_progress') return null;
  if (project.agreedOn === null || !runsLongerThanSixMonths(project.periodStart, project.periodEnd))
    return null;
  const updates = disclosures
    .filter((d) => d.kind === 'project_update' && d.projectId === project.id)
    .map((d) => d.publishedOn);
  const from = [project.agreedOn, ...updates].sort().at(-1)!;
  const dueOn = addMonths(from, 3);
  return {
    kind: 'project_update',
    what: `${project.number} ${project.title} ${disclosureKindLabels.project_update}`,
    year: parts(dueOn)[0],
    quarter: null,
    projectId: project.id,
    dueOn,
    doneOn: null,
  };
}

function closingItem(project: ProjectFacts, disclosures: PostedDisclosure[]): Item | null {
  if (project.state !== 'closed' || project.closedOn === null) return null;
  const posted = disclosures.filter((d) => d.kind === 'project_closing' && d.projectId === project.id);
  return {
    kind: 'project_closing',
    what: `${project.number} ${project.title} ${disclosureKindLabels.project_closing}`,
    year: parts(project.closedOn)[0],
    quarter: null,
    projectId: project.id,
    dueOn: addMonths(project.closedOn, 3),
    doneOn: firstPosted(posted),
  };
}

/** Every deadline as of `asOf`, the earliest due first. */
export function disclosureDeadlineItems(facts: DeadlineFacts, asOf: string): DisclosureDeadline[] {
  const projectItems = facts.projects.flatMap((project) =>
    [updateItem(project, facts.disclosures), closingItem(project, facts.disclosures)].filter(
      (item): item is Item => item !== null,
    ),
  );
  return [...quarterItems(facts, asOf), ...annualItems(facts, asOf), ...projectItems]
    .map((item) => withStatus(item, asOf))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.what.localeCompare(b.what));
}
