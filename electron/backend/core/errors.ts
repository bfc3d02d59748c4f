// A refusal the clerk should read: a Chinese message naming the field, carried to the envelope as is.
import type { ErrorCode } from '../../../shared/contract/result';

export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what}不存在或已被删除`);
}

export function conflict(message: string, field?: string): AppError {
  return new AppError('conflict', message, field);
}
