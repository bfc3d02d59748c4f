// Queries of provider and provider_check: the rows as the services answer them, the list with each
// provider's contract figures, and its contract history.
import type { Db } from '../../core/db/connection';
import { escapeLike } from '../../core/audit-log';
import { contractNumbers } from '../contract-records';
import type {
  ContractState,
  Grade,
  Provider,
  ProviderContract,
  ProviderKind,
  ProviderRow,
  ProviderStatus,
  QualificationCheck,
  QualificationResult,
} from '../../../../shared/features/contracts/contract';

interface ProviderDbRow {
  id: number;
  name: string;
  kind: ProviderKind;
  uscc: string;
  id_number: string;
  registration_authority: string;
  legal_representative: string;
  contact_person: string;
  contact_phone: string;
  bank_name: string;
  bank_account: string;
  status: ProviderStatus;
  suspended_reason: string;
  note: string;
  created_at: string;
  updated_at: string;
}

interface CheckDbRow {
  id: number;
  provider_id: number;
  checked_on: string;
  checked_by: string;
  credit_china: QualificationResult;
  procurement_blacklist: QualificationResult;
  declaration_received: number;
  note: string;
  recorded_by: string;
  recorded_at: string;
}

/** The fields a clerk enters, as the services pass them on. */
export interface ProviderFields {
  name: string;
  kind: ProviderKind;
  uscc: string;
  idNumber: string;
  registrationAuthority: string;
  legalRepresentative: string;
  contactPerson: string;
  contactPhone: string;
  bankName: string;
  bankAccount: string;
  note: string;
}

