// A stored voucher read back (its header, its draft or posted lines) and its lines written: drafts to
// fund_draft_line, posted lines to the append-only fund_voucher_line.
import type { VoucherDetail } from '../../../../shared/features/fund/books/contract';
import type { Db } from '../../core/db/connection';
import { notFound } from '../../core/errors';
import { voucherNumber } from '../fund-records';
import { selectVoucherDetail } from './voucher-queries';
import type { DraftLine, PostedLine, VoucherHeader } from './voucher-types';

export function voucherHeader(db: Db, id: number): VoucherHeader | undefined {
  return db
    .prepare(
      `SELECT id, kind, state, voucher_date AS date, summary, period, seq, designation_id AS designationId,
         lift_consent AS liftConsent, reverses_id AS reversesId, reversed_by_id AS reversedById,
         source_id AS sourceId, supplements_id AS supplementsId, donation_id AS donationId
       FROM fund_voucher WHERE id = ?`,
    )
    .get(id) as VoucherHeader | undefined;
}

/** 记-2026-03-0001 for a posted voucher, 未记账凭证 #12 otherwise. */
export function voucherName(header: Pick<VoucherHeader, 'id' | 'period' | 'seq'>): string {
  return header.period !== null && header.seq !== null
    ? voucherNumber(header.period, header.seq)
    : `未记账凭证 #${header.id}`;
}

export function draftLinesOf(db: Db, voucherId: number): DraftLine[] {
  return db
    .prepare(
      `SELECT account_id AS accountId, designation_id AS designationId, summary, debit_fen AS debitFen,
         credit_fen AS creditFen FROM fund_draft_line WHERE voucher_id = ? ORDER BY line_no`,
    )
    .all(voucherId) as DraftLine[];
}

export function postedLinesOf(db: Db, voucherId: number): PostedLine[] {
  return db
    .prepare(
      `SELECT account_id AS accountId, designation_id AS designationId, summary, debit_fen AS debitFen,
         credit_fen AS creditFen FROM fund_voucher_line WHERE voucher_id = ? ORDER BY line_no`,
    )
    .all(voucherId) as PostedLine[];
}

export function insertDraftLines(db: Db, voucherId: number, lines: readonly DraftLine[]): void {
  const insert = db.prepare(
    `INSERT INTO fund_draft_line (voucher_id, line_no, account_id, designation_id, summary, debit_fen, credit_fen)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((line, index) =>
    insert.run(
      voucherId,
      index + 1,
      line.accountId,
      line.designationId,
      line.summary.trim(),
      line.debitFen,
      line.creditFen,
    ),
  );
}

/** Writes the posted lines of a voucher already set to posted (the line trigger needs that first). */
export function insertPostedLines(
  db: Db,
  voucherId: number,
  date: string,
  lines: readonly PostedLine[],
): void {
  const insert = db.prepare(
    `INSERT INTO fund_voucher_line (voucher_id, line_no, account_id, designation_id, summary, debit_fen,
       credit_fen, voucher_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((line, index) =>
    insert.run(
      voucherId,
      index + 1,
      line.accountId,
      line.designationId,
      line.summary,
      line.debitFen,
      line.creditFen,
      date,
    ),
  );
}

/** The header of a voucher that must exist (refused as not found otherwise). */
export function existingVoucher(db: Db, id: number): VoucherHeader {
  const header = voucherHeader(db, id);
  if (!header) throw notFound('记账凭证');
  return header;
}

/** What the voucher channels answer: the voucher as the screen shows it. */
export function voucherDetailOf(db: Db, id: number): VoucherDetail {
  return selectVoucherDetail(db, id)!;
}
