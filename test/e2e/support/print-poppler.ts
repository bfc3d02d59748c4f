// Reading a PDF back with poppler: its page count and size (pdfinfo), and a page as a greyscale image
// (pdftoppm -gray writes PGM, simple enough to parse here), to compare what Chromium printed with the
// original. Missing tools fail the test with how to install them; they never skip it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function requirePoppler(tool: 'pdfinfo' | 'pdftoppm'): void {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `${tool} is missing: install poppler-utils (apt-get install poppler-utils) to check the print`,
    );
  }
}

export interface PdfInfo {
  pages: number;
  /** The first page's size in points. */
  widthPt: number;
  heightPt: number;
}

export function pdfInfo(file: string): PdfInfo {
  requirePoppler('pdfinfo');
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)$/m.exec(text);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(text);
  if (!pages || !size) throw new Error(`pdfinfo gave no page count or size for ${file}:\n${text}`);
  return { pages: Number(pages[1]), widthPt: Number(size[1]), heightPt: Number(size[2]) };
}

/** A greyscale raster: one byte a pixel, 0 black, 255 white, row by row. */
export interface GreyPage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Page `pageNumber` at `dpi` in grey, written to `<prefix>.pgm` and read back. */
export function renderGreyPage(file: string, prefix: string, pageNumber = 1, dpi = 40): GreyPage {
  requirePoppler('pdftoppm');
  fs.mkdirSync(path.dirname(prefix), { recursive: true });
  const page = String(pageNumber);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', page, '-l', page, '-singlefile', file, prefix]);
  return parsePgm(fs.readFileSync(`${prefix}.pgm`));
}

/** Binary PGM (P5): "P5", width, height, maxval, each after whitespace, then one byte a pixel. */
export function parsePgm(bytes: Buffer): GreyPage {
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset]!))) offset += 1;
    if (bytes[offset] === 0x23) {
      while (bytes[offset] !== 0x0a) offset += 1; // a comment runs to the end of its line
      continue;
    }
    let field = '';
    while (offset < bytes.length && !/\s/.test(String.fromCharCode(bytes[offset]!))) {
      field += String.fromCharCode(bytes[offset]!);
      offset += 1;
    }
    fields.push(field);
  }
  const [magic, width, height, maxval] = fields;
  if (magic !== 'P5' || maxval !== '255') throw new Error(`not an 8-bit binary PGM: ${fields.join(' ')}`);
  offset += 1; // the single whitespace byte before the raster
  const size = Number(width) * Number(height);
  if (bytes.length - offset < size) throw new Error('the PGM raster is shorter than its header says');
  return { width: Number(width), height: Number(height), pixels: bytes.subarray(offset, offset + size) };
}

/**
 * The page averaged over a (2r+1)² square around each pixel. At 40 DPI a radius of 2 is about 3 mm: what
 * is left is where the ink sits, not how each stroke's edge was anti-aliased.
 */
export function blurred(page: GreyPage, radius: number): GreyPage {
  const { width, height } = page;
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      let count = 0;
      for (let row = Math.max(0, y - radius); row <= Math.min(height - 1, y + radius); row += 1) {
        for (let column = Math.max(0, x - radius); column <= Math.min(width - 1, x + radius); column += 1) {
          sum += page.pixels[row * width + column]!;
          count += 1;
        }
      }
      pixels[y * width + x] = Math.round(sum / count);
    }
  }
  return { width, height, pixels };
}

/** Mean absolute difference, 0–255, over the area both pages cover (they may differ by a pixel). */
export function meanAbsoluteDifference(a: GreyPage, b: GreyPage): number {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  let sum = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      sum += Math.abs(a.pixels[y * a.width + x]! - b.pixels[y * b.width + x]!);
    }
  }
  return sum / (width * height);
}

/**
 * The share of pixels visibly darker than paper: ink on the page. The threshold is light on purpose: at
 * 40 DPI a stroke drawn from a 200 DPI image averages out greyer than the same stroke drawn as vector
 * text, so counting only mid-grey and darker would see the printed copy as a third lighter than it is.
 */
export function inkShare(page: GreyPage): number {
  let inked = 0;
  for (const value of page.pixels) if (value < 200) inked += 1;
  return inked / page.pixels.length;
}
