// Reading a public disclosure PDF back: its text as drawn (pdftotext, white space removed: CJK lines come
// out spaced otherwise) and its first page rendered to PNG (pdftoppm), kept under DISCLOSURE_PNG_DIR
// when set so that a person can look at it.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { FileOutput } from '../../../../shared/contract/files';
import { poppler } from '../../../fixtures/poppler';
import { anonymousRealName } from './disclosure-world';

export function savedPdf(dir: string, file: FileOutput, name: string): string {
  expect(file.mimeType).toBe('application/pdf');
  const target = path.join(dir, name);
  fs.writeFileSync(target, Buffer.from(file.bytes));
  return target;
}

/** The text of a PDF as drawn, white space removed. */
export function pdfText(pdfPath: string): string {
  return poppler('pdftotext', ['-raw', pdfPath, '-']).replace(/\s+/gu, '');
}

/** The text of a public PDF; fails when it names the anonymous donor. */
export function publicPdfText(pdfPath: string): string {
  const text = pdfText(pdfPath);
  expect(text).not.toContain(anonymousRealName);
  return text;
}

/** Renders every page at 60 dpi; returns the PNG paths (page 1 first). */
export function renderedPages(pdfPath: string): string[] {
  const prefix = pdfPath.replace(/\.pdf$/u, '');
  poppler('pdftoppm', ['-png', '-r', '60', pdfPath, prefix]);
  const dir = path.dirname(pdfPath);
  const pages = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(path.basename(prefix) + '-') && name.endsWith('.png'))
    .sort()
    .map((name) => path.join(dir, name));
  const keep = process.env.DISCLOSURE_PNG_DIR;
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    for (const page of pages) fs.copyFileSync(page, path.join(keep, path.basename(page)));
  }
  return pages;
}

/** A rendered page carries ink: a blank page compresses to a few hundred bytes. */
export function expectInk(pngPath: string): void {
  const bytes = fs.readFileSync(pngPath);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(8_000);
}
