// The envelope every channel answers with, on both transports. Electron passes only an error's message
// through ipcMain.handle, so failures travel as data rather than as thrown errors.

export const errorCodes = [
  'invalid_input', // the argument failed its schema: message names the field
  'not_found',
  'conflict', // a uniqueness rule or a state rule refused the change
  'forbidden', // wrong sender, missing token, a role that may not call the channel
  'unauthenticated', // nobody signed in, or the sign-in ended (idle, disabled)
  'unknown_channel',
  'ledger_unavailable', // the ledger file could not be opened: only its recovery channels answer
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  /** Chinese, written for the clerk, naming the field at fault where there is one. */
  message: string;
  /** Dotted path of the input field at fault, e.g. `courtyardHouseholds.2.households`. */
  field?: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message: string, field?: string): { ok: false; error: ApiError } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
