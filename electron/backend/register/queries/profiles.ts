// Queries of community_profile and its courtyard_households rows.
import type {
  CourtyardHouseholds,
  CourtyardType,
  YearlyProfile,
} from '../../../../shared/features/register/contract';
import type { Db } from '../../core/db/connection';

interface ProfileDbRow {
  id: number;
  community_id: number;
  year: number;
  total_households: number;
  social_workers: number;
  committee_directors: number;
  committee_deputies: number;
  committee_members: number;
  director_name: string;
  secretary_is_director: number;
  updated_at: string;
}

export type ProfileFields = Omit<YearlyProfile, 'id' | 'updatedAt'>;

function toProfile(row: ProfileDbRow, courtyardHouseholds: CourtyardHouseholds[]): YearlyProfile {
  return {
    id: row.id,
    communityId: row.community_id,
    year: row.year,
    totalHouseholds: row.total_households,
    socialWorkers: row.social_workers,
    committeeDirectors: row.committee_directors,
    committeeDeputies: row.committee_deputies,
    committeeMembers: row.committee_members,
    directorName: row.director_name,
    secretaryIsDirector: row.secretary_is_director === 1,
    courtyardHouseholds,
    updatedAt: row.updated_at,
  };
}

function courtyardHouseholdsOf(db: Db, profileId: number): CourtyardHouseholds[] {
  return db
    .prepare(
      'SELECT courtyard_id AS courtyardId, households FROM courtyard_households WHERE profile_id = ? ORDER BY courtyard_id',
    )
    .all(profileId) as CourtyardHouseholds[];
}

export function findProfile(db: Db, communityId: number, year: number): YearlyProfile | undefined {
  const row = db
    .prepare('SELECT * FROM community_profile WHERE community_id = ? AND year = ?')
    .get(communityId, year) as ProfileDbRow | undefined;
  return row && toProfile(row, courtyardHouseholdsOf(db, row.id));
}

export function listProfiles(db: Db, communityId: number): YearlyProfile[] {
  const rows = db
    .prepare('SELECT * FROM community_profile WHERE community_id = ? ORDER BY year DESC')
    .all(communityId) as ProfileDbRow[];
  return rows.map((row) => toProfile(row, courtyardHouseholdsOf(db, row.id)));
}

/** The latest profile of every community, keyed by community id. */
export function latestProfiles(db: Db): Map<number, YearlyProfile> {
  const rows = db
    .prepare(
      `SELECT p.* FROM community_profile p
       WHERE p.year = (SELECT max(year) FROM community_profile q WHERE q.community_id = p.community_id)`,
    )
    .all() as ProfileDbRow[];
  return new Map(rows.map((row) => [row.community_id, toProfile(row, courtyardHouseholdsOf(db, row.id))]));
}

/** Inserts or replaces the profile of (community, year) with its courtyard households; returns its id. */
export function saveProfile(db: Db, fields: ProfileFields, now: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO community_profile (community_id, year, total_households, social_workers, committee_directors,
         committee_deputies, committee_members, director_name, secretary_is_director, created_at, updated_at)
       VALUES (@communityId, @year, @totalHouseholds, @socialWorkers, @committeeDirectors, @committeeDeputies,
         @committeeMembers, @directorName, @secretaryIsDirector, @now, @now)
       ON CONFLICT (community_id, year) DO UPDATE SET
         total_households = excluded.total_households, social_workers = excluded.social_workers,
         committee_directors = excluded.committee_directors, committee_deputies = excluded.committee_deputies,
         committee_members = excluded.committee_members, director_name = excluded.director_name,
         secretary_is_director = excluded.secretary_is_director, updated_at = excluded.updated_at
       RETURNING id`,
    )
    .get({
      communityId: fields.communityId,
      year: fields.year,
      totalHouseholds: fields.totalHouseholds,
      socialWorkers: fields.socialWorkers,
      committeeDirectors: fields.committeeDirectors,
      committeeDeputies: fields.committeeDeputies,
      committeeMembers: fields.committeeMembers,
      directorName: fields.directorName,
      secretaryIsDirector: fields.secretaryIsDirector ? 1 : 0,
      now,
    }) as { id: number };
  db.prepare('DELETE FROM courtyard_households WHERE profile_id = ?').run(id);
  const insert = db.prepare(
    'INSERT INTO courtyard_households (profile_id, courtyard_id, households) VALUES (?, ?, ?)',
  );
  for (const entry of fields.courtyardHouseholds) insert.run(id, entry.courtyardId, entry.households);
  return id;
}

export interface YearHouseholds {
  totalHouseholds: number;
  byType: Record<CourtyardType, number>;
  secretaryIsDirector: boolean;
}

/** Every community's households for one year, in total and summed by courtyard type, in one query. */
export function householdsForYear(db: Db, year: number): Map<number, YearHouseholds> {
  const rows = db
    .prepare(
      `SELECT p.community_id AS communityId, p.total_households AS total, p.secretary_is_director AS secretary,
              c.type AS type, coalesce(sum(h.households), 0) AS households
       FROM community_profile p
       LEFT JOIN courtyard_households h ON h.profile_id = p.id
       LEFT JOIN courtyard c ON c.id = h.courtyard_id
       WHERE p.year = ?
       GROUP BY p.community_id, c.type`,
    )
    .all(year) as {
    communityId: number;
    total: number;
    secretary: number;
    type: CourtyardType | null;
    households: number;
  }[];
  const result = new Map<number, YearHouseholds>();
  for (const row of rows) {
    const entry = result.get(row.communityId) ?? {
      totalHouseholds: row.total,
      byType: { self_governed: 0, public_unit: 0, property_managed: 0 },
      secretaryIsDirector: row.secretary === 1,
    };
    if (row.type) entry.byType[row.type] += row.households;
    result.set(row.communityId, entry);
  }
  return result;
}
