// Queries of fund_donor and fund_donation: the rows as the services answer them, each donation with its
// voucher, its posted refunds and its 票据.
import type { Db } from '../../core/db/connection';
import { escapeLike } from '../../core/audit-log';
import { voucherNumber } from '../fund-records';
import type {
  Donation,
  DonationChannel,
  Donor,
  DonorKind,
  DonorRow,
  VoucherState,
} from '../../../../shared/features/fund/donations/contract';

interface DonorDbRow {
  id: number;
  kind: DonorKind;
  name: string;
  uscc: string;
  contact_person: string;
  phone: string;
  address: string;
  anonymous: number;
  published_name: string;
  note: string;
  created_at: string;
  updated_at: string;
}

function donorOf(row: DonorDbRow): Donor {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    uscc: row.uscc,
    contactPerson: row.contact_person,
    phone: row.phone,
    address: row.address,
    anonymous: row.anonymous === 1,
    publishedName: row.published_name,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findDonor(db: Db, id: number): Donor | null {
  const row = db.prepare('SELECT * FROM fund_donor WHERE id = ?').get(id) as DonorDbRow | undefined;
  return row ? donorOf(row) : null;
}

export function findDonorByUscc(db: Db, uscc: string, exceptId: number): Donor | null {
  if (uscc === '') return null;
  const row = db.prepare('SELECT * FROM fund_donor WHERE uscc = ? AND id <> ?').get(uscc, exceptId) as
    DonorDbRow | undefined;
  return row ? donorOf(row) : null;
}

// Posted donations, less their posted refunds (a reversed one no longer counts).
const givenSql = `
  SELECT d.donor_id, count(*) AS donations, max(d.donation_date) AS last_date,
         sum(CASE WHEN v.state = 'posted' AND v.reversed_by_id IS NULL THEN d.amount_fen ELSE 0 END) AS given
    FROM fund_donation d LEFT JOIN fund_voucher v ON v.donation_id = d.id AND v.kind = 'donation'
   GROUP BY d.donor_id`;

export function listDonorRows(
  db: Db,
  filter: { search: string; page: number; pageSize: number },
): { rows: DonorRow[]; total: number } {
  const where = `WHERE (@search = '' OR o.name LIKE @pattern ESCAPE '\\' OR o.published_name LIKE @pattern ESCAPE '\\'
      OR o.uscc LIKE @pattern ESCAPE '\\' OR o.phone LIKE @pattern ESCAPE '\\')`;
  const params = {
    search: filter.search,
    pattern: `%${escapeLike(filter.search)}%`,
    limit: filter.pageSize,
    offset: (filter.page - 1) * filter.pageSize,
  };
  const total = (db.prepare(`SELECT count(*) AS n FROM fund_donor o ${where}`).get(params) as { n: number })
    .n;
  const rows = db
    .prepare(
      `SELECT o.*, coalesce(g.donations, 0) AS donations, g.last_date, coalesce(g.given, 0) AS given
         FROM fund_donor o LEFT JOIN (${givenSql}) g ON g.donor_id = o.id
         ${where} ORDER BY o.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as (DonorDbRow & { donations: number; last_date: string | null; given: number })[];
  const refunds = refundsByDonor(db);
  return {
    total,
    rows: rows.map((row) => ({
      ...donorOf(row),
      donations: row.donations,
      lastDonationDate: row.last_date,
      givenFen: row.given - (refunds.get(row.id) ?? 0),
    })),
  };
}

function refundsByDonor(db: Db): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT d.donor_id, sum(l.debit_fen) AS fen
         FROM fund_voucher v JOIN fund_donation d ON d.id = v.donation_id
         JOIN fund_voucher_line l ON l.voucher_id = v.id
        WHERE v.kind = 'refund' AND v.state = 'posted' AND v.reversed_by_id IS NULL AND l.debit_fen > 0
        GROUP BY d.donor_id`,
    )
    .all() as { donor_id: number; fen: number }[];
  return new Map(rows.map((row) => [row.donor_id, row.fen]));
}

interface DonationDbRow {
  id: number;
  donor_id: number;
  donor_name: string;
  published_name: string;
  donation_date: string;
  amount_fen: number;
  channel: DonationChannel;
  platform: string;
  in_kind_description: string;
  valuation_basis: string;
  designation_id: number | null;
  designation_name: string | null;
  note: string;
  receipt_code: string;
  receipt_number: string;
  receipt_check_code: string;
  receipt_date: string | null;
  created_at: string;
  updated_at: string;
  voucher_id: number | null;
  voucher_state: VoucherState | null;
  period: string | null;
  seq: number | null;
  refunded: number;
}

/** Every donation with its own voucher (the latest 'donation' voucher naming it) and posted refunds. */
const donationSelect = `
  SELECT d.*, o.name AS donor_name, o.published_name, g.name AS designation_name,
         v.id AS voucher_id, v.state AS voucher_state, v.period, v.seq,
         coalesce((SELECT sum(l.debit_fen) FROM fund_voucher r JOIN fund_voucher_line l ON l.voucher_id = r.id
                    WHERE r.donation_id = d.id AND r.kind = 'refund' AND r.state = 'posted'
                      AND r.reversed_by_id IS NULL AND l.debit_fen > 0), 0) AS refunded
    FROM fund_donation d
    JOIN fund_donor o ON o.id = d.donor_id
    LEFT JOIN fund_designation g ON g.id = d.designation_id
    LEFT JOIN fund_voucher v ON v.id = (SELECT max(id) FROM fund_voucher
                                         WHERE donation_id = d.id AND kind = 'donation')`;

function donationOf(row: DonationDbRow): Donation {
  return {
    id: row.id,
    donorId: row.donor_id,
    donorName: row.donor_name,
    publishedName: row.published_name,
    date: row.donation_date,
    amountFen: row.amount_fen,
    channel: row.channel,
    platform: row.platform,
    inKindDescription: row.in_kind_description,
    valuationBasis: row.valuation_basis,
    designationId: row.designation_id,
    designationName: row.designation_name ?? '非限定性',
    note: row.note,
    voucherId: row.voucher_id,
    voucherNumber: row.period !== null && row.seq !== null ? voucherNumber(row.period, row.seq) : null,
    voucherState: row.voucher_state,
    refundedFen: row.refunded,
    receipt:
      row.receipt_number === ''
        ? null
        : {
            code: row.receipt_code,
            number: row.receipt_number,
            checkCode: row.receipt_check_code,
            date: row.receipt_date ?? '',
          },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findDonation(db: Db, id: number): Donation | null {
  const row = db.prepare(`${donationSelect} WHERE d.id = ?`).get(id) as DonationDbRow | undefined;
  return row ? donationOf(row) : null;
}

export interface DonationFilter {
  year?: number;
  month?: number;
  designationId?: number;
  channel?: DonationChannel;
  donorId?: number;
  awaitingReceipt: boolean;
}

function filterSql(filter: DonationFilter): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.year !== undefined) {
    const prefix =
      filter.month !== undefined
        ? `${filter.year}-${String(filter.month).padStart(2, '0')}`
        : `${filter.year}`;
    clauses.push(`d.donation_date LIKE @datePrefix`);
    params.datePrefix = `${prefix}-%`;
  } else if (filter.month !== undefined) {
    clauses.push(`substr(d.donation_date, 6, 2) = @month`);
    params.month = String(filter.month).padStart(2, '0');
  }
  if (filter.designationId !== undefined) {
    if (filter.designationId === 0) clauses.push('d.designation_id IS NULL');
    else {
      clauses.push('d.designation_id = @designationId');
      params.designationId = filter.designationId;
    }
  }
  if (filter.channel !== undefined) {
    clauses.push('d.channel = @channel');
    params.channel = filter.channel;
  }
  if (filter.donorId !== undefined) {
    clauses.push('d.donor_id = @donorId');
    params.donorId = filter.donorId;
  }
  if (filter.awaitingReceipt) clauses.push(`v.state = 'posted' AND d.receipt_number = ''`);
  return { where: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

export function listDonationRows(
  db: Db,
  filter: DonationFilter,
  order = 'd.donation_date DESC, d.id DESC',
): Donation[] {
  const { where, params } = filterSql(filter);
  const rows = db.prepare(`${donationSelect} ${where} ORDER BY ${order}`).all(params) as DonationDbRow[];
  return rows.map(donationOf);
}

export function findReceiptClash(db: Db, code: string, number: string, exceptId: number): number | null {
  const row = db
    .prepare('SELECT id FROM fund_donation WHERE receipt_code = ? AND receipt_number = ? AND id <> ? LIMIT 1')
    .get(code, number, exceptId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** 票据代码+号码 recorded on more than one donation (of the year, when given). */
export function duplicateReceipts(
  db: Db,
  yearPrefix: string | null,
): { code: string; number: string; donationIds: number[] }[] {
  const rows = db
    .prepare(
      `SELECT receipt_code AS code, receipt_number AS number, group_concat(id) AS ids
         FROM (SELECT * FROM fund_donation WHERE receipt_number <> ''
                 AND (@prefix IS NULL OR donation_date LIKE @prefix) ORDER BY id)
        GROUP BY receipt_code, receipt_number HAVING count(*) > 1
        ORDER BY receipt_code, receipt_number`,
    )
    .all({ prefix: yearPrefix === null ? null : `${yearPrefix}-%` }) as {
    code: string;
    number: string;
    ids: string;
  }[];
  return rows.map((row) => ({
    code: row.code,
    number: row.number,
    donationIds: row.ids.split(',').map(Number),
  }));
}
