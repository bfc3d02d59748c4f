// The public lists' invariants for `cli check`: every list has a version in force that is unambiguous,
// complete and numbered without gaps, and every version the app published was recorded in the audit log.
// The triggers of migration 0003 guard most of this on the way in; these read what is actually stored.
import { listKindLabels, listKinds, type ListKind } from '../../../shared/features/lists/contract';
import type { Invariant } from '../core/invariant';

function label(kind: unknown): string {
  return listKindLabels[kind as ListKind] ?? `清单（${String(kind)}）`;
}

/** 社区工作事项清单第 2 版（#6）, or 社区工作事项清单修订稿第 3 版（#7） for a draft. */
function versionName(row: Record<string, unknown>): string {
  const draft = row.status === 'draft' ? '修订稿' : '';
  return `${label(row.kind)}${draft}第 ${row.version_no} 版（#${row.id}）`;
}

export const listInvariants: Invariant[] = [
  {
    sql: `SELECT k.value AS kind FROM json_each(@kinds) k
          WHERE NOT EXISTS (SELECT 1 FROM list_version v WHERE v.kind = k.value AND v.status = 'published')`,
    params: { kinds: JSON.stringify(listKinds) },
    describe: (row) => `${label(row.kind)}没有已发布的版本，没有现行版本可以公示`,
  },
  {
    sql: `SELECT kind, count(*) AS drafts, group_concat(version_no, '、') AS numbers FROM list_version
          WHERE status = 'draft' GROUP BY kind HAVING count(*) > 1`,
    describe: (row) =>
      `${label(row.kind)}有 ${row.drafts} 份修订稿（第 ${row.numbers} 版），同一清单只能有一份修订稿`,
  },
  {
    // Numbers are unique and start at 1, so they run without gaps exactly when the largest is the count.
    sql: `SELECT kind, count(*) AS versions, max(version_no) AS largest FROM list_version
          GROUP BY kind HAVING max(version_no) <> count(*)`,
    describe: (row) =>
      `${label(row.kind)}的版本号不连续：共 ${row.versions} 个版本，最大却是第 ${row.largest} 版`,
  },
  {
    // A draft copies the version in force; only the shipped first version is copied from nothing.
    sql: `SELECT v.id, v.kind, v.version_no, v.status FROM list_version v
          LEFT JOIN list_version s ON s.id = v.copied_from_id
          WHERE v.version_no > 1
            AND (s.id IS NULL OR s.kind <> v.kind OR s.status <> 'published' OR s.version_no >= v.version_no)`,
    describe: (row) => `${versionName(row)}不是从本清单此前已发布的版本复制而来`,
  },
  {
    sql: `SELECT v.id, v.kind, v.version_no, v.status FROM list_version v
          WHERE v.status = 'published' AND NOT EXISTS (SELECT 1 FROM list_item i WHERE i.version_id = v.id)`,
    describe: (row) => `${versionName(row)}已发布，却没有任何事项`,
  },
  {
    // Items are numbered 1..n in the order they are posted, in drafts as in published versions.
    sql: `SELECT v.id, v.kind, v.version_no, v.status, count(*) AS items, max(i.seq) AS largest
          FROM list_version v JOIN list_item i ON i.version_id = v.id
          GROUP BY v.id HAVING min(i.seq) <> 1 OR max(i.seq) <> count(*)`,
    describe: (row) =>
      `${versionName(row)}的事项序号不连续：共 ${row.items} 项，序号却排到第 ${row.largest} 项`,
  },
  {
    // The version in force is the latest published one; an earlier date on a later version makes it unclear.
    sql: `SELECT v.id, v.kind, v.version_no, v.status, v.effective_date,
                 p.version_no AS earlier_no, p.effective_date AS earlier_date
          FROM list_version v JOIN list_version p
            ON p.kind = v.kind AND p.status = 'published' AND p.version_no < v.version_no
          WHERE v.status = 'published' AND v.effective_date < p.effective_date`,
    describe: (row) =>
      `${versionName(row)}的生效日期 ${row.effective_date} 早于此前第 ${row.earlier_no} 版的 ${row.earlier_date}，现行版本不明确`,
  },
  {
    // Version 1 of every list is the shipped content (migration 0003); every later version the app publishes.
    sql: `SELECT v.id, v.kind, v.version_no, v.status FROM list_version v
          WHERE v.status = 'published' AND v.version_no > 1 AND NOT EXISTS (
            SELECT 1 FROM audit_log a WHERE a.entity = 'list_version' AND a.entity_id = v.id AND a.action = 'publish')`,
    describe: (row) => `${versionName(row)}没有发布时的操作日志`,
  },
];
