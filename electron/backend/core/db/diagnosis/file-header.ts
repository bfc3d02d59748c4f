// What the first 100 bytes of a SQLite file say about it, read with plain fs so that a file SQLite would
// refuse, or silently treat as a new database (0 bytes), is named before SQLite ever opens it.
// The layout is SQLite's "database header" (https://www.sqlite.org/fileformat.html §1.3).
import fs from 'node:fs';

const magic = Buffer.from('SQLite format 3\0', 'latin1');
export const headerBytes = 100;

export type HeaderVerdict =
  | { kind: 'notSqlite' }
  | { kind: 'truncated'; expectedBytes: number; actualBytes: number }
  | { kind: 'plausible'; pageSize: number };

function readHeader(filePath: string): Buffer {
  const fd = fs.openSync(filePath, 'r');
  try {
    const header = Buffer.alloc(headerBytes);
    const read = fs.readSync(fd, header, 0, headerBytes, 0);
    return header.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** Page size at offset 16: a power of two from 512 to 32768, or 1 meaning 65536. */
function pageSizeOf(header: Buffer): number | null {
  const raw = header.readUInt16BE(16);
  const size = raw === 1 ? 65536 : raw;
  return size >= 512 && (size & (size - 1)) === 0 ? size : null;
}

/** The page count at offset 28 is trusted only while the change counter (24) equals the
 * version-valid-for number (92); an older SQLite may leave it stale otherwise. */
function pageCountOf(header: Buffer): number | null {
  const count = header.readUInt32BE(28);
  return count > 0 && header.readUInt32BE(24) === header.readUInt32BE(92) ? count : null;
}

/** A file of `size` bytes (> 0): is it SQLite at all, and is all of it there? */
export function judgeHeader(filePath: string, size: number): HeaderVerdict {
  const header = readHeader(filePath);
  if (header.length < headerBytes || !header.subarray(0, magic.length).equals(magic))
    return { kind: 'notSqlite' };
  const pageSize = pageSizeOf(header);
  if (pageSize === null) return { kind: 'notSqlite' };
  const pageCount = pageCountOf(header);
  const expectedBytes = pageCount === null ? Math.ceil(size / pageSize) * pageSize : pageCount * pageSize;
  if (size < expectedBytes) return { kind: 'truncated', expectedBytes, actualBytes: size };
  return { kind: 'plausible', pageSize };
}
