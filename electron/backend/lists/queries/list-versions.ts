// Queries of list_version, each version with its item and sample counts.
import type { ListKind, ListVersion, ListVersionStatus } from '../../../../shared/features/lists/contract';
import type { Db } from '../../core/db/connection';

interface VersionDbRow {
  id: number;
  kind: ListKind;
  version_no: number;
  status: ListVersionStatus;
  effective_date: string | null;
  approved_by: string | null;
  published_at: string | null;
  copied_from_id: number | null;
  created_at: string;
  updated_at: string;
  item_count: number;
  sample_count: number;
}

const versionSelect = `
  SELECT v.*,
    (SELECT count(*) FROM list_item i WHERE i.version_id = v.id) AS item_count,
    (SELECT count(*) FROM list_item i WHERE i.version_id = v.id AND i.is_sample = 1) AS sample_count
  FROM list_version v`;

function toVersion(row: VersionDbRow): ListVersion {
  return {
    id: row.id,
    kind: row.kind,
    versionNo: row.version_no,
    status: row.status,
    effectiveDate: row.effective_date,
    approvedBy: row.approved_by,
    publishedAt: row.published_at,
    copiedFromId: row.copied_from_id,
    itemCount: row.item_count,
    sampleCount: row.sample_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findVersion(db: Db, id: number): ListVersion | undefined {
  const row = db.prepare(`${versionSelect} WHERE v.id = ?`).get(id) as VersionDbRow | undefined;
  return row && toVersion(row);
}

/** Every version of a kind, newest first. */
export function listVersions(db: Db, kind: ListKind): ListVersion[] {
  const rows = db
    .prepare(`${versionSelect} WHERE v.kind = ? ORDER BY v.version_no DESC`)
    .all(kind) as VersionDbRow[];
  return rows.map(toVersion);
}

/** The version in force: the latest published one. */
export function findCurrentVersion(db: Db, kind: ListKind): ListVersion | undefined {
  const row = db
    .prepare(
      `${versionSelect} WHERE v.kind = ? AND v.status = 'published' ORDER BY v.version_no DESC LIMIT 1`,
    )
    .get(kind) as VersionDbRow | undefined;
  return row && toVersion(row);
}

export function findDraft(db: Db, kind: ListKind): ListVersion | undefined {
  const row = db.prepare(`${versionSelect} WHERE v.kind = ? AND v.status = 'draft'`).get(kind) as
    VersionDbRow | undefined;
  return row && toVersion(row);
}

export function insertDraft(db: Db, kind: ListKind, copiedFromId: number | null, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO list_version (kind, version_no, status, copied_from_id, created_at, updated_at)
       VALUES (@kind, (SELECT coalesce(max(version_no), 0) + 1 FROM list_version WHERE kind = @kind), 'draft',
               @copiedFromId, @now, @now)`,
    )
    .run({ kind, copiedFromId, now });
  return Number(result.lastInsertRowid);
}

export function touchVersion(db: Db, id: number, now: string): void {
  db.prepare('UPDATE list_version SET updated_at = ? WHERE id = ?').run(now, id);
}

export function publishVersion(
  db: Db,
  id: number,
  fields: { effectiveDate: string; approvedBy: string; now: string },
): void {
  db.prepare(
    `UPDATE list_version SET status = 'published', effective_date = @effectiveDate, approved_by = @approvedBy,
       published_at = @now, updated_at = @now
     WHERE id = @id AND status = 'draft'`,
  ).run({ ...fields, id });
}

/** The draft's items must be deleted first (list-items.ts). */
export function deleteDraftVersion(db: Db, id: number): void {
  db.prepare("DELETE FROM list_version WHERE id = ? AND status = 'draft'").run(id);
}
