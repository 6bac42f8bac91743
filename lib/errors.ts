/**
 * Domain errors. Every expected failure carries a code; `httpStatusFor` is the one table that maps codes to HTTP
 * statuses, and the UI translates `code` (plus `params`) into the user's language. Anything that is not an AppError
 * is unexpected: it is logged and shown generically.
 */
export const ERROR_CODES = [
  "BAD_REQUEST",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_TRANSITION",
  "STALE_VERSION",
  "SELF_APPROVAL",
  "RATE_LIMITED",
  "UNSUPPORTED_MEDIA",
  "PAYLOAD_TOO_LARGE",
  "URL_REFUSED",
  "UPSTREAM_FAILED",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  STALE_VERSION: 409,
  SELF_APPROVAL: 403,
  RATE_LIMITED: 429,
  UNSUPPORTED_MEDIA: 415,
  PAYLOAD_TOO_LARGE: 413,
  URL_REFUSED: 422,
  UPSTREAM_FAILED: 502,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Values the UI may interpolate into the translated message (e.g. who changed the claim). */
  readonly params: Record<string, string | number>;

  constructor(code: ErrorCode, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.params = params;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export function httpStatusFor(code: ErrorCode): number {
  return HTTP_STATUS[code];
}
