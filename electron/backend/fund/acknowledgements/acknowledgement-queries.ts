// Queries of fund_acknowledgement: the rows as the services answer them, the live one of a donation, and
// the register's pages.
import type { Db } from '../../core/db/connection';
import type { Acknowledgement } from '../../../../shared/features/fund/acknowledgements/contract';
import { acknowledgementNumbers } from '../fund-records';

interface AcknowledgementDbRow {
  id: number;
  year: number;
  seq: number;
  donation_id: number;
  issued_on: string;
  donor_name: string;
  donation_date: string;
  amount_fen: number;
  designation_text: string;
  created_at: string;
  voided_at: string | null;
  void_reason: string;
  printed_count: number;
}

function acknowledgementOf(row: AcknowledgementDbRow): Acknowledgement {
  return {
    id: row.id,
    number: acknowledgementNumbers.format(row.year, row.seq),
    year: row.year,
    seq: row.seq,
    donationId: row.donation_id,
    issuedOn: row.issued_on,
    donorName: row.donor_name,
    donationDate: row.donation_date,
    amountFen: row.amount_fen,
    designationText: row.designation_text,
    state: row.voided_at === null ? 'valid' : 'voided',
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    printedCount: row.printed_count,
    createdAt: row.created_at,
  };
}

export interface NewAcknowledgement {
  year: number;
  seq: number;
  donationId: number;
  issuedOn: string;
  donorName: string;
  donationDate: string;
  amountFen: number;
  designationText: string;
  createdAt: string;
}

export function insertAcknowledgement(db: Db, row: NewAcknowledgement): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO fund_acknowledgement (year, seq, donation_id, issued_on, donor_name, donation_date, amount_fen,
         designation_text, created_at)
       VALUES (@year, @seq, @donationId, @issuedOn, @donorName, @donationDate, @amountFen, @designationText,
         @createdAt)`,
    )
    .run(row);
  return Number(lastInsertRowid);
}

export function findAcknowledgement(db: Db, id: number): Acknowledgement | null {
  const row = db.prepare('SELECT * FROM fund_acknowledgement WHERE id = ?').get(id) as
    AcknowledgementDbRow | undefined;
  return row ? acknowledgementOf(row) : null;
}

/** The donation's acknowledgement that is not voided (the schema allows one). */
export function findLiveAcknowledgement(db: Db, donationId: number): Acknowledgement | null {
  const row = db
    .prepare('SELECT * FROM fund_acknowledgement WHERE donation_id = ? AND voided_at IS NULL')
    .get(donationId) as AcknowledgementDbRow | undefined;
  return row ? acknowledgementOf(row) : null;
}

export function markVoided(db: Db, id: number, voidedAt: string, reason: string): void {
  db.prepare('UPDATE fund_acknowledgement SET voided_at = ?, void_reason = ? WHERE id = ?').run(
    voidedAt,
    reason,
    id,
  );
}

export function countPrint(db: Db, id: number): void {
  db.prepare('UPDATE fund_acknowledgement SET printed_count = printed_count + 1 WHERE id = ?').run(id);
}

export interface AcknowledgementFilter {
  year?: number;
  donationId?: number;
  page: number;
  pageSize: number;
}

/** The register: the latest year first, each year in number order, voided ones where their number is. */
export function selectAcknowledgements(
  db: Db,
  filter: AcknowledgementFilter,
): { rows: Acknowledgement[]; total: number } {
  const where = `WHERE (@year IS NULL OR year = @year) AND (@donationId IS NULL OR donation_id = @donationId)`;
  const params = {
    year: filter.year ?? null,
    donationId: filter.donationId ?? null,
    limit: filter.pageSize,
    offset: (filter.page - 1) * filter.pageSize,
  };
  const { n } = db.prepare(`SELECT count(*) AS n FROM fund_acknowledgement ${where}`).get(params) as {
    n: number;
  };
  const rows = db
    .prepare(
      `SELECT * FROM fund_acknowledgement ${where} ORDER BY year DESC, seq LIMIT @limit OFFSET @offset`,
    )
    .all(params) as AcknowledgementDbRow[];
  return { rows: rows.map(acknowledgementOf), total: n };
}
