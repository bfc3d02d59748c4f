// Queries of the append-only postings against an approved line: adjustments and disbursements.
import type { Adjustment, Disbursement, VoucherUse } from '../../../../shared/features/funding/contract';
import type { Db } from '../../core/db/connection';

const adjustmentSelect = `SELECT id, line_id AS lineId, date, amount_fen AS amountFen, reason, actor, created_at AS createdAt
  FROM allocation_adjustment`;

export function insertAdjustment(db: Db, fields: Omit<Adjustment, 'id'>): number {
  const result = db
    .prepare(
      `INSERT INTO allocation_adjustment (line_id, date, amount_fen, reason, actor, created_at)
       VALUES (@lineId, @date, @amountFen, @reason, @actor, @createdAt)`,
    )
    .run(fields);
  return Number(result.lastInsertRowid);
}

export function listAdjustments(db: Db, lineIds: readonly number[]): Adjustment[] {
  if (lineIds.length === 0) return [];
  return db
    .prepare(`${adjustmentSelect} WHERE line_id IN (SELECT value FROM json_each(?)) ORDER BY date, id`)
    .all(JSON.stringify(lineIds)) as Adjustment[];
}

const disbursementSelect = `SELECT d.id, d.line_id AS lineId, d.date, d.amount_fen AS amountFen, d.voucher_no AS voucherNo,
  d.note, d.reverses_id AS reversesId, r.id AS reversedById, d.actor, d.created_at AS createdAt
  FROM disbursement d LEFT JOIN disbursement r ON r.reverses_id = d.id`;

export function insertDisbursement(db: Db, fields: Omit<Disbursement, 'id' | 'reversedById'>): number {
  const result = db
    .prepare(
      `INSERT INTO disbursement (line_id, date, amount_fen, voucher_no, note, reverses_id, actor, created_at)
       VALUES (@lineId, @date, @amountFen, @voucherNo, @note, @reversesId, @actor, @createdAt)`,
    )
    .run(fields);
  return Number(result.lastInsertRowid);
}

export function findDisbursement(db: Db, id: number): Disbursement | undefined {
  return db.prepare(`${disbursementSelect} WHERE d.id = ?`).get(id) as Disbursement | undefined;
}

export function listDisbursements(db: Db, lineIds: readonly number[]): Disbursement[] {
  if (lineIds.length === 0) return [];
  return db
    .prepare(
      `${disbursementSelect} WHERE d.line_id IN (SELECT value FROM json_each(?)) ORDER BY d.date, d.id`,
    )
    .all(JSON.stringify(lineIds)) as Disbursement[];
}

/** Every posting with this voucher number, oldest first, with the line it was posted against. */
export function selectVoucherUses(db: Db, voucherNo: string): VoucherUse[] {
  const rows = db
    .prepare(
      `SELECT d.id AS disbursementId, c.name AS communityName, l.year, l.category, d.date,
         d.amount_fen AS amountFen, d.reverses_id IS NOT NULL AS isReversal
       FROM disbursement d
       JOIN allocation_line l ON l.id = d.line_id
       JOIN community c ON c.id = l.community_id
       WHERE d.voucher_no = ?
       ORDER BY d.date, d.id`,
    )
    .all(voucherNo) as (Omit<VoucherUse, 'isReversal'> & { isReversal: number })[];
  return rows.map((row) => ({ ...row, isReversal: row.isReversal === 1 }));
}