function toCheck(row: CheckDbRow): QualificationCheck {
  return {
    id: row.id,
    providerId: row.provider_id,
    checkedOn: row.checked_on,
    checkedBy: row.checked_by,
    creditChina: row.credit_china,
    procurementBlacklist: row.procurement_blacklist,
    declarationReceived: row.declaration_received === 1,
    note: row.note,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

function toProvider(row: ProviderDbRow, lastCheck: QualificationCheck | null): Provider {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    uscc: row.uscc,
    idNumber: row.id_number,
    registrationAuthority: row.registration_authority,
    legalRepresentative: row.legal_representative,
    contactPerson: row.contact_person,
    contactPhone: row.contact_phone,
    bankName: row.bank_name,
    bankAccount: row.bank_account,
    status: row.status,
    suspendedReason: row.suspended_reason,
    note: row.note,
    lastCheck,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The newest check first: by the day looked up, then by the order recorded. */
export function selectChecks(db: Db, providerId: number): QualificationCheck[] {
  const rows = db
    .prepare('SELECT * FROM provider_check WHERE provider_id = ? ORDER BY checked_on DESC, id DESC')
    .all(providerId) as CheckDbRow[];
  return rows.map(toCheck);
}

/** Each provider's newest check, in one query for the whole list. */
function latestChecks(db: Db): Map<number, QualificationCheck> {
  const rows = db
    .prepare(
      `SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY provider_id ORDER BY checked_on DESC, id DESC) AS newest
       FROM provider_check) WHERE newest = 1`,
    )
    .all() as CheckDbRow[];
  return new Map(rows.map((row) => [row.provider_id, toCheck(row)]));
}

export function findProvider(db: Db, id: number): Provider | undefined {
  const row = db.prepare('SELECT * FROM provider WHERE id = ?').get(id) as ProviderDbRow | undefined;
  return row && toProvider(row, selectChecks(db, id)[0] ?? null);
}

/** Another provider already carrying the name, USCC or ID number, for the conflict message. */
export function findClash(
  db: Db,
  fields: Pick<ProviderFields, 'name' | 'uscc' | 'idNumber'>,
  exceptId: number,
): { field: 'name' | 'uscc' | 'idNumber'; name: string } | undefined {
  const row = db
    .prepare(
      `SELECT name, CASE WHEN name = @name THEN 'name' WHEN @uscc <> '' AND uscc = @uscc THEN 'uscc' ELSE 'idNumber' END AS field
       FROM provider WHERE id <> @exceptId
         AND (name = @name OR (@uscc <> '' AND uscc = @uscc) OR (@idNumber <> '' AND id_number = @idNumber))
       ORDER BY id LIMIT 1`,
    )
    .get({ ...fields, exceptId }) as { field: 'name' | 'uscc' | 'idNumber'; name: string } | undefined;
  return row;
}

const columns = `name = @name, kind = @kind, uscc = @uscc, id_number = @idNumber,
  registration_authority = @registrationAuthority, legal_representative = @legalRepresentative,
  contact_person = @contactPerson, contact_phone = @contactPhone, bank_name = @bankName,
  bank_account = @bankAccount, note = @note`;

export function insertProvider(db: Db, fields: ProviderFields, at: string): number {
  const result = db
    .prepare(
      `INSERT INTO provider (name, kind, uscc, id_number, registration_authority, legal_representative,
         contact_person, contact_phone, bank_name, bank_account, note, created_at, updated_at)
       VALUES (@name, @kind, @uscc, @idNumber, @registrationAuthority, @legalRepresentative, @contactPerson,
         @contactPhone, @bankName, @bankAccount, @note, @at, @at)`,
    )
    .run({ ...fields, at });
  return Number(result.lastInsertRowid);
}

export function updateProviderRow(db: Db, id: number, fields: ProviderFields, at: string): void {
  db.prepare(`UPDATE provider SET ${columns}, updated_at = @at WHERE id = @id`).run({ ...fields, id, at });
}

export function setProviderStatus(
  db: Db,
  id: number,
  status: ProviderStatus,
  reason: string,
  at: string,
): void {
  db.prepare('UPDATE provider SET status = ?, suspended_reason = ?, updated_at = ? WHERE id = ?').run(
    status,
    reason,
    at,
    id,
  );
}

export interface CheckFields {
  providerId: number;
  checkedOn: string;
  checkedBy: string;
  creditChina: QualificationResult;
  procurementBlacklist: QualificationResult;
  declarationReceived: boolean;
  note: string;
}

export function insertCheck(db: Db, check: CheckFields, by: string, at: string): number {
  const result = db
    .prepare(
      `INSERT INTO provider_check (provider_id, checked_on, checked_by, credit_china, procurement_blacklist,
         declaration_received, note, recorded_by, recorded_at)
       VALUES (@providerId, @checkedOn, @checkedBy, @creditChina, @procurementBlacklist, @declared, @note, @by, @at)`,
    )
    .run({ ...check, declared: check.declarationReceived ? 1 : 0, by, at });
  return Number(result.lastInsertRowid);
}

/** A contract's latest grade: the evaluation dated last (recorded last on the same day). */
export const lastGradeSql = (contractColumn: string) =>
  `(SELECT e.grade FROM contract_evaluation e WHERE e.contract_id = ${contractColumn}
    ORDER BY e.evaluated_on DESC, e.id DESC LIMIT 1)`;

/** What was paid on a contract: approved payments, reversals (negative) included. */
export const paidSql = (contractColumn: string) =>
  `(SELECT coalesce(sum(p.amount_fen), 0) FROM contract_payment p
    WHERE p.contract_id = ${contractColumn} AND p.status = 'paid')`;

export function listProviderRows(
  db: Db,
  filter: { search: string; kind?: ProviderKind; status?: ProviderStatus },
): ProviderRow[] {
  const rows = db
    .prepare(
      `SELECT p.*,
         (SELECT count(*) FROM contract c WHERE c.provider_id = p.id) AS contracts,
         (SELECT coalesce(sum(v.price_fen), 0) FROM contract c
            JOIN contract_version v ON v.contract_id = c.id AND v.version = c.current_version
            WHERE c.provider_id = p.id AND c.state <> 'draft') AS contracted,
         (SELECT coalesce(sum(pay.amount_fen), 0) FROM contract_payment pay JOIN contract c ON c.id = pay.contract_id
            WHERE c.provider_id = p.id AND pay.status = 'paid') AS paid,
         (SELECT e.grade FROM contract_evaluation e JOIN contract c ON c.id = e.contract_id
            WHERE c.provider_id = p.id ORDER BY e.evaluated_on DESC, e.id DESC LIMIT 1) AS lastGrade
       FROM provider p
       WHERE (@search = '' OR p.name LIKE @pattern ESCAPE '\\' OR p.uscc LIKE @pattern ESCAPE '\\')
         AND (@kind IS NULL OR p.kind = @kind) AND (@status IS NULL OR p.status = @status)
       ORDER BY p.name, p.id`,
    )
    .all({
      search: filter.search,
      pattern: `%${escapeLike(filter.search)}%`,
      kind: filter.kind ?? null,
      status: filter.status ?? null,
    }) as (ProviderDbRow & {
    contracts: number;
    contracted: number;
    paid: number;
    lastGrade: Grade | null;
  })[];
  const checks = latestChecks(db);
  return rows.map((row) => ({
    ...toProvider(row, checks.get(row.id) ?? null),
    contracts: row.contracts,
    contractedFen: row.contracted,
    paidFen: row.paid,
    lastGrade: row.lastGrade,
  }));
}

export function selectProviderHistory(db: Db, providerId: number): ProviderContract[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.year, c.contract_seq AS seq, c.state, v.title, v.price_fen AS price, m.name AS communityName,
         ${paidSql('c.id')} AS paid, ${lastGradeSql('c.id')} AS lastGrade
       FROM contract c
       JOIN contract_version v ON v.contract_id = c.id AND v.version = c.current_version
       JOIN community m ON m.id = c.community_id
       WHERE c.provider_id = ? ORDER BY c.year DESC, c.contract_seq IS NULL, c.contract_seq DESC, c.id DESC`,
    )
    .all(providerId) as {
    id: number;
    year: number;
    seq: number | null;
    state: ContractState;
    title: string;
    price: number;
    communityName: string;
    paid: number;
    lastGrade: Grade | null;
  }[];
  return rows.map((row) => ({
    contractId: row.id,
    contractNo: row.seq === null ? null : contractNumbers.format(row.year, row.seq),
    title: row.title,
    year: row.year,
    communityName: row.communityName,
    state: row.state,
    priceFen: row.price,
    paidFen: row.paid,
    lastGrade: row.lastGrade,
  }));
}

/** The office's setting: how old the last qualification check may be when a contract is signed. */
export function checkMaxAgeDays(db: Db): number {
  return (
    db.prepare('SELECT check_max_age_days AS days FROM contract_settings WHERE id = 1').get() as {
      days: number;
    }
  ).days;
}
