// Queries of courtyard.
import type {
  CommunityStatus,
  Courtyard,
  CourtyardType,
} from '../../../../shared/features/register/contract';
import { nameKey } from '../../../../shared/domain/text';
import type { Db } from '../../core/db/connection';

interface CourtyardDbRow {
  id: number;
  community_id: number;
  name: string;
  type: CourtyardType;
  status: CommunityStatus;
}

function toCourtyard(row: CourtyardDbRow): Courtyard {
  return { id: row.id, communityId: row.community_id, name: row.name, type: row.type, status: row.status };
}

export function findCourtyard(db: Db, id: number): Courtyard | undefined {
  const row = db.prepare('SELECT * FROM courtyard WHERE id = ?').get(id) as CourtyardDbRow | undefined;
  return row && toCourtyard(row);
}

/** The community's courtyard whose name reads the same (see nameKey), compared here as for communities. */
export function findCourtyardByName(db: Db, communityId: number, name: string): Courtyard | undefined {
  const key = nameKey(name);
  const rows = db
    .prepare('SELECT * FROM courtyard WHERE community_id = ? ORDER BY id')
    .all(communityId) as CourtyardDbRow[];
  const row = rows.find((candidate) => nameKey(candidate.name) === key);
  return row && toCourtyard(row);
}

export function listCourtyards(db: Db, communityId: number): Courtyard[] {
  const rows = db
    .prepare('SELECT * FROM courtyard WHERE community_id = ? ORDER BY id')
    .all(communityId) as CourtyardDbRow[];
  return rows.map(toCourtyard);
}

export function insertCourtyard(
  db: Db,
  fields: { communityId: number; name: string; type: CourtyardType },
  now: string,
): number {
  const result = db
    .prepare(
      `INSERT INTO courtyard (community_id, name, type, status, created_at, updated_at)
       VALUES (@communityId, @name, @type, 'active', @now, @now)`,
    )
    .run({ ...fields, now });
  return Number(result.lastInsertRowid);
}

export function updateCourtyard(
  db: Db,
  id: number,
  fields: { name: string; type: CourtyardType },
  now: string,
): void {
  db.prepare('UPDATE courtyard SET name = @name, type = @type, updated_at = @now WHERE id = @id').run({
    ...fields,
    now,
    id,
  });
}

export function setCourtyardStatus(db: Db, id: number, status: CommunityStatus, now: string): void {
  db.prepare('UPDATE courtyard SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

export function countCourtyardsByCommunity(db: Db): Map<number, number> {
  const rows = db
    .prepare(
      "SELECT community_id, count(*) AS n FROM courtyard WHERE status = 'active' GROUP BY community_id",
    )
    .all() as { community_id: number; n: number }[];
  return new Map(rows.map((row) => [row.community_id, row.n]));
}
