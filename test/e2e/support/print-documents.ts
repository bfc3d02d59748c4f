// Real notices to print, as the desktop shell would get them: produced by the demo host's backend through
// its API (the file channels answer {fileName, mimeType, base64}), and kept on disk for poppler to read.
import { expect, type APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { FileAnswer } from '../../../shared/contract/files';
import { callChannel } from './funding-seed';

export interface NoticePdf {
  /** The suggested file name, which the page takes as its title. */
  title: string;
  base64: string;
  /** The original on disk, for pdfinfo and pdftoppm. */
  file: string;
}

function keep(file: FileAnswer, dir: string, name: string): NoticePdf {
  expect(file.mimeType).toBe('application/pdf');
  fs.mkdirSync(dir, { recursive: true });
  const onDisk = path.join(dir, name);
  const base64 = file.base64 ?? '';
  fs.writeFileSync(onDisk, Buffer.from(base64, 'base64'));
  return { title: file.fileName, base64, file: onDisk };
}

/** The posting period: any valid dates will do, the notice only prints them. */
function postingPeriod(year: number) {
  return { startDate: `${year}-03-16`, workingDays: 5, issueDate: `${year}-03-16` };
}

/**
 * The funding notice for every community of the demo's approved year (the demo computes this year as a
 * draft with amounts still open, which the notice refuses, and approves the year before).
 */
export async function fundingNoticeOfDemo(request: APIRequestContext, dir: string): Promise<NoticePdf> {
  const years = await callChannel(request, 'funding.years', {});
  const approved = years.find((entry) => entry.status === 'approved');
  if (!approved) throw new Error(`the demo database has no approved funding year: ${JSON.stringify(years)}`);
  const file = await callChannel(request, 'funding.notice', {
    year: approved.year,
    ...postingPeriod(approved.year),
  });
  return keep(file, dir, 'original-funding-notice.pdf');
}

/** The two-list notice for every active community of the demo, in one PDF. */
export async function listNoticeOfDemo(request: APIRequestContext, dir: string): Promise<NoticePdf> {
  const year = new Date().getFullYear();
  const file = await callChannel(request, 'lists.notice', { kind: 'two_lists', ...postingPeriod(year) });
  return keep(file, dir, 'original-two-list-notice.pdf');
}
