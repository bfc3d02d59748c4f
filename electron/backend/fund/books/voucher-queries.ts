// Reading vouchers: a filtered page of rows, one voucher with its lines and links, its audit rows.
import type { ParsedInput } from '../../../../shared/contract';
import type { AuditPage } from '../../../../shared/contract/audit';
import type {
  VoucherDetail,
  VoucherLineView,
  VoucherLink,
  VoucherPage,
  VoucherRow,
} from '../../../../shared/features/fund/books/contract';
import { toAuditEntry, type AuditDbRow } from '../../core/audit-log';
import type { Db } from '../../core/db/connection';
import { approvalsOf, preparersOf } from '../../core/people/separation';
import { voucherNumber, voucherRecord } from '../fund-records';

const numberOf = (period: string | null, seq: number | null) =>
  period !== null && seq !== null ? voucherNumber(period, seq) : null;

function link(db: Db, id: number | null): VoucherLink | null {
  if (id === null) return null;
  const row = db.prepare('SELECT period, seq FROM fund_voucher WHERE id = ?').get(id) as
    { period: string | null; seq: number | null } | undefined;
  return row ? { id, number: numberOf(row.period, row.seq) } : null;
}

const reviewerOf = (db: Db, id: number) =>
  approvalsOf(db, voucherRecord(id)).findLast((approval) => approval.step === 'review')?.displayName ?? null;

/** Lines as the voucher shows them: posted lines once posted, the draft lines before. */
function linesOf(db: Db, id: number, posted: boolean): VoucherLineView[] {
  return db
    .prepare(
      `SELECT l.line_no AS lineNo, l.account_id AS accountId, a.code AS accountCode, a.name AS accountName,
         l.designation_id AS designationId, d.name AS designationName, l.summary, l.debit_fen AS debitFen,
         l.credit_fen AS creditFen
       FROM ${posted ? 'fund_voucher_line' : 'fund_draft_line'} l
       JOIN fund_account a ON a.id = l.account_id
       LEFT JOIN fund_designation d ON d.id = l.designation_id
       WHERE l.voucher_id = ? ORDER BY l.line_no`,
    )
    .all(id) as VoucherLineView[];
}

/** A red reversal awaiting review keeps no lines of its own: posting writes the original's lines negated,
 * so until then it shows (and totals) exactly those. */
function pendingReversal(row: { kind: string; state: string; reversesId: number | null }): boolean {
  return row.kind === 'reversal' && row.state !== 'posted' && row.reversesId !== null;
}

function negatedLinesOf(db: Db, originalId: number): VoucherLineView[] {
  return linesOf(db, originalId, true).map((line) => ({
    ...line,
    // 0 - x, not -x: an empty side stays 0, never -0.
    debitFen: 0 - line.debitFen,
    creditFen: 0 - line.creditFen,
  }));
}

interface DetailRow {
  id: number;
  kind: VoucherDetail['kind'];
  state: VoucherDetail['state'];
  date: string;
  summary: string;
  attachments: number;
  hostReference: string;
  counterparty: string;
  providerId: number | null;
  providerName: string | null;
  donationId: number | null;
  designationId: number | null;
  designationName: string | null;
  liftConsent: string;
  createdAt: string;
  createdBy: string;
  submittedAt: string | null;
  postedAt: string | null;
  postedBy: string | null;
  rejectReason: string;
  reversesId: number | null;
  reversedById: number | null;
  sourceId: number | null;
  supplementsId: number | null;
  period: string | null;
  seq: number | null;
}

export function selectVoucherDetail(db: Db, id: number): VoucherDetail | undefined {
  const row = db
    .prepare(
      `SELECT v.id, v.kind, v.state, v.voucher_date AS date, v.summary, v.attachments,
         v.host_reference AS hostReference, v.counterparty, v.provider_id AS providerId, p.name AS providerName,
         v.donation_id AS donationId, v.designation_id AS designationId, d.name AS designationName,
         v.lift_consent AS liftConsent, v.created_at AS createdAt, v.created_by AS createdBy,
         v.submitted_at AS submittedAt, v.posted_at AS postedAt, v.posted_by AS postedBy,
         v.reject_reason AS rejectReason, v.reverses_id AS reversesId, v.reversed_by_id AS reversedById,
         v.source_id AS sourceId, v.supplements_id AS supplementsId, v.period, v.seq
       FROM fund_voucher v
       LEFT JOIN provider p ON p.id = v.provider_id
       LEFT JOIN fund_designation d ON d.id = v.designation_id
       WHERE v.id = ?`,
    )
    .get(id) as DetailRow | undefined;
  if (!row) return undefined;
  const { reversesId, reversedById, sourceId, supplementsId, period, seq, ...rest } = row;
  const lines = pendingReversal(row)
    ? negatedLinesOf(db, reversesId!)
    : linesOf(db, id, row.state === 'posted');
  const preparers = preparersOf(db, voucherRecord(id)).map((preparer) => preparer.displayName);
  const release = db.prepare('SELECT id FROM fund_voucher WHERE source_id = ?').get(id) as
    { id: number } | undefined;
  return {
    ...rest,
    number: numberOf(period, seq),
    lines,
    debitTotalFen: lines.reduce((total, line) => total + line.debitFen, 0),
    creditTotalFen: lines.reduce((total, line) => total + line.creditFen, 0),
    preparer: preparers[0] ?? null,
    preparers,
    reviewer: reviewerOf(db, id),
    reverses: link(db, reversesId),
    reversedBy: link(db, reversedById),
    release: link(db, release?.id ?? null),
    source: link(db, sourceId),
    supplements: link(db, supplementsId),
  };
}

