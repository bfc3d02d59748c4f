// The posted records whose content the audit log vouches for: when an audit row names one of these in its
// sealed state, record_hash holds the SHA-256 of the record's canonical JSON, and `cli check` hashes the
// record again. Declared here rather than by each feature because the audit log itself must know, at write
// time, what an event posted; each entry reads only tables its feature declares as posted.
import type { AuditEntity } from '../../../../shared/contract/audit';
import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statements';
import { canonicalJson, sha256 } from './canonical';

export interface SealedRecord {
  entity: AuditEntity;
  /** What the record is called in a finding: 拨付记录. */
  label: string;
  /** The ids of every record in its sealed state. */
  listSql: string;
  /** The record's rows by id (the audit row's entity_id), each query returning nothing while unsealed. */
  contentSql: string[];
}

/** A header sealed once its status reaches `status`, with the item rows it freezes. */
function sealedByStatus(
  entity: AuditEntity,
  label: string,
  names: { table: string; key: string; status: string; items: string; itemKey: string },
): SealedRecord {
  const { table, key, status, items, itemKey } = names;
  return {
    entity,
    label,
    listSql: `SELECT ${key} AS id FROM ${table} WHERE status = '${status}'`,
    contentSql: [
      `SELECT * FROM ${table} WHERE ${key} = ? AND status = '${status}'`,
      `SELECT i.* FROM ${items} i JOIN ${table} h ON h.${key} = i.${itemKey}
       WHERE i.${itemKey} = ? AND h.status = '${status}' ORDER BY i.rowid`,
    ],
  };
}

export const sealedRecords: SealedRecord[] = [
  {
    entity: 'disbursement',
    label: '拨付记录',
    listSql: 'SELECT id FROM disbursement',
    contentSql: ['SELECT * FROM disbursement WHERE id = ?'],
  },
  {
    entity: 'adjustment',
    label: '核定调整记录',
    listSql: 'SELECT id FROM allocation_adjustment',
    contentSql: ['SELECT * FROM allocation_adjustment WHERE id = ?'],
  },
  sealedByStatus('allocation', '已审批的年度核定', {
    table: 'allocation_year',
    key: 'year',
    status: 'approved',
    items: 'allocation_line',
    itemKey: 'year',
  }),
  sealedByStatus('list_version', '已发布的清单版本', {
    table: 'list_version',
    key: 'id',
    status: 'published',
    items: 'list_item',
    itemKey: 'version_id',
  }),
  {
    // The lines only: the header changes once, when its reversal names itself (fund_voucher_posted_frozen).
    entity: 'fund_voucher',
    label: '已记账凭证的分录',
    listSql: 'SELECT DISTINCT voucher_id AS id FROM fund_voucher_line',
    contentSql: ['SELECT * FROM fund_voucher_line WHERE voucher_id = ? ORDER BY line_no'],
  },
];

const byEntity = new Map(sealedRecords.map((record) => [record.entity, record]));

export function sealedRecordOf(entity: string): SealedRecord | undefined {
  return byEntity.get(entity as AuditEntity);
}

/** The hash of the record as it stands, or null while it is not sealed (a draft, a voucher not posted). */
export function sealedRecordHash(db: Db, sealed: SealedRecord, id: number): string | null {
  const parts = sealed.contentSql.map((sql) => cachedStatement(db, sql).all(id));
  if (parts[0]!.length === 0) return null;
  return sha256(canonicalJson(parts));
}
