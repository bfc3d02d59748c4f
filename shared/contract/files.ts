// Files on the channels. A service answers a file channel with its bytes and a suggested name; only the
// transports change that: the loopback host sends the bytes as base64 in its JSON answer, the desktop
// shell saves them through its native dialog and answers with where they went. The renderer never sees
// a path, and never a service's bytes object.
import { z } from 'zod';
import { wholeNumber } from './fields';

export interface FileBatch {
  /** Chosen by the renderer for the series, e.g. a random UUID. */
  id: string;
  /** 0-based position of this file in the series. */
  index: number;
  total: number;
}

/** A file produced for the clerk, as a service answers it: bytes and a suggested name, never a path. */
export interface FileOutput {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  /** One of a series of files the clerk asked for at once: the desktop shell asks for a folder once. */
  batch?: FileBatch;
}

/** What the renderer receives for a file channel, from either transport. */
export interface FileAnswer {
  fileName: string;
  mimeType: string;
  batch?: FileBatch;
  /** Browser mode: the file's bytes, as the host sends them in JSON. */
  base64?: string;
  /** Desktop: where the shell saved the file through the native dialog (its bytes stay in the shell). */
  savedAs?: string;
  /** Desktop: the clerk closed the save dialog without saving. */
  canceled?: boolean;
}

export const fileBatchInput = z
  .object(
    {
      id: z
        .string({ error: '批量编号：格式不正确' })
        .regex(/^[A-Za-z0-9-]{8,64}$/, { error: '批量编号：格式不正确' }),
      index: wholeNumber('批量序号', { max: 10_000 }),
      total: wholeNumber('批量总数', { min: 1, max: 10_000 }),
    },
    { error: '批量：格式不正确' },
  )
  .refine((batch) => batch.index < batch.total, { error: '批量序号：超出批量总数', path: ['index'] });

/** A problem found in an imported workbook, placed where Excel shows it. */
export interface ImportError {
  sheet: string;
  /** 1-based row number as Excel shows it (0 when the whole file is at fault). */
  row: number;
  /** Column letter as Excel shows it, e.g. "C" (empty when the whole file or row is at fault). */
  column: string;
  message: string;
}
