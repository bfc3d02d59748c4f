// Queries of approved_standard and approved_households: what an approved year was computed from, copied
// at approval (append-only; rows go in only while the year is still a draft, inside the approval).
import type { CourtyardType } from '../../../../shared/features/register/contract';
import type { Db } from '../../core/db/connection';
import { toStandardFigures, type StandardFields, type StandardFiguresDbRow } from './funding-standards';
import type { YearHouseholds } from '../../register';

export type ApprovedStandard = Omit<StandardFields, 'note'> & { standardId: number; frozenAt: string };

interface ApprovedStandardDbRow extends StandardFiguresDbRow {
  standard_id: number;
  frozen_at: string;
}

export function findApprovedStandard(db: Db, year: number): ApprovedStandard | undefined {
  const row = db.prepare('SELECT * FROM approved_standard WHERE year = ?').get(year) as
    ApprovedStandardDbRow | undefined;
  return row && { standardId: row.standard_id, ...toStandardFigures(row), frozenAt: row.frozen_at };
}

/** Copies the year's standard version (by id) as it reads now; the year must still be a draft. */
export function freezeStandard(db: Db, year: number, standardId: number, now: string): void {
  db.prepare(
    `INSERT INTO approved_standard
     SELECT ?, id, effective_year, basic_min_households, basic_base_max_households, basic_base_fen,
       basic_block_households, basic_block_fen, part_block_rule, rate_self_governed_fen, rate_public_unit_fen,
       rate_property_managed_fen, secretary_uplift_percent, ?
     FROM funding_standard WHERE id = ?`,
  ).run(year, now, standardId);
}

export function freezeHouseholds(db: Db, year: number, communityId: number, figures: YearHouseholds): void {
  db.prepare(
    `INSERT INTO approved_households (year, community_id, total_households, self_governed, public_unit,
       property_managed, secretary_is_director) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    year,
    communityId,
    figures.totalHouseholds,
    figures.byType.self_governed,
    figures.byType.public_unit,
    figures.byType.property_managed,
    figures.secretaryIsDirector ? 1 : 0,
  );
}

type ApprovedHouseholdsDbRow = Record<CourtyardType, number> & {
  community_id: number;
  total_households: number;
  secretary_is_director: number;
};

/** Every community's frozen households of an approved year, keyed by community id. */
export function approvedHouseholds(db: Db, year: number): Map<number, YearHouseholds> {
  const rows = db
    .prepare('SELECT * FROM approved_households WHERE year = ?')
    .all(year) as ApprovedHouseholdsDbRow[];
  return new Map(
    rows.map((row) => [
      row.community_id,
      {
        totalHouseholds: row.total_households,
        byType: {
          self_governed: row.self_governed,
          public_unit: row.public_unit,
          property_managed: row.property_managed,
        },
        secretaryIsDirector: row.secretary_is_director === 1,
      },
    ]),
  );
}

/** Approved years, by standard id: a standard listed here cannot be edited any more. */
export function approvedYearsByStandard(db: Db): Map<number, number[]> {
  const rows = db.prepare('SELECT standard_id, year FROM approved_standard ORDER BY year').all() as {
    standard_id: number;
    year: number;
  }[];
  const byStandard = new Map<number, number[]>();
  for (const row of rows)
    byStandard.set(row.standard_id, [...(byStandard.get(row.standard_id) ?? []), row.year]);
  return byStandard;
}
