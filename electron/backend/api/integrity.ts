// Checks a database for damage and for broken invariants of the app's own. Used by `cli check`; each
// finding is a Chinese sentence a technician can act on.
import type { Db } from '../core/connection';
import { loadMigrations } from '../core/migrate';
import { ForeignMigrationsError, foreignMigration } from '../core/migration-record';
import { accessInvariants } from '../access/integrity-access';
import { fundingInvariants } from '../funding/integrity-funding';
import { listInvariants } from '../lists/integrity-lists';

export interface IntegrityReport {
  ok: boolean;
  findings: string[];
}

export function checkIntegrity(db: Db): IntegrityReport {
  const findings = [...sqliteIntegrity(db), ...foreignKeys(db), ...schemaVersion(db), ...appInvariants(db)];
  return { ok: findings.length === 0, findings };
}

function sqliteIntegrity(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows
    .filter((row) => row.integrity_check !== 'ok')
    .map((row) => `integrity_check：${row.integrity_check}`);
}

function foreignKeys(db: Db): string[] {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  return rows.map(
    (row) => `foreign_key_check：表 ${row.table} 第 ${row.rowid} 行引用的 ${row.parent} 记录不存在`,
  );
}

function schemaVersion(db: Db): string[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  const migrations = loadMigrations();
  const foreign = foreignMigration(db, migrations);
  return [
    ...(version === migrations.length ? [] : [`数据库结构版本为 ${version}，本程序为 ${migrations.length}`]),
    ...(foreign ? [new ForeignMigrationsError(foreign.version, foreign.name).message] : []),
  ];
}

/** A query for the records that break a rule, and the sentence that names each one. */
export interface Invariant {
  sql: string;
  params?: Record<string, unknown>;
  describe: (row: Record<string, unknown>) => string;
}

const registerInvariants: Invariant[] = [
  {
    sql: `SELECT p.id AS profile_id, p.year, c.name AS courtyard FROM courtyard_households h
          JOIN community_profile p ON p.id = h.profile_id JOIN courtyard c ON c.id = h.courtyard_id
          WHERE c.community_id <> p.community_id`,
    describe: (row) =>
      `年度情况 #${row.profile_id}（${row.year} 年）登记了其他社区的院落“${row.courtyard}”的户数`,
  },
  {
    sql: `SELECT c.id, c.name FROM community c WHERE NOT EXISTS (
            SELECT 1 FROM audit_log a WHERE a.entity = 'community' AND a.entity_id = c.id AND a.action = 'create')`,
    describe: (row) => `社区“${row.name}”（#${row.id}）没有新增时的操作日志`,
  },
  {
    sql: `SELECT c.id, c.name FROM courtyard c WHERE NOT EXISTS (
            SELECT 1 FROM audit_log a WHERE a.entity = 'courtyard' AND a.entity_id = c.id AND a.action = 'create')`,
    describe: (row) => `院落“${row.name}”（#${row.id}）没有新增时的操作日志`,
  },
  {
    sql: `SELECT p.id, p.year FROM community_profile p WHERE NOT EXISTS (
            SELECT 1 FROM audit_log a WHERE a.entity = 'profile' AND a.entity_id = p.id)`,
    describe: (row) => `年度情况 #${row.id}（${row.year} 年）没有操作日志`,
  },
  {
    sql: `SELECT name FROM community GROUP BY trim(name) HAVING count(*) > 1`,
    describe: (row) => `社区名称“${row.name}”重复`,
  },
];

const invariants: Invariant[] = [
  ...registerInvariants,
  ...fundingInvariants,
  ...listInvariants,
  ...accessInvariants,
];

function appInvariants(db: Db): string[] {
  return invariants.flatMap((invariant) => {
    const statement = db.prepare(invariant.sql);
    const rows = invariant.params ? statement.all(invariant.params) : statement.all();
    return (rows as Record<string, unknown>[]).map(invariant.describe);
  });
}
