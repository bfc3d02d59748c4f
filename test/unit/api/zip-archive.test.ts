// The browser's zip of a notice series, read back by third-party readers (Python's zipfile, Info-ZIP's
// unzip): names in UTF-8, bytes and CRCs intact, dates as the office's clock showed them.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, uniqueEntryNames, zipArchive } from '../../../renderer/api/zip-archive';

const notices = [
  { name: '世纪城两个清单公示.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n世纪城\n%%EOF\n') },
  { name: '凤凰山两个清单公示.pdf', bytes: crypto.randomBytes(70_000) },
  { name: 'empty.txt', bytes: new Uint8Array(0) },
];

function written(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zip-test-')), '两个清单公示.zip');
  fs.writeFileSync(file, bytes);
  return file;
}

/** What Python's zipfile reads: names, the UTF-8 flag, sizes, dates, the bytes' hashes, and testzip(). */
function readWithPython(file: string) {
  const script = `
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps({
        "bad": z.testzip(),
        "entries": [{"name": i.filename, "utf8": bool(i.flag_bits & 0x800), "size": i.file_size,
                     "date": list(i.date_time), "sha256": hashlib.sha256(z.read(i)).hexdigest()}
                    for i in z.infolist()],
    }, ensure_ascii=False))`;
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as {
    bad: string | null;
    entries: { name: string; utf8: boolean; size: number; date: number[]; sha256: string }[];
  };
}

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

describe('the zip of a notice series', () => {
  const modified = new Date(2026, 11, 31, 16, 45, 31);

  it('is read back by Python with every name, byte and date intact', () => {
    const result = readWithPython(written(zipArchive(notices, modified)));
    expect(result.bad).toBeNull();
    expect(result.entries).toEqual(
      notices.map((notice) => ({
        name: notice.name,
        utf8: true,
        size: notice.bytes.length,
        date: [2026, 12, 31, 16, 45, 30],
        sha256: sha256(notice.bytes),
      })),
    );
  });

  it('is listed and tested by unzip', () => {
    const file = written(zipArchive(notices, modified));
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    for (const notice of notices) expect(listing).toContain(notice.name);
    expect(listing).toMatch(/3 files/);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  });

  it('holds an empty series as a valid empty archive', () => {
    expect(readWithPython(written(zipArchive([], modified)))).toEqual({ bad: null, entries: [] });
  });

  it('computes the CRC-32 zip stores, as zlib does', () => {
    for (const notice of notices) expect(crc32(notice.bytes)).toBe(zlib.crc32(notice.bytes));
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('keeps every entry at the top level with a name of its own', () => {
    expect(uniqueEntryNames(['a.pdf', 'A.pdf', 'a.pdf', '../x/b.pdf', 'c:\\d\\e.pdf', ''])).toEqual([
      'a.pdf',
      'A（2）.pdf',
      'a（3）.pdf',
      'b.pdf',
      'e.pdf',
      '文件',
    ]);
  });
});
