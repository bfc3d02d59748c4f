// Checks a database for damage and for broken invariants of the app's own: the append-only tables keep
// their triggers, the audit log's hash chain and the posted records' hashes hold, the number series run
// without gaps, and each feature's rules hold. Used by `cli check`; each finding is a Chinese sentence a
// technician can act on.
import type { Db } from '../core/db/connection';
import { loadMigrations } from '../core/db/migrate';
import type { Invariant } from '../core/invariant';
import { numberSeriesFindings } from '../core/posting/numbering';
import { postedTableFindings } from '../core/posting/posted-tables';
import { tamperFindings } from '../core/tamper/tamper-findings';
import { backendFeatures } from './handlers';
import { ForeignMigrationsError, foreignMigration } from '../core/db/migration-record';

export interface IntegrityReport {
  ok: boolean;
  findings: string[];
}

export function checkIntegrity(db: Db): IntegrityReport {
  const findings = [
    ...sqliteIntegrity(db),
    ...foreignKeys(db),
    ...schemaVersion(db),
    ...postedTables.flatMap((posted) => postedTableFindings(db, posted)),
    ...tamperFindings(db),
    ...numberSeries.flatMap((series) => numberSeriesFindings(db, series)),
    ...appInvariants(db),
  ];
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

const checks = backendFeatures.map((feature) => feature.checks);
/** Every append-only or frozen table, whose UPDATE and DELETE triggers must still be there. */
const postedTables = checks.flatMap((check) => check.postedTables ?? []);
/** Every number series, which must run without gaps or duplicates. */
const numberSeries = checks.flatMap((check) => check.numberSeries ?? []);
const invariants: Invariant[] = checks.flatMap((check) => check.invariants ?? []);

function appInvariants(db: Db): string[] {
  return invariants.flatMap((invariant) => {
    const statement = db.prepare(invariant.sql);
    const rows = invariant.params ? statement.all(invariant.params) : statement.all();
    return (rows as Record<string, unknown>[]).flatMap((row) => invariant.describe(row) ?? []);
  });
}
