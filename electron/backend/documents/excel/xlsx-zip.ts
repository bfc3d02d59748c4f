// The zip container of an xlsx, read by hand so that a file can be measured before anything inflates it:
// the central directory lists every entry with its sizes, and an entry is inflated only under a byte cap.
// Only what an xlsx needs is supported (stored or deflated entries, no encryption, no multi-disk).
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when inflating. */
  method: number;
  compressedSize: number;
  /** As the directory declares it; a hostile file may lie, so inflating checks it again. */
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
/** A 32-bit size or offset of all ones means "see the zip64 record": never needed by a small workbook. */
const zip64Marker = 0xffffffff;

/** The entries of the central directory, or null when the bytes are not a zip archive this can read. */
export function readZipDirectory(bytes: Buffer): ZipEntry[] | null {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  let offset = bytes.readUInt32LE(end + 16);
  if (offset === zip64Marker || offset + size > end) return null;
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== directoryEntrySignature) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > end) return null;
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
      encrypted: (bytes.readUInt16LE(offset + 8) & 1) === 1,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-directory record sits in the last 22 bytes plus a comment of up to 64 KB. */
function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= earliest; offset -= 1) {
    if (bytes.readUInt32LE(offset) === endOfDirectorySignature) return offset;
  }
  return -1;
}

export type InflateOutcome =
  { ok: true; data: Buffer } | { ok: false; reason: 'too_large' | 'damaged' | 'unsupported' };

/**
 * The entry's bytes, inflating no more than its declared size: a deflate stream that would produce more
 * stops there (zlib's maxOutputLength) instead of filling the memory. The declared size is checked against
 * maxBytes first, so a forged small size is the only way past it, and that shows up as damage.
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number): InflateOutcome {
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8))
    return { ok: false, reason: 'unsupported' };
  if (entry.uncompressedSize === zip64Marker || entry.uncompressedSize > maxBytes)
    return { ok: false, reason: 'too_large' };
  const start = dataStart(bytes, entry);
  if (start < 0 || start + entry.compressedSize > bytes.length) return { ok: false, reason: 'damaged' };
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  let data = compressed;
  if (entry.method === 8) {
    try {
      data = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      return { ok: false, reason: 'damaged' }; // more than declared (ERR_BUFFER_TOO_LARGE), or not deflate
    }
  }
  return data.length === entry.uncompressedSize ? { ok: true, data } : { ok: false, reason: 'damaged' };
}

/** Where the entry's data begins: after its local header, whose name and extra field may differ in length. */
function dataStart(bytes: Buffer, entry: ZipEntry): number {
  const offset = entry.localHeaderOffset;
  if (offset + 30 > bytes.length || bytes.readUInt32LE(offset) !== localHeaderSignature) return -1;
  return offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
}
