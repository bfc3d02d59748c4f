// The tables whose rows, once written, are never changed or removed except as their triggers allow. Each
// feature declares its own; `cli check` verifies that every declared trigger is still in the file, since
// a tool editing the database directly could have dropped one and nothing else would notice.
import type { Db } from '../db/connection';

export interface PostedTable {
  table: string;
  /** What its rows are called: 拨付记录. */
  label: string;
  /** The BEFORE UPDATE trigger that refuses a change. */
  updateTrigger: string;
  /** The BEFORE DELETE trigger that refuses a removal. */
  deleteTrigger: string;
}

/** The core's own: the audit log, the closed periods and the approval signatures. */
export const corePostedTables: PostedTable[] = [
  {
    table: 'audit_log',
    label: '操作日志',
    updateTrigger: 'audit_log_no_update',
    deleteTrigger: 'audit_log_no_delete',
  },
  {
    table: 'closed_period',
    label: '结账记录',
    updateTrigger: 'closed_period_no_update',
    deleteTrigger: 'closed_period_no_delete',
  },
  {
    table: 'record_approval',
    label: '审核签名',
    updateTrigger: 'record_approval_no_update',
    deleteTrigger: 'record_approval_no_delete',
  },
];

export function postedTableFindings(db: Db, posted: PostedTable): string[] {
  const triggers = [
    { name: posted.updateTrigger, event: 'UPDATE', refuses: '修改' },
    { name: posted.deleteTrigger, event: 'DELETE', refuses: '删除' },
  ];
  return triggers
    .filter((trigger) => !hasTrigger(db, posted.table, trigger.name, trigger.event))
    .map(
      (trigger) =>
        `表 ${posted.table}（${posted.label}）缺少禁止${trigger.refuses}的触发器 ${trigger.name}，记录可能已被改动`,
    );
}

function hasTrigger(db: Db, table: string, name: string, event: string): boolean {
  const row = db
    .prepare(`SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ? AND tbl_name = ?`)
    .get(name, table) as { sql: string } | undefined;
  return row !== undefined && new RegExp(`\\bBEFORE\\s+${event}\\b`, 'i').test(row.sql);
}
