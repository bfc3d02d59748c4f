// 操作日志 of one contract: the audit rows of the contract itself (draft, signing, steps, amendments) and
// of its evaluations and payments, which carry their own ids, newest first.
import type { AuditPage } from '../../../../shared/contract/audit';
import type { Db } from '../../core/db/connection';
import { toAuditEntry, type AuditDbRow } from '../../core/audit-log';

const ofContract = `
  FROM audit_log
  WHERE (entity = 'contract' AND entity_id = @id)
     OR (entity = 'contract_evaluation'
         AND entity_id IN (SELECT id FROM contract_evaluation WHERE contract_id = @id))
     OR (entity = 'contract_payment'
         AND entity_id IN (SELECT id FROM contract_payment WHERE contract_id = @id))`;

export function selectContractAudit(
  db: Db,
  filter: { id: number; offset: number; limit: number },
): AuditPage {
  const total = (db.prepare(`SELECT count(*) AS n ${ofContract}`).get({ id: filter.id }) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * ${ofContract} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all(filter) as AuditDbRow[];
  return { rows: rows.map(toAuditEntry), total };
}
