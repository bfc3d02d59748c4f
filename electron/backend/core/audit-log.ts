// Queries of audit_log: append a row, read a filtered page.
import type { AuditAction, AuditEntity, AuditEntry } from '../../../shared/contract/audit';
import type { Db } from './db/connection';
import { cachedStatement } from './db/statements';
import { chainTail, recordHashFor, rowHash, type ChainedAuditRow } from './tamper/audit-chain';

export interface AuditRowInput {
  at: string;
  actor: string;
  /** The signed-in user; null on rows from before users existed and on failed sign-ins of no user. */
  userId: number | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId: number | null;
  summary: string;
  before: unknown;
  after: unknown;
}

/** Appends the row linked into the hash chain, with the hash of the posted record it names (if any). */
export function insertAuditRow(db: Db, row: AuditRowInput): void {
  const { nextId, previousHash } = chainTail(db);
  const stored: ChainedAuditRow = {
    id: nextId,
    at: row.at,
    actor: row.actor,
    user_id: row.userId,
    action: row.action,
    entity: row.entity,
    entity_id: row.entityId,
    summary: row.summary,
    before_json: row.before === null || row.before === undefined ? null : JSON.stringify(row.before),
    after_json: row.after === null || row.after === undefined ? null : JSON.stringify(row.after),
    record_hash: recordHashFor(db, row.entity, row.entityId),
  };
  cachedStatement(
    db,
    `INSERT INTO audit_log (id, at, actor, user_id, action, entity, entity_id, summary, before_json, after_json,
       record_hash, row_hash)
     VALUES (@id, @at, @actor, @user_id, @action, @entity, @entity_id, @summary, @before_json, @after_json,
       @record_hash, @row_hash)`,
  ).run({ ...stored, row_hash: rowHash(previousHash, stored) });
}

export interface AuditFilter {
  entity?: AuditEntity | undefined;
  action?: AuditAction | undefined;
  from?: string | undefined;
  to?: string | undefined;
  search: string;
  offset: number;
  limit: number;
}

export interface AuditDbRow {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: AuditEntity;
  entity_id: number | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
}

const filterSql = `
  FROM audit_log
  WHERE (@entity IS NULL OR entity = @entity)
    AND (@action IS NULL OR action = @action)
    AND (@from IS NULL OR substr(at, 1, 10) >= @from)
    AND (@to IS NULL OR substr(at, 1, 10) <= @to)
    AND (@search = '' OR summary LIKE '%' || @search || '%' ESCAPE '\\' OR actor LIKE '%' || @search || '%' ESCAPE '\\')`;

export function listAuditRows(db: Db, filter: AuditFilter): { rows: AuditEntry[]; total: number } {
  const params = {
    entity: filter.entity ?? null,
    action: filter.action ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    search: escapeLike(filter.search),
  };
  const total = (db.prepare(`SELECT count(*) AS n ${filterSql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * ${filterSql} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: filter.limit, offset: filter.offset }) as AuditDbRow[];
  return { rows: rows.map(toAuditEntry), total };
}

export function toAuditEntry(row: AuditDbRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    summary: row.summary,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
  };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
