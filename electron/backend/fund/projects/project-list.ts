// The 公益项目 list: the projects the filter matches (state, community, year, a word of the number, title,
// applicant or community), sorted as the clerk asked over the whole filtered list, one page of them, and
// the totals of all of them. Projects number in the hundreds at most, so the rows are built and sorted
// here, with the same figures each row shows (paid, remaining, next update due) and Chinese collation.
import type { ParsedInput } from '../../../../shared/contract';
import type {
  ProjectPage,
  ProjectRow,
  ProjectSortKey,
  ProjectTotals,
} from '../../../../shared/features/fund/projects/contract';
import type { Db } from '../../core/db/connection';
import { escapeLike } from '../../core/audit-log';
import { projectSelect, toRow, type ProjectDbRow } from './project-queries';

type ProjectListFilter = ParsedInput<'fund.projects'>;

const collator = new Intl.Collator('zh-CN');

/** A list row with what its number is made of, which sorts it (〔2026〕10号 after 〔2026〕9号). */
interface Listed {
  row: ProjectRow;
  year: number;
  seq: number;
}

const byNumber = (a: Listed, b: Listed) => a.year - b.year || a.seq - b.seq;

/** Ascending order of one sort key of the rows. */
function compareRows(key: Exclude<ProjectSortKey, 'number'>): (a: ProjectRow, b: ProjectRow) => number {
  switch (key) {
    case 'communityName':
    case 'title':
      return (a, b) => collator.compare(a[key], b[key]);
    case 'approvedFen':
      // A project not yet approved sorts after every approved amount, as in the table.
      return (a, b) =>
        (a.approvedFen ?? Number.MAX_SAFE_INTEGER) - (b.approvedFen ?? Number.MAX_SAFE_INTEGER);
    case 'paidFen':
    case 'remainingFen':
      return (a, b) => a[key] - b[key];
    case 'nextUpdateDue':
      // A project owing no update sorts after every date owed.
      return (a, b) => (a.nextUpdateDue ?? '9999').localeCompare(b.nextUpdateDue ?? '9999');
  }
}

/** Sorted by the key, then by number (newest first) so that equal rows keep one order between pages. */
function sortListed(listed: Listed[], key: ProjectSortKey, order: 'ascend' | 'descend'): Listed[] {
  const byKey = key === 'number' ? byNumber : (a: Listed, b: Listed) => compareRows(key)(a.row, b.row);
  const sign = order === 'ascend' ? 1 : -1;
  return [...listed].sort((a, b) => sign * byKey(a, b) || byNumber(b, a));
}

function totalsOf(rows: ProjectRow[]): ProjectTotals {
  return rows.reduce(
    (sum, row) => ({
      approvedFen: sum.approvedFen + (row.approvedFen ?? 0),
      paidFen: sum.paidFen + row.paidFen,
      remainingFen: sum.remainingFen + row.remainingFen,
    }),
    { approvedFen: 0, paidFen: 0, remainingFen: 0 },
  );
}

function selectMatchingProjects(db: Db, filter: ProjectListFilter): ProjectDbRow[] {
  return db
    .prepare(
      `${projectSelect}
        WHERE (@state IS NULL OR p.state = @state) AND (@communityId IS NULL OR p.community_id = @communityId)
          AND (@year IS NULL OR p.year = @year)
          AND (@search = '' OR p.title LIKE @pattern ESCAPE '\\' OR p.applicant_name LIKE @pattern ESCAPE '\\'
               OR c.name LIKE @pattern ESCAPE '\\' OR ('〔' || p.year || '〕' || p.seq || '号') LIKE @pattern ESCAPE '\\')`,
    )
    .all({
      state: filter.state ?? null,
      communityId: filter.communityId ?? null,
      year: filter.year ?? null,
      search: filter.search,
      pattern: `%${escapeLike(filter.search)}%`,
    }) as ProjectDbRow[];
}

export function selectProjects(db: Db, filter: ProjectListFilter): ProjectPage {
  const listed = selectMatchingProjects(db, filter).map((row) => ({
    row: toRow(db, row),
    year: row.year,
    seq: row.seq,
  }));
  const offset = (filter.page - 1) * filter.pageSize;
  const page = sortListed(listed, filter.sort, filter.order).slice(offset, offset + filter.pageSize);
  return {
    rows: page.map((entry) => entry.row),
    total: listed.length,
    totals: totalsOf(listed.map((entry) => entry.row)),
  };
}
