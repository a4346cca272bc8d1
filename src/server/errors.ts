/** Error codes of the domain; the HTTP status is chosen at the edge (app.ts) only. */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'THROTTLED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'INVALID_STATE';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  THROTTLED: 429,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  INVALID_STATE: 422,
};

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Vietnamese message shown to the user. */
    message: string,
    readonly details?: {
      fields?: FieldErrors;
      current?: unknown;
      retryAfterSeconds?: number;
      /** Row-level errors of an import: nothing was stored. */
      rows?: { row: number; column: string; message: string }[];
      /** Cảnh báo kế hoạch not acknowledged: nothing was saved (422). */
      warnings?: { code: string; path: string; message: string }[];
    },
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}`);
/** The row that was looked up, or 404 naming `what` when there is none. */
export function orNotFound<T>(row: T, what: string): NonNullable<T> {
  if (!row) throw notFound(what);
  return row as NonNullable<T>;
}
export const forbidden = (msg = 'Bạn không có quyền thực hiện thao tác này') =>
  new AppError('FORBIDDEN', msg);
export const conflict = (current: unknown) =>
  new AppError(
    'CONFLICT',
    'Dữ liệu đã được người khác thay đổi trong lúc bạn sửa. Hãy xem bản hiện tại rồi sửa lại.',
    { current },
  );
