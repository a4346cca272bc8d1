// What the database refused, found on either driver: node-postgres and PGlite both give the
// error a SQLSTATE `code`, the `constraint`, the `table`; Drizzle wraps it in a
// DrizzleQueryError whose `cause` is the driver's error (its message carries the parameters).
import { AppError } from '../errors';
import { FOREIGN_KEYS, tableNoun } from './table-names';

export type DatabaseError = {
  code: string;
  constraint?: string;
  table?: string;
  message: string;
};

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The driver's error in `err` or its causes (at most a few levels), or null. */
export function findDatabaseError(err: unknown): DatabaseError | null {
  let e = err as { code?: unknown; cause?: unknown } | null | undefined;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (typeof e.code === 'string' && SQLSTATE.test(e.code)) return e as DatabaseError;
    e = e.cause as typeof e;
  }
  return null;
}

const FOREIGN_KEY_VIOLATION = '23503';
const CHECK_VIOLATION = '23514';

/**
 * A foreign-key or check violation as the 409 a user can act on, naming what blocks; null for
 * any other error. A delete still referenced names the records that use it; an insert or update
 * pointing at a row that is gone names what was chosen.
 */
export function databaseErrorAsAppError(err: unknown): AppError | null {
  const db = findDatabaseError(err);
  if (!db) return null;
  if (db.code === FOREIGN_KEY_VIOLATION) {
    const fk = db.constraint ? FOREIGN_KEYS.get(db.constraint) : undefined;
    const referencing = tableNoun(fk?.table ?? db.table);
    const referenced = fk ? tableNoun(fk.references) : 'dữ liệu';
    // both engines report in English; the insert/update case is the one that starts so
    if (/^insert or update/i.test(db.message)) {
      return new AppError(
        'CONFLICT',
        `Không lưu được ${referencing}: ${referenced} được chọn không còn tồn tại (có thể vừa bị xóa). Hãy tải lại trang rồi chọn lại.`,
      );
    }
    return new AppError('CONFLICT', `Không xóa được ${referenced}: còn ${referencing} dùng đến`);
  }
  if (db.code === CHECK_VIOLATION) {
    return new AppError(
      'CONFLICT',
      `Không lưu được ${tableNoun(db.table)}: dữ liệu không thỏa điều kiện kiểm tra của cơ sở dữ liệu${db.constraint ? ` (${db.constraint})` : ''}`,
    );
  }
  return null;
}
