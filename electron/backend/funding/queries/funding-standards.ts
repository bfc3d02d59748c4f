// Queries of funding_standard: versions of the standard, each in force from its effective year.
import type { FundingStandard } from '../../../../shared/features/funding/contract';
import type { PartBlockRule } from '../../../../shared/features/funding/funding-rules';
import type { Db } from '../../core/db/connection';

interface StandardDbRow {
  id: number;
  effective_year: number;
  basic_min_households: number;
  basic_base_max_households: number;
  basic_base_fen: number;
  basic_block_households: number;
  basic_block_fen: number;
  part_block_rule: PartBlockRule;
  rate_self_governed_fen: number;
  rate_public_unit_fen: number;
  rate_property_managed_fen: number;
  secretary_uplift_percent: number;
  note: string;
  updated_at: string;
}

export type StandardFields = Omit<FundingStandard, 'id' | 'updatedAt'>;

/** The standard's figures, from a row of funding_standard or of its frozen copy approved_standard. */
export type StandardFiguresDbRow = Omit<StandardDbRow, 'id' | 'note' | 'updated_at'>;
export function toStandardFigures(row: StandardFiguresDbRow): Omit<StandardFields, 'note'> {
  return {
    effectiveYear: row.effective_year,
    basicMinHouseholds: row.basic_min_households,
    basicBaseMaxHouseholds: row.basic_base_max_households,
    basicBaseFen: row.basic_base_fen,
    basicBlockHouseholds: row.basic_block_households,
    basicBlockFen: row.basic_block_fen,
    partBlockRule: row.part_block_rule,
    servicesRateFen: {
      self_governed: row.rate_self_governed_fen,
      public_unit: row.rate_public_unit_fen,
      property_managed: row.rate_property_managed_fen,
    },
    secretaryUpliftPercent: row.secretary_uplift_percent,
  };
}

function toStandard(row: StandardDbRow): FundingStandard {
  return { id: row.id, ...toStandardFigures(row), note: row.note, updatedAt: row.updated_at };
}

export function listStandards(db: Db): FundingStandard[] {
  return (
    db.prepare('SELECT * FROM funding_standard ORDER BY effective_year DESC').all() as StandardDbRow[]
  ).map(toStandard);
}

export function findStandard(db: Db, id: number): FundingStandard | undefined {
  const row = db.prepare('SELECT * FROM funding_standard WHERE id = ?').get(id) as StandardDbRow | undefined;
  return row && toStandard(row);
}

/** The version in force in a year: the latest one whose effective year is not after it. */
export function findStandardForYear(db: Db, year: number): FundingStandard | undefined {
  const row = db
    .prepare('SELECT * FROM funding_standard WHERE effective_year <= ? ORDER BY effective_year DESC LIMIT 1')
    .get(year) as StandardDbRow | undefined;
  return row && toStandard(row);
}

export function findStandardByEffectiveYear(db: Db, effectiveYear: number): FundingStandard | undefined {
  const row = db.prepare('SELECT * FROM funding_standard WHERE effective_year = ?').get(effectiveYear) as
    StandardDbRow | undefined;
  return row && toStandard(row);
}

function params(fields: StandardFields, now: string) {
  return {
    effectiveYear: fields.effectiveYear,
    basicMinHouseholds: fields.basicMinHouseholds,
    basicBaseMaxHouseholds: fields.basicBaseMaxHouseholds,
    basicBaseFen: fields.basicBaseFen,
    basicBlockHouseholds: fields.basicBlockHouseholds,
    basicBlockFen: fields.basicBlockFen,
    partBlockRule: fields.partBlockRule,
    rateSelf: fields.servicesRateFen.self_governed,
    ratePublic: fields.servicesRateFen.public_unit,
    rateManaged: fields.servicesRateFen.property_managed,
    uplift: fields.secretaryUpliftPercent,
    note: fields.note,
    now,
  };
}

/** Inserts the version of its effective year, or replaces that version's figures; returns its id. */
export function saveStandard(db: Db, fields: StandardFields, now: string): number {
  const row = db
    .prepare(
      `INSERT INTO funding_standard (effective_year, basic_min_households, basic_base_max_households, basic_base_fen,
         basic_block_households, basic_block_fen, part_block_rule, rate_self_governed_fen, rate_public_unit_fen,
         rate_property_managed_fen, secretary_uplift_percent, note, created_at, updated_at)
       VALUES (@effectiveYear, @basicMinHouseholds, @basicBaseMaxHouseholds, @basicBaseFen, @basicBlockHouseholds,
         @basicBlockFen, @partBlockRule, @rateSelf, @ratePublic, @rateManaged, @uplift, @note, @now, @now)
       ON CONFLICT (effective_year) DO UPDATE SET
         basic_min_households = excluded.basic_min_households, basic_base_max_households = excluded.basic_base_max_households,
         basic_base_fen = excluded.basic_base_fen, basic_block_households = excluded.basic_block_households,
         basic_block_fen = excluded.basic_block_fen, part_block_rule = excluded.part_block_rule,
         rate_self_governed_fen = excluded.rate_self_governed_fen, rate_public_unit_fen = excluded.rate_public_unit_fen,
         rate_property_managed_fen = excluded.rate_property_managed_fen,
         secretary_uplift_percent = excluded.secretary_uplift_percent, note = excluded.note, updated_at = excluded.updated_at
       RETURNING id`,
    )
    .get(params(fields, now)) as { id: number };
  return row.id;
}
