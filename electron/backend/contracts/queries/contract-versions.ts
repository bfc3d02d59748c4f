// Queries of one version of a contract's terms in its four tables (contract_version and its cost items,
// instalments and budget years): written whole, read whole.
import type { Db } from '../../core/db/connection';
import {
  costItemAmount,
  multiYearConditions,
  type ContractTerms,
  type ContractVersion,
  type MultiYearCondition,
} from '../../../../shared/features/contracts/contract';
import { budgetYearsOf, type TermsInput } from '../lifecycle/contract-terms';

export interface VersionMeta {
  amendment: { date: string; reason: string; changedFields: string[] } | null;
  createdBy: string;
  createdAt: string;
}

const conditionColumns: Record<MultiYearCondition, string> = {
  contentFixed: 'content_fixed',
  continuityStrong: 'continuity_strong',
  fundingStable: 'funding_stable',
  priceStable: 'price_stable',
};

export function insertVersion(
  db: Db,
  contractId: number,
  version: number,
  terms: TermsInput,
  meta: VersionMeta,
): void {
  const flags = Object.fromEntries(
    multiYearConditions.map((condition) => [conditionColumns[condition], terms.multiYear[condition] ? 1 : 0]),
  );
  db.prepare(
    `INSERT INTO contract_version (contract_id, version, title, content, start_date, end_date, quantity,
       quality_standard, price_fen, settlement_method, rights_and_duties, breach_liability, procurement_method,
       procurement_note, content_fixed, continuity_strong, funding_stable, price_stable, amended_date,
       amendment_reason, changed_fields_json, created_by, created_at)
     VALUES (@contractId, @version, @title, @content, @startDate, @endDate, @quantity, @qualityStandard, @priceFen,
       @settlementMethod, @rightsAndDuties, @breachLiability, @procurementMethod, @procurementNote, @content_fixed,
       @continuity_strong, @funding_stable, @price_stable, @amendedDate, @reason, @changed, @createdBy, @createdAt)`,
  ).run({
    ...terms,
    ...flags,
    contractId,
    version,
    amendedDate: meta.amendment?.date ?? null,
    reason: meta.amendment?.reason ?? null,
    changed: meta.amendment ? JSON.stringify(meta.amendment.changedFields) : null,
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  });
  insertVersionRows(db, contractId, version, terms);
}

function insertVersionRows(db: Db, contractId: number, version: number, terms: TermsInput): void {
  const costItem = db.prepare(
    `INSERT INTO contract_cost_item (contract_id, version, position, item, quantity, unit, unit_price_fen)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  terms.costItems.forEach((row, i) =>
    costItem.run(contractId, version, i + 1, row.item, row.quantity, row.unit, row.unitPriceFen),
  );
  const instalment = db.prepare(
    `INSERT INTO contract_instalment (contract_id, version, seq, label, amount_fen, planned_date, gate)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  terms.instalments.forEach((row, i) =>
    instalment.run(contractId, version, i + 1, row.label, row.amountFen, row.plannedDate, row.gate),
  );
  const budgetYear = db.prepare(
    'INSERT INTO contract_budget_year (contract_id, version, year, amount_fen) VALUES (?, ?, ?, ?)',
  );
  for (const row of budgetYearsOf(terms)) budgetYear.run(contractId, version, row.year, row.amountFen);
}

/** A draft's one version rewritten in place (the triggers allow it only while the contract is a draft). */
export function replaceDraftVersion(db: Db, contractId: number, terms: TermsInput, meta: VersionMeta): void {
  deleteVersions(db, contractId);
  insertVersion(db, contractId, 1, terms, meta);
}

export function deleteVersions(db: Db, contractId: number): void {
  for (const table of [
    'contract_cost_item',
    'contract_instalment',
    'contract_budget_year',
    'contract_version',
  ])
    db.prepare(`DELETE FROM ${table} WHERE contract_id = ?`).run(contractId);
}

interface VersionDbRow {
  version: number;
  title: string;
  content: string;
  start_date: string;
  end_date: string;
  quantity: string;
  quality_standard: string;
  price_fen: number;
  settlement_method: string;
  rights_and_duties: string;
  breach_liability: string;
  procurement_method: ContractTerms['procurementMethod'];
  procurement_note: string;
  content_fixed: number;
  continuity_strong: number;
  funding_stable: number;
  price_stable: number;
  amended_date: string | null;
  amendment_reason: string | null;
  changed_fields_json: string | null;
  created_by: string;
  created_at: string;
}

/** Every version of the contract, oldest first. */
export function selectVersions(db: Db, contractId: number): ContractVersion[] {
  const rows = db
    .prepare('SELECT * FROM contract_version WHERE contract_id = ? ORDER BY version')
    .all(contractId) as VersionDbRow[];
  return rows.map((row) => ({
    version: row.version,
    terms: termsOf(db, contractId, row),
    amendment:
      row.amended_date === null
        ? null
        : {
            date: row.amended_date,
            reason: row.amendment_reason!,
            changedFields: JSON.parse(row.changed_fields_json!) as string[],
          },
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));
}

function termsOf(db: Db, contractId: number, row: VersionDbRow): ContractTerms {
  const multiYear = Object.fromEntries(
    multiYearConditions.map((condition) => [
      condition,
      row[conditionColumns[condition] as keyof VersionDbRow] === 1,
    ]),
  );
  const rowsOf = <T>(sql: string) => db.prepare(sql).all(contractId, row.version) as T[];
  const costItems = rowsOf<{ item: string; quantity: number; unit: string; unitPriceFen: number }>(
    `SELECT item, quantity, unit, unit_price_fen AS unitPriceFen FROM contract_cost_item
     WHERE contract_id = ? AND version = ? ORDER BY position`,
  );
  return {
    title: row.title,
    content: row.content,
    startDate: row.start_date,
    endDate: row.end_date,
    quantity: row.quantity,
    qualityStandard: row.quality_standard,
    priceFen: row.price_fen,
    settlementMethod: row.settlement_method,
    rightsAndDuties: row.rights_and_duties,
    breachLiability: row.breach_liability,
    procurementMethod: row.procurement_method,
    procurementNote: row.procurement_note,
    multiYear,
    costItems: costItems.map((item) => ({ ...item, amountFen: costItemAmount(item) })),
    instalments: rowsOf(
      `SELECT seq, label, amount_fen AS amountFen, planned_date AS plannedDate, gate FROM contract_instalment
       WHERE contract_id = ? AND version = ? ORDER BY seq`,
    ),
    budgetYears: rowsOf(
      `SELECT year, amount_fen AS amountFen FROM contract_budget_year
       WHERE contract_id = ? AND version = ? ORDER BY year`,
    ),
  };
}
