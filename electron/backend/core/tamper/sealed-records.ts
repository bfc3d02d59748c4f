// The posted records whose content the audit log vouches for: when an audit row names one of these in its
// sealed state, record_hash holds the SHA-256 of the record's canonical JSON, and `cli check` hashes the
// record again. Declared here rather than by each feature because the audit log itself must know, at write
// time, what an event posted; each entry reads only tables its feature declares as posted.
import type { AuditEntity } from '../../../../shared/contract/audit';
import type { Db } from '../db/connection';
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
  {
    entity: 'allocation',
    label: '已审批的年度核定',
    listSql: "SELECT year AS id FROM allocation_year WHERE status = 'approved'",
    contentSql: [
      "SELECT * FROM allocation_year WHERE year = ? AND status = 'approved'",
      `SELECT l.* FROM allocation_line l JOIN allocation_year y ON y.year = l.year
       WHERE l.year = ? AND y.status = 'approved' ORDER BY l.id`,
    ],
  },
  {
    entity: 'list_version',
    label: '已发布的清单版本',
    listSql: "SELECT id FROM list_version WHERE status = 'published'",
    contentSql: [
      "SELECT * FROM list_version WHERE id = ? AND status = 'published'",
      `SELECT i.* FROM list_item i JOIN list_version v ON v.id = i.version_id
       WHERE i.version_id = ? AND v.status = 'published' ORDER BY i.id`,
    ],
  },
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
  const parts = sealed.contentSql.map((sql) => db.prepare(sql).all(id));
  if (parts[0]!.length === 0) return null;
  return sha256(canonicalJson(parts));
}