type VoucherFilter = ParsedInput<'fund.vouchers'>;

/** The dates a filter's period and year allow, as a range the voucher_date index answers (a LIKE
 * would scan every voucher). */
function dateRange(filter: VoucherFilter): { from: string; to: string } | null {
  if (filter.period === null && filter.year === null) return null;
  const ranges = [
    filter.period !== null ? { from: `${filter.period}-01`, to: `${filter.period}-31` } : null,
    filter.year !== null ? { from: `${filter.year}-01-01`, to: `${filter.year}-12-31` } : null,
  ].filter((range) => range !== null);
  return {
    from: ranges.reduce((max, range) => (range.from > max ? range.from : max), ''),
    to: ranges.reduce((min, range) => (range.to < min ? range.to : min), '9999-12-31'),
  };
}

// A voucher's Σ debit: posted lines once posted, its draft lines before; a reversal awaiting review,
// which has no lines yet, the original's negated.
const debitSql = `CASE WHEN v.state = 'posted'
    THEN (SELECT coalesce(sum(debit_fen), 0) FROM fund_voucher_line WHERE voucher_id = v.id)
    WHEN v.kind = 'reversal'
    THEN -(SELECT coalesce(sum(debit_fen), 0) FROM fund_voucher_line WHERE voucher_id = v.reverses_id)
    ELSE (SELECT coalesce(sum(debit_fen), 0) FROM fund_draft_line WHERE voucher_id = v.id) END`;

/**
 * Σ debit over every voucher a filter of dates and state finds: the posted ones from the month totals
 * (a posted line's month is its voucher's), the few unposted ones from their draft lines. Null when the
 * filter also names a kind or a search, whose vouchers only their lines can sum.
 */
function debitTotalByMonths(db: Db, filter: VoucherFilter, range: { from: string; to: string } | null) {
  if (filter.kind !== null || filter.search !== '') return null;
  const months = { from: range?.from.slice(0, 7) ?? '', to: range?.to.slice(0, 7) ?? '9999-12' };
  const posted =
    filter.state === null || filter.state === 'posted'
      ? (
          db
            .prepare(
              `SELECT coalesce(sum(debit_fen), 0) AS fen FROM fund_period_total WHERE period BETWEEN ? AND ?`,
            )
            .get(months.from, months.to) as { fen: number }
        ).fen
      : 0;
  const unposted =
    filter.state !== 'posted'
      ? (
          db
            .prepare(
              `SELECT coalesce(sum(${debitSql}), 0) AS fen FROM fund_voucher v
               WHERE v.state <> 'posted' AND v.state = coalesce(?, v.state) AND v.voucher_date BETWEEN ? AND ?`,
            )
            .get(filter.state, range?.from ?? '', range?.to ?? '9999-12-31') as { fen: number }
        ).fen
      : 0;
  return posted + unposted;
}

export function selectVouchers(db: Db, filter: VoucherFilter): VoucherPage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const range = dateRange(filter);
  if (range !== null) {
    where.push('v.voucher_date BETWEEN @from AND @to');
    Object.assign(params, range);
  }
  if (filter.state !== null) {
    where.push('v.state = @state');
    params.state = filter.state;
  }
  if (filter.kind !== null) {
    where.push('v.kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.search !== '') {
    where.push(
      `(instr(v.summary, @search) > 0 OR (v.seq IS NOT NULL AND instr('记-' || v.period || '-' || printf('%04d', v.seq), @search) > 0))`,
    );
    params.search = filter.search;
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const count = (
    db.prepare(`SELECT count(*) AS count FROM fund_voucher v ${clause}`).get(params) as { count: number }
  ).count;
  const debitTotalFen =
    debitTotalByMonths(db, filter, range) ??
    (
      db.prepare(`SELECT coalesce(sum(${debitSql}), 0) AS fen FROM fund_voucher v ${clause}`).get(params) as {
        fen: number;
      }
    ).fen;
  const rows = db
    .prepare(
      `SELECT v.id, v.period, v.seq, v.voucher_date AS date, v.summary, v.kind, v.state, ${debitSql} AS debitTotalFen,
         v.reversed_by_id AS reversedById, v.reverses_id AS reversesId
       FROM fund_voucher v ${clause}
       ORDER BY v.voucher_date DESC, v.period IS NULL, v.seq DESC, v.id DESC
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: filter.limit, offset: filter.offset }) as (Omit<
    VoucherRow,
    'number' | 'preparer' | 'reviewer' | 'reversedBy' | 'reverses'
  > & {
    period: string | null;
    seq: number | null;
    reversedById: number | null;
    reversesId: number | null;
  })[];
  return {
    count,
    debitTotalFen,
    rows: rows.map(({ period, seq, reversedById, reversesId, ...row }) => ({
      ...row,
      number: numberOf(period, seq),
      preparer: preparersOf(db, voucherRecord(row.id))[0]?.displayName ?? null,
      reviewer: reviewerOf(db, row.id),
      reversedBy: link(db, reversedById),
      reverses: link(db, reversesId),
    })),
  };
}

export function selectVoucherAudit(db: Db, id: number): AuditPage {
  const rows = db
    .prepare(`SELECT * FROM audit_log WHERE entity = 'fund_voucher' AND entity_id = ? ORDER BY id DESC`)
    .all(id) as AuditDbRow[];
  return { rows: rows.map(toAuditEntry), total: rows.length };
}
