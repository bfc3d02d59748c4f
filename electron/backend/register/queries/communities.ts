// Queries of community.
import type { Community, CommunityStatus } from '../../../../shared/features/register/contract';
import { nameKey } from '../../../../shared/domain/text';
import type { Db } from '../../core/db/connection';
import { escapeLike } from '../../core/audit-log';

interface CommunityDbRow {
  id: number;
  name: string;
  code: string;
  address: string;
  floor_area_m2: number;
  is_pilot: number;
  status: CommunityStatus;
  created_at: string;
  updated_at: string;
}

export type CommunityFields = Pick<Community, 'name' | 'code' | 'address' | 'floorAreaM2' | 'isPilot'>;

export function toCommunity(row: CommunityDbRow): Community {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    address: row.address,
    floorAreaM2: row.floor_area_m2,
    isPilot: row.is_pilot === 1,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findCommunity(db: Db, id: number): Community | undefined {
  const row = db.prepare('SELECT * FROM community WHERE id = ?').get(id) as CommunityDbRow | undefined;
  return row && toCommunity(row);
}

/** The community whose name reads the same (see nameKey): an office has tens of communities, so the
 * names are compared here rather than in SQL, which knows nothing of Unicode normalisation. */
export function findCommunityByName(db: Db, name: string): Community | undefined {
  const key = nameKey(name);
  const rows = db.prepare('SELECT * FROM community ORDER BY id').all() as CommunityDbRow[];
  const row = rows.find((candidate) => nameKey(candidate.name) === key);
  return row && toCommunity(row);
}

export function findCommunityByCode(db: Db, code: string): Community | undefined {
  const row = db.prepare("SELECT * FROM community WHERE code = ? AND code <> ''").get(code) as
    CommunityDbRow | undefined;
  return row && toCommunity(row);
}

export function listCommunities(
  db: Db,
  filter: { search: string; status: CommunityStatus | 'all' },
): Community[] {
  const rows = db
    .prepare(
      `SELECT * FROM community
       WHERE (@status = 'all' OR status = @status)
         AND (@search = '' OR name LIKE @pattern ESCAPE '\\' OR code LIKE @pattern ESCAPE '\\'
              OR address LIKE @pattern ESCAPE '\\')
       ORDER BY name`,
    )
    .all({
      status: filter.status,
      search: filter.search,
      pattern: `%${escapeLike(filter.search)}%`,
    }) as CommunityDbRow[];
  return rows.map(toCommunity);
}

export function insertCommunity(db: Db, fields: CommunityFields, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO community (name, code, address, floor_area_m2, is_pilot, status, created_at, updated_at)
       VALUES (@name, @code, @address, @floorAreaM2, @isPilot, 'active', @now, @now)`,
    )
    .run({ ...fields, isPilot: fields.isPilot ? 1 : 0, now });
  return Number(result.lastInsertRowid);
}

export function updateCommunity(db: Db, id: number, fields: CommunityFields, now: string): void {
  db.prepare(
    `UPDATE community SET name = @name, code = @code, address = @address, floor_area_m2 = @floorAreaM2,
       is_pilot = @isPilot, updated_at = @now
     WHERE id = @id`,
  ).run({ ...fields, isPilot: fields.isPilot ? 1 : 0, now, id });
}

export function setCommunityStatus(db: Db, id: number, status: CommunityStatus, now: string): void {
  db.prepare('UPDATE community SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

export function deleteCommunity(db: Db, id: number): void {
  db.prepare('DELETE FROM community WHERE id = ?').run(id);
}

/** Whether any record refers to the community; such a community is archived, never deleted. */
export function isCommunityReferenced(db: Db, id: number): boolean {
  const row = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM courtyard WHERE community_id = @id)
           OR EXISTS (SELECT 1 FROM community_profile WHERE community_id = @id)
           OR EXISTS (SELECT 1 FROM access_request_community WHERE community_id = @id) AS referenced`,
    )
    .get({ id }) as { referenced: number };
  return row.referenced === 1;
}
