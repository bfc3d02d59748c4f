// `cli check`: every posted record still hashes to what the audit row that posted it recorded. A record
// with no such row must be one a migration wrote, as the migration wrote it; any other was written behind
// the app's back (or its audit row was removed).
import type { Db } from '../db/connection';
import { sealedRecordHash, sealedRecords, type SealedRecord } from './sealed-records';
import { seededRecordsOf } from './shipped-schema';

export function sealedRecordFindings(db: Db): string[] {
  return sealedRecords.flatMap((sealed) => findingsOf(db, sealed));
}

function findingsOf(db: Db, sealed: SealedRecord): string[] {
  const audited = auditedHashes(db, sealed.entity);
  const ids = (db.prepare(sealed.listSql).all() as { id: number }[]).map((row) => row.id);
  const present = new Set(ids);
  // A sealed record never goes away nor back to a draft: one the log vouched for and that is gone was.
  const vanished = [...audited]
    .filter(([id]) => !present.has(id))
    .map(
      ([id, recorded]) =>
        `${sealed.label} ${id} 已不存在或已退回草稿，而操作日志第 ${recorded.auditId} 条记录过它：它被删除或改动过`,
    );
  const unshipped = [...seededRecordsOf(sealed.entity).keys()]
    .filter((id) => !present.has(id) && !audited.has(id))
    .map((id) => `程序发布时写入的${sealed.label} ${id} 已不存在或已退回草稿：它被删除或改动过`);
  const changed = ids.flatMap((id) => changedFindings(db, sealed, id, audited.get(id)));
  return [...vanished, ...unshipped, ...changed];
}

function changedFindings(
  db: Db,
  sealed: SealedRecord,
  id: number,
  recorded: { auditId: number; hash: string } | undefined,
): string[] {
  const hash = sealedRecordHash(db, sealed, id);
  if (recorded)
    return hash === recorded.hash
      ? []
      : [`${sealed.label} ${id} 与操作日志第 ${recorded.auditId} 条记录的内容不符：它在记账后被改动过`];
  const shipped = seededRecordsOf(sealed.entity).get(id);
  if (shipped === undefined)
    return [`${sealed.label} ${id} 没有记录其内容校验值的操作日志：它可能是绕过本程序写入的`];
  return hash === shipped ? [] : [`${sealed.label} ${id} 与程序发布时写入的内容不符：它被改动过`];
}

/** Per record id, the latest audit row that recorded its hash. */
function auditedHashes(db: Db, entity: string): Map<number, { auditId: number; hash: string }> {
  const rows = db
    .prepare(
      `SELECT id, entity_id, record_hash FROM audit_log WHERE id IN (
         SELECT max(id) FROM audit_log WHERE entity = ? AND record_hash IS NOT NULL GROUP BY entity_id)`,
    )
    .all(entity) as { id: number; entity_id: number; record_hash: string }[];
  return new Map(rows.map((row) => [row.entity_id, { auditId: row.id, hash: row.record_hash }]));
}
