// One clock and one set of year bounds: the renderer never asks the PC's clock what day it is (it asks
// the backend, through useToday()), and the years the ledger accepts are written once, in shared/domain.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function filesMatching(dirs: string[], pattern: RegExp): string[] {
  return dirs
    .flatMap(sourceFiles)
    .filter((file) => pattern.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative('.', file).split(path.sep).join('/'))
    .sort();
}

describe('one clock', () => {
  it('has no renderer code reading the PC’s clock for today', () => {
    // The zip archive's entry timestamps are file metadata, not the day a record is dated.
    expect(filesMatching(['renderer'], /new Date\(\)|dayjs\(\)|Date\.now\(\)/)).toEqual([
      'renderer/api/files.ts',
    ]);
  });

  it('declares the ledger’s last year once, in shared/domain/years.ts', () => {
    expect(filesMatching(['shared', 'renderer', 'electron'], /\b2100\b/)).toEqual(['shared/domain/years.ts']);
  });
});
