// What the access-and-lists spec needs beyond the shared helpers: a channel call the host is expected to
// refuse (its Chinese message), and a PDF's text as `pdftotext -layout` lays it out.
import { expect, type APIRequestContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import type { ChannelInput, ChannelName, Result } from '../../../shared/contract';

/**
 * Calls the channel as the renderer does and returns the refusal's code and message; fails if the host
 * accepts. A refusal travels in the envelope (HTTP 200, `ok: false`), as on the desktop's IPC.
 */
export async function refusalOf<C extends ChannelName>(
  request: APIRequestContext,
  channel: C,
  input: ChannelInput<C>,
): Promise<{ code: string; message: string }> {
  const response = await request.post(`/api/${channel}`, { data: input });
  const body = (await response.json()) as Result<unknown>;
  expect(body.ok, `${channel} was expected to be refused (HTTP ${response.status()})`).toBe(false);
  if (body.ok) throw new Error('unreachable');
  return { code: body.error.code, message: body.error.message };
}

/** `pdftotext -layout`: the page as printed, columns side by side. Fails loudly without poppler-utils. */
export function pdfLayoutText(file: string): string {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'pdftotext is missing: install poppler-utils (apt-get install poppler-utils) to check the PDF',
    );
  }
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
