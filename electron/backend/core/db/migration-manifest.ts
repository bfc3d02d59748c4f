// The committed list of shipped migrations with a checksum of each file's text (migration-manifest.json,
// bundled into the app's code rather than copied beside the files it vouches for). A shipped migration is
// never edited again: its text is what databases in the field were built from, so a file that no longer
// matches its checksum is a broken (or tampered) installation, refused at start-up.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import committed from './migration-manifest.json';

/** One numbered migration file as loaded: its version, name and SQL text. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export interface ManifestEntry {
  version: number;
  file: string;
  sha256: string;
}

export const committedManifest: ManifestEntry[] = committed.migrations;

/** Where `npm run migrations:manifest` writes; only the source tree has it. */
export function manifestSourcePath(): string {
  return fileURLToPath(new URL('./migration-manifest.json', import.meta.url));
}

/** A migration file that differs from the committed manifest: the installation is broken, not the database. */
export class MigrationChangedError extends Error {
  constructor(readonly detail: string) {
    super(`程序的数据库升级文件与发布时不一致（${detail}）：安装已损坏，请重新安装本程序。`);
  }
}

/** The checksum of a migration's text. Line endings are folded to LF so a Windows checkout matches. */
export function migrationChecksum(sql: string): string {
  return crypto.createHash('sha256').update(sql.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** Every file is listed under its own number with its checksum, and nothing listed is missing. */
export function verifyAgainstManifest(
  files: { version: number; file: string; sql: string }[],
  manifest: ManifestEntry[],
): void {
  for (const { version, file, sql } of files) {
    const entry = manifest.find((candidate) => candidate.version === version);
    if (!entry || entry.file !== file) throw new MigrationChangedError(`${file} 未列入校验清单`);
    if (entry.sha256 !== migrationChecksum(sql)) throw new MigrationChangedError(`${file} 的内容被改动过`);
  }
  const missing = manifest.find((entry) => !files.some((file) => file.version === entry.version));
  if (missing) throw new MigrationChangedError(`缺少校验清单中的 ${missing.file}`);
}

/**
 * The manifest for the files in dir: entries already listed are kept as they are (a listed file whose
 * text changed is refused, never re-hashed); a new file is appended. Used by `npm run migrations:manifest`.
 */
export function updatedManifest(dir: string, files: string[], current: ManifestEntry[]): ManifestEntry[] {
  return files.map((file) => {
    const sha256 = migrationChecksum(fs.readFileSync(path.join(dir, file), 'utf8'));
    const listed = current.find((entry) => entry.file === file);
    if (listed && listed.sha256 !== sha256)
      throw new MigrationChangedError(`${file} 已发布，不能改动；请把改动写成新的升级文件`);
    return { version: Number(file.slice(0, 4)), file, sha256 };
  });
}

export function writeManifest(file: string, entries: ManifestEntry[]): void {
  fs.writeFileSync(file, `${JSON.stringify({ migrations: entries }, null, 2)}\n`);
}
