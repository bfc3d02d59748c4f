// `npm run migrations:manifest`: lists a new migration file in core/db/migration-manifest.json with its
// checksum. Entries already listed are never re-hashed: a shipped migration whose text changed is refused
// here as it is at start-up; write the change as a new migration instead.
import { defaultMigrationsDir, migrationFiles } from '../backend/core/db/migrate';
import {
  committedManifest,
  manifestSourcePath,
  updatedManifest,
  writeManifest,
} from '../backend/core/db/migration-manifest';

const dir = defaultMigrationsDir();
try {
  const entries = updatedManifest(dir, migrationFiles(dir), committedManifest);
  writeManifest(manifestSourcePath(), entries);
  console.log(`migration-manifest.json: ${entries.length} migration(s)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
