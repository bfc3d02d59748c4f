// A minimal zip writer for browser mode's 每个社区一个文件: one download holding the series instead of one
// download per community. Entries are stored, not deflated (the PDFs inside are compressed already), and
// their names are UTF-8 with general-purpose flag bit 11 set, so Chinese names open correctly in Windows
// Explorer, 7-Zip, unzip and Python's zipfile. No zip64: an archive stays under 4 GiB and 65,535 entries.

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

const utf8NameFlag = 0x0800;
const versionNeeded = 20;
// Made on "Unix" (host 3): readers then take the names as they are. Info-ZIP's unzip converts the names of
// entries made on FAT (host 0) from the DOS code page, UTF-8 flag or not, and garbles Chinese.
const versionMadeBy = (3 << 8) | versionNeeded;
/** rw-r--r--, a plain file, in the high half of the external attributes as Unix hosts store it. */
const regularFileMode = (0o100644 << 16) >>> 0;
const maxEntries = 0xffff;
const maxOffset = 0xffffffff;

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3), as zip stores it. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of the office PC's local clock (zip has no time zone); 2-second resolution. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * Names made unique within the archive the way the desktop's folder does it: a repeated name gets
 * 「（2）」, 「（3）」… before its extension. Folder parts are dropped: every entry sits at the top.
 */
export function uniqueEntryNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const name = raw.replaceAll('\\', '/').split('/').pop() || '文件';
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1)
      candidate = `${stem}（${copy}）${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

class ByteWriter {
  private readonly parts: Uint8Array[] = [];
  length = 0;

  bytes(bytes: Uint8Array): void {
    this.parts.push(bytes);
    this.length += bytes.length;
  }

  /** Little-endian fields: [value, size in bytes]. */
  fields(...fields: [number, 2 | 4][]): void {
    const buffer = new Uint8Array(fields.reduce((sum, [, size]) => sum + size, 0));
    const view = new DataView(buffer.buffer);
    let offset = 0;
    for (const [value, size] of fields) {
      if (size === 2) view.setUint16(offset, value, true);
      else view.setUint32(offset, value, true);
      offset += size;
    }
    this.bytes(buffer);
  }

  result(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}

/** The zip file holding `entries` in order, each dated `modified`. */
export function zipArchive(entries: readonly ZipEntry[], modified: Date): Uint8Array<ArrayBuffer> {
  if (entries.length > maxEntries) throw new RangeError(`zipArchive: more than ${maxEntries} entries`);
  const stamp = dosDateTime(modified);
  const encoder = new TextEncoder();
  const names = uniqueEntryNames(entries.map((entry) => entry.name));
  const out = new ByteWriter();
  const central = new ByteWriter();
  entries.forEach((entry, index) => {
    const name = encoder.encode(names[index]);
    const crc = crc32(entry.bytes);
    const size = entry.bytes.length;
    const offset = out.length;
    if (offset + size > maxOffset) throw new RangeError('zipArchive: the archive would exceed 4 GiB');
    // Local file header, then the stored bytes.
    out.fields(
      [0x04034b50, 4],
      [versionNeeded, 2],
      [utf8NameFlag, 2],
      [0, 2],
      [stamp.time, 2],
      [stamp.date, 2],
    );
    out.fields([crc, 4], [size, 4], [size, 4], [name.length, 2], [0, 2]);
    out.bytes(name);
    out.bytes(entry.bytes);
    // Its central directory record.
    central.fields([0x02014b50, 4], [versionMadeBy, 2], [versionNeeded, 2], [utf8NameFlag, 2], [0, 2]);
    central.fields([stamp.time, 2], [stamp.date, 2], [crc, 4], [size, 4], [size, 4], [name.length, 2]);
    central.fields([0, 2], [0, 2], [0, 2], [0, 2], [regularFileMode, 4], [offset, 4]);
    central.bytes(name);
  });
  const centralOffset = out.length;
  out.bytes(central.result());
  // End of central directory record.
  out.fields([0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2]);
  out.fields([central.length, 4], [centralOffset, 4], [0, 2]);
  return out.result();
}
