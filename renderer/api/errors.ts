// Failures from the Node side as thrown errors, so react-query can carry them; the envelope's ApiError
// (code, Chinese message, field path) stays attached for forms to place on the right field.
import type { ApiError, Result } from '../../shared/contract';

export class ApiCallError extends Error {
  readonly apiError: ApiError;

  constructor(apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiCallError';
    this.apiError = apiError;
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  throw new ApiCallError(result.error);
}

/** The ApiError behind anything thrown: an ApiCallError's own, or an internal one for the unexpected. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.apiError;
  const message = error instanceof Error && error.message !== '' ? error.message : '发生未知错误';
  return { code: 'internal', message };
}
