// Queries of allocation_year and allocation_line, with each line's adjustments and disbursements summed.
import type { AllocationLine, FundingCategory } from '../../../../shared/features/funding/contract';
import type { Db } from '../../core/db/connection';

export interface AllocationYearRow {
  year: number;
  status: 'draft' | 'approved';
  standardId: number;
  approvedBy: string | null;
  approvedAt: string | null;
}

export function findAllocationYear(db: Db, year: number): AllocationYearRow | undefined {
  return db
    .prepare(
      `SELECT year, status, standard_id AS standardId, approved_by AS approvedBy, approved_at AS approvedAt
       FROM allocation_year WHERE year = ?`,
    )
    .get(year) as AllocationYearRow | undefined;
}

export function listAllocationYears(db: Db): AllocationYearRow[] {
  return db
    .prepare(
      `SELECT year, status, standard_id AS standardId, approved_by AS approvedBy, approved_at AS approvedAt
       FROM allocation_year ORDER BY year DESC`,
    )
    .all() as AllocationYearRow[];
}

export function upsertDraftYear(db: Db, year: number, standardId: number, now: string): void {
  db.prepare(
    `INSERT INTO allocation_year (year, status, standard_id, created_at) VALUES (?, 'draft', ?, ?)
     ON CONFLICT (year) DO UPDATE SET standard_id = excluded.standard_id`,
  ).run(year, standardId, now);
}

export function approveYear(db: Db, year: number, approvedBy: string, now: string): void {
  db.prepare(
    "UPDATE allocation_year SET status = 'approved', approved_by = ?, approved_at = ? WHERE year = ?",
  ).run(approvedBy, now, year);
}

interface LineDbRow {
  id: number;
  year: number;
  community_id: number;
  category: FundingCategory;
  standard_id: number | null;
  households_basis: number | null;
  computed_fen: number | null;
  amount_fen: number | null;
  override_reason: string;
  breakdown: string;
  party_organisations: string;
  adjustments_fen: number;
  disbursed_fen: number;
}

const lineSelect = `
  SELECT l.*, y.standard_id,
    coalesce((SELECT sum(a.amount_fen) FROM allocation_adjustment a WHERE a.line_id = l.id), 0) AS adjustments_fen,
    coalesce((SELECT sum(d.amount_fen) FROM disbursement d WHERE d.line_id = l.id), 0) AS disbursed_fen
  FROM allocation_line l JOIN allocation_year y ON y.year = l.year`;

function toLine(row: LineDbRow): AllocationLine {
  const allocatedFen = (row.amount_fen ?? 0) + row.adjustments_fen;
  return {
    id: row.id,
    year: row.year,
    communityId: row.community_id,
    category: row.category,
    standardId: row.standard_id,
    householdsBasis: row.households_basis,
    computedFen: row.computed_fen,
    amountFen: row.amount_fen,
    overrideReason: row.override_reason,
    breakdown: row.breakdown,
    partyOrganisations: row.party_organisations,
    adjustmentsFen: row.adjustments_fen,
    allocatedFen,
    disbursedFen: row.disbursed_fen,
    remainingFen: allocatedFen - row.disbursed_fen,
  };
}

export function findLine(db: Db, id: number): AllocationLine | undefined {
  const row = db.prepare(`${lineSelect} WHERE l.id = ?`).get(id) as LineDbRow | undefined;
  return row && toLine(row);
}

export function findLineByKey(db: Db, year: number, communityId: number, category: FundingCategory) {
  const row = db
    .prepare(`${lineSelect} WHERE l.year = ? AND l.community_id = ? AND l.category = ?`)
    .get(year, communityId, category) as LineDbRow | undefined;
  return row && toLine(row);
}

export function listLines(db: Db, year: number, communityId?: number): AllocationLine[] {
  const rows = (
    communityId === undefined
      ? db.prepare(`${lineSelect} WHERE l.year = ? ORDER BY l.community_id, l.category`).all(year)
      : db
          .prepare(`${lineSelect} WHERE l.year = ? AND l.community_id = ? ORDER BY l.category`)
          .all(year, communityId)
  ) as LineDbRow[];
  return rows.map(toLine);
}

export interface ComputedLineFields {
  year: number;
  communityId: number;
  category: FundingCategory;
  householdsBasis: number | null;
  computedFen: number | null;
  breakdown: string;
}

/**
 * Writes a computed line of a draft year. A line with an override keeps its amount and reason; any other
 * line takes the computed amount. Party-building lines keep what the clerk entered.
 */
export function upsertComputedLine(db: Db, fields: ComputedLineFields, now: string): void {
  db.prepare(
    `INSERT INTO allocation_line (year, community_id, category, households_basis, computed_fen, amount_fen, breakdown,
       created_at, updated_at)
     VALUES (@year, @communityId, @category, @householdsBasis, @computedFen, @computedFen, @breakdown, @now, @now)
     ON CONFLICT (year, community_id, category) DO UPDATE SET
       households_basis = excluded.households_basis, computed_fen = excluded.computed_fen,
       breakdown = excluded.breakdown, updated_at = excluded.updated_at,
       amount_fen = CASE WHEN allocation_line.override_reason <> '' THEN allocation_line.amount_fen
                         ELSE excluded.computed_fen END`,
  ).run({ ...fields, now });
}

export function ensurePartyBuildingLine(db: Db, year: number, communityId: number, now: string): void {
  db.prepare(
    `INSERT INTO allocation_line (year, community_id, category, amount_fen, breakdown, created_at, updated_at)
     VALUES (?, ?, 'party_building', NULL, '按预算录入：党组织和居民小区党支部党建工作经费', ?, ?)
     ON CONFLICT (year, community_id, category) DO NOTHING`,
  ).run(year, communityId, now, now);
}

export function setPartyBuilding(
  db: Db,
  lineId: number,
  amountFen: number,
  organisations: string,
  now: string,
): void {
  db.prepare(
    `UPDATE allocation_line SET amount_fen = ?, party_organisations = ?,
       breakdown = ?, updated_at = ? WHERE id = ?`,
  ).run(amountFen, organisations, `按预算录入，涵盖：${organisations}`, now, lineId);
}

export function setOverride(
  db: Db,
  lineId: number,
  amountFen: number | null,
  reason: string,
  now: string,
): void {
  db.prepare(
    'UPDATE allocation_line SET amount_fen = ?, override_reason = ?, updated_at = ? WHERE id = ?',
  ).run(amountFen, reason, now, lineId);
}
