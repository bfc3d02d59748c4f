// Queries of contract_payment: requests, their decision, reversals (negative rows pointing at the
// original), and the other payments that carry a voucher number.
import type { Payment, PaymentVoucherUse } from '../../../../shared/features/contracts/contract';
import type { Db } from '../../core/db/connection';
import { contractNumbers } from '../contract-records';

const paymentSelect = `
  SELECT p.id, p.contract_id AS contractId, p.instalment_seq AS instalmentSeq, p.date, p.amount_fen AS amountFen,
    p.voucher_no AS voucherNo, p.note, p.status, p.evaluation_id AS evaluationId,
    p.coefficient_percent AS coefficientPercent, p.reverses_id AS reversesId, r.id AS reversedById,
    p.requested_by AS requestedBy, p.requested_at AS requestedAt, p.decided_by AS decidedBy,
    p.decided_at AS decidedAt, p.rejected_reason AS rejectedReason,
    p.payment_year AS paymentYear, p.payment_seq AS paymentSeq
  FROM contract_payment p LEFT JOIN contract_payment r ON r.reverses_id = p.id`;

/** A payment with its number (付〔2026〕5号), which the answer leaves to the documents. */
export type NumberedPayment = Payment & { paymentYear: number; paymentSeq: number };

function asPayment({ paymentYear: _year, paymentSeq: _seq, ...payment }: NumberedPayment): Payment {
  return payment;
}

export function selectContractPayments(db: Db, contractId: number): Payment[] {
  const rows = db
    .prepare(`${paymentSelect} WHERE p.contract_id = ? ORDER BY p.id`)
    .all(contractId) as NumberedPayment[];
  return rows.map(asPayment);
}

export function findNumberedPayment(db: Db, id: number): NumberedPayment | undefined {
  return db.prepare(`${paymentSelect} WHERE p.id = ?`).get(id) as NumberedPayment | undefined;
}

export function findPayment(db: Db, id: number): Payment | undefined {
  const row = findNumberedPayment(db, id);
  return row ? asPayment(row) : undefined;
}

export interface PaymentRow {
  contractId: number;
  instalmentSeq: number;
  paymentYear: number;
  paymentSeq: number;
  date: string;
  amountFen: number;
  voucherNo: string;
  note: string;
  status: 'requested' | 'paid';
  evaluationId: number | null;
  coefficientPercent: number | null;
  reversesId: number | null;
  by: string;
  at: string;
}

export function insertPayment(db: Db, row: PaymentRow): number {
  // A reversal is posted at once: its maker is also who decided it.
  const decided = row.status === 'paid' ? row.by : null;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO contract_payment (contract_id, instalment_seq, payment_year, payment_seq, date, amount_fen,
         voucher_no, note, status, evaluation_id, coefficient_percent, reverses_id, requested_by, requested_at,
         decided_by, decided_at)
       VALUES (@contractId, @instalmentSeq, @paymentYear, @paymentSeq, @date, @amountFen, @voucherNo, @note,
         @status, @evaluationId, @coefficientPercent, @reversesId, @by, @at, @decidedBy, @decidedAt)`,
    )
    .run({ ...row, decidedBy: decided, decidedAt: decided ? row.at : null });
  return Number(lastInsertRowid);
}

export function decidePayment(
  db: Db,
  id: number,
  decision: { status: 'paid' | 'rejected'; by: string; at: string; reason: string | null },
): void {
  db.prepare(
    `UPDATE contract_payment SET status = @status, decided_by = @by, decided_at = @at, rejected_reason = @reason
     WHERE id = @id AND status = 'requested'`,
  ).run({ ...decision, id });
}

interface VoucherUseDbRow extends Omit<PaymentVoucherUse, 'contractNo'> {
  year: number;
  contractSeq: number | null;
}

/** The payments (requested, paid or reversals; not those returned) that carry this voucher number. */
export function selectPaymentVoucherUses(db: Db, voucherNo: string): PaymentVoucherUse[] {
  const rows = db
    .prepare(
      `SELECT p.id AS paymentId, c.year, c.contract_seq AS contractSeq, v.title AS contractTitle, p.date,
         p.amount_fen AS amountFen
       FROM contract_payment p JOIN contract c ON c.id = p.contract_id
       JOIN contract_version v ON v.contract_id = c.id AND v.version = c.current_version
       WHERE p.voucher_no = ? AND p.status <> 'rejected' ORDER BY p.id`,
    )
    .all(voucherNo) as VoucherUseDbRow[];
  return rows.map(({ year, contractSeq, ...use }) => ({
    ...use,
    contractNo: contractSeq === null ? null : contractNumbers.format(year, contractSeq),
  }));
}
