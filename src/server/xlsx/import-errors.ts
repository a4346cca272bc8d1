// Import problems of any spreadsheet import (nominations, delegates…): one row per problem,
// refused as a whole ("tất cả hoặc không dòng nào").
import { AppError } from '../errors';

/** One import problem. row 0 = the file as a whole; column '' = the row as a whole. */
export type ImportError = { row: number; column: string; message: string };

/** "Dòng 7, cột 'Năm sinh': Năm sinh phải từ 1900 trở đi" */
export function formatImportError(e: ImportError): string {
  if (e.row > 0 && e.column) return `Dòng ${e.row}, cột '${e.column}': ${e.message}`;
  if (e.row > 0) return `Dòng ${e.row}: ${e.message}`;
  return e.message;
}

/** A file with errors: 400, nothing stored; the first three in the message, every one in `rows`. */
export function importRefusal(errors: ImportError[]): AppError {
  const shown = errors.slice(0, 3).map(formatImportError).join('; ');
  const more = errors.length > 3 ? ` (và ${errors.length - 3} lỗi khác)` : '';
  return new AppError('VALIDATION', `Tệp có ${errors.length} lỗi, chưa lưu dòng nào: ${shown}${more}`, {
    rows: errors,
  });
}

/**
 * One row's problems as import errors, in the columns' order, each once: a column's own, more
 * precise message (the row mapper's) wins over the schema's issues for the same column.
 */
export function rowErrors<K extends string>(
  row: number,
  problems: { own: { column: K; message: string }[]; schema: { column: K; message: string }[] },
  columns: readonly K[],
  headers: Readonly<Record<K, string>>,
): ImportError[] {
  const own = new Set(problems.own.map((p) => p.column));
  const all = [...problems.own, ...problems.schema.filter((p) => !own.has(p.column))];
  const seen = new Set<string>();
  const out: ImportError[] = [];
  for (const p of all.sort((a, b) => columns.indexOf(a.column) - columns.indexOf(b.column))) {
    const key = `${p.column}\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ row, column: headers[p.column], message: p.message });
  }
  return out;
}
