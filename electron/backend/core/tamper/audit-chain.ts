// The audit log as a hash chain: each row's row_hash is the SHA-256 over the previous row's row_hash and
// the row's own canonical content, so a row edited, inserted or removed in the middle by raw SQL breaks
// every link after it, and `cli check` names the first broken one. The chain has no secret: it does not
// stop someone who recomputes every hash, it makes a quiet edit with a SQLite browser visible.
import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statements';
import { canonicalJson, sha256 } from './canonical';
import { sealedRecordHash, sealedRecordOf } from './sealed-records';

/** An audit row as stored, every column the chain covers. */
export interface ChainedAuditRow {
  id: number;
  at: string;
  actor: string;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  record_hash: string | null;
}

/** The hash before the first row. */
const chainStart = '';

export function rowHash(previousHash: string, row: ChainedAuditRow): string {
  const { id, at, actor, user_id, action, entity, entity_id, summary, before_json, after_json } = row;
  const content = [id, at, actor, user_id, action, entity, entity_id, summary, before_json, after_json];
  return sha256(`${previousHash}\n${canonicalJson([...content, row.record_hash])}`);
}

/** The next row's id and the hash it links to; read inside the writing transaction, so no row slips in. */
export function chainTail(db: Db): { nextId: number; previousHash: string } {
  const last = cachedStatement(db, 'SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; row_hash: string | null } | undefined;
  return { nextId: (last?.id ?? 0) + 1, previousHash: last?.row_hash ?? chainStart };
}

/** The hash of the posted record an audit row names, when it names one in its sealed state. */
export function recordHashFor(db: Db, entity: string, entityId: number | null): string | null {
  const sealed = sealedRecordOf(entity);
  return sealed && entityId !== null ? sealedRecordHash(db, sealed, entityId) : null;
}

/**
 * Chains the rows written before migration 0013, run in that migration's transaction. The latest row
 * naming each sealed record is given the record's hash as it stands now: from here on an edit shows.
 */
export function chainExistingAudit(db: Db): void {
  const latest = new Set(
    (
      db.prepare('SELECT max(id) AS id FROM audit_log GROUP BY entity, entity_id').all() as { id: number }[]
    ).map((row) => row.id),
  );
  const update = db.prepare('UPDATE audit_log SET record_hash = ?, row_hash = ? WHERE id = ?');
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as ChainedAuditRow[];
  let previous = chainStart;
  for (const row of rows) {
    const recordHash = latest.has(row.id) ? recordHashFor(db, row.entity, row.entity_id) : null;
    previous = rowHash(previous, { ...row, record_hash: recordHash });
    update.run(recordHash, previous, row.id);
  }
}

/** The first broken link, in the clerk's words, or none. */
export function auditChainFindings(db: Db): string[] {
  let previous = chainStart;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as Iterable<
    ChainedAuditRow & { row_hash: string | null }
  >) {
    const expected = rowHash(previous, row);
    if (row.row_hash !== expected)
      return [
        `操作日志第 ${row.id} 条的校验值不符：该条或它之前的记录被改动、插入或删除过，操作日志从这一条起不可信`,
      ];
    previous = expected;
  }
  return [];
}
