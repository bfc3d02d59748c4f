// 操作日志 of one welfare project: its own audit rows, newest first (its vouchers keep theirs).
import type { AuditPage } from '../../../../shared/contract/audit';
import { toAuditEntry, type AuditDbRow } from '../../core/audit-log';
import type { Db } from '../../core/db/connection';

export function selectProjectAudit(db: Db, filter: { id: number; offset: number; limit: number }): AuditPage {
  const where = `FROM audit_log WHERE entity = 'fund_project' AND entity_id = @id`;
  const total = (db.prepare(`SELECT count(*) AS n ${where}`).get({ id: filter.id }) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all(filter) as AuditDbRow[];
  return { rows: rows.map(toAuditEntry), total };
}
