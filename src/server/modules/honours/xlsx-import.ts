// Nhập khen thưởng cũ: every row of the sheet read and checked against the shared schema; the
// result is the rows (with their row numbers, for the register's checks) or every error.
import type ExcelJS from 'exceljs';
import { viHonours } from '../../../shared/i18n/vi-honours';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
import { type HonourInput, honourInputSchema } from '../../../shared/schemas/honours';
import { cellIsoDate, plain, type Raw, toText } from '../../xlsx/cells';
import { type ImportError, rowErrors } from '../../xlsx/import-errors';
import { findHeaderRow, openUploadedSheet } from '../../xlsx/workbook';
import {
  HONOUR_COLUMNS,
  HONOUR_HEADERS,
  HONOUR_SHEET,
  type HonourColumn,
  MAX_HONOUR_IMPORT_ROWS,
  REQUIRED_COLUMNS,
} from './xlsx';

export type ParsedHonourRow = { row: number; input: HonourInput };
export type ParseHonoursResult =
  | { ok: true; rows: ParsedHonourRow[] }
  | { ok: false; errors: ImportError[]; rows: ParsedHonourRow[] };

const fileError = (message: string): ParseHonoursResult => ({
  ok: false,
  errors: [{ row: 0, column: '', message }],
  rows: [],
});

type Cell = { raw: Raw; text: string };
type Cells = Record<HonourColumn, Cell>;
type RowProblem = { column: HonourColumn; message: string };

/**
 * Reads the sheet: the header row (found by its names), then each non-blank row. Rows that pass
 * the schema come back in `rows` even when others fail, so the caller can check them against the
 * register too and report every error at once.
 */
export async function parseHonourSheet(
  buffer: Buffer,
  forms: { code: string; name: string }[],
): Promise<ParseHonoursResult> {
  const sheet = await openUploadedSheet(buffer, HONOUR_SHEET);
  if ('error' in sheet) return fileError(sheet.error);
  const { ws } = sheet;
  const found = findHeaderRow(ws, HONOUR_HEADERS, REQUIRED_COLUMNS);
  if (!found) {
    return fileError(
      `Không tìm thấy dòng tiêu đề (cần các cột ${REQUIRED_COLUMNS.map((k) => `'${HONOUR_HEADERS[k]}'`).join(', ')}). ` +
        'Hãy dùng tệp mẫu tải từ hệ thống.',
    );
  }
  const { headerRow, columns } = found;
  const formCodes = new Map<string, string>();
  for (const f of forms) formCodes.set(foldVietnamese(f.name), f.code);
  for (const f of forms) formCodes.set(foldVietnamese(f.code), f.code);

  const rows: ParsedHonourRow[] = [];
  const errors: ImportError[] = [];
  let dataRows = 0;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const cells = readCells(row, columns);
    if (HONOUR_COLUMNS.every((k) => k === 'stt' || cells[k].text === '')) continue;
    if (++dataRows > MAX_HONOUR_IMPORT_ROWS) {
      return fileError(
        `Tệp có quá nhiều dòng: tối đa ${MAX_HONOUR_IMPORT_ROWS.toLocaleString('vi-VN')} dòng mỗi lần nhập`,
      );
    }
    const { input, problems } = mapRow(cells, formCodes);
    const parsed = honourInputSchema.safeParse(input);
    if (parsed.success && problems.length === 0) {
      rows.push({ row: r, input: parsed.data });
      continue;
    }
    const schema = (parsed.error?.issues ?? []).map((issue) => ({
      column: FIELD_COLUMNS[String(issue.path[0])] ?? ('name' as const),
      message: issue.message,
    }));
    errors.push(...rowErrors(r, { own: problems, schema }, HONOUR_COLUMNS, HONOUR_HEADERS));
  }
  if (dataRows === 0) return fileError(`Tệp không có dòng dữ liệu nào dưới dòng tiêu đề (dòng ${headerRow})`);
  return errors.length ? { ok: false, errors, rows } : { ok: true, rows };
}

function readCells(row: ExcelJS.Row, columns: Partial<Record<HonourColumn, number>>): Cells {
  const out = {} as Cells;
  for (const key of HONOUR_COLUMNS) {
    const col = columns[key];
    const raw = col === undefined ? null : plain(row.getCell(col).value);
    out[key] = { raw, text: toText(raw) };
  }
  return out;
}

/** A label ("Nữ", "nu", "Xã, phường") or a code → the code; unknown text stays for zod to name. */
function code<K extends string>(text: string, labels: Record<K, string>): string | null {
  if (!text) return null;
  const key = foldVietnamese(text);
  for (const [c, label] of Object.entries(labels) as [K, string][]) {
    if (key === foldVietnamese(label) || key === c) return c;
  }
  return text;
}

/** Whole numbers from numeric or text cells ("1.500.000", "1 500 000"); other text stays for zod. */
function wholeNumber(c: Cell): number | string | null {
  if (typeof c.raw === 'number') return c.raw;
  if (c.text === '') return null;
  const t = c.text.replace(/[\s.,]/g, '');
  return /^\d+$/.test(t) ? Number(t) : c.text;
}

function mapRow(c: Cells, formCodes: Map<string, string>): { input: object; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const kind = code(c.kind.text, viHonours.kind);
  if (!kind || !(kind in viHonours.kind)) {
    problems.push({ column: 'kind', message: "Đối tượng phải là 'Cá nhân', 'Tập thể' hoặc 'Hộ gia đình'" });
  }
  const decisionDate = c.decisionDate.text === '' ? '' : cellIsoDate(c.decisionDate.raw, c.decisionDate.text);
  if (decisionDate === null) {
    problems.push({
      column: 'decisionDate',
      message: `${HONOUR_HEADERS.decisionDate} phải có dạng ngày/tháng/năm (dd/mm/yyyy)`,
    });
  }
  const formText = c.formCode.text;
  const prize = wholeNumber(c.prizeAmount);
  if (typeof prize === 'string') {
    problems.push({ column: 'prizeAmount', message: 'Tiền thưởng phải là số tiền (đồng), ví dụ 702000' });
  }
  const input = {
    kind,
    name: c.name.text,
    birthYear: wholeNumber(c.birthYear),
    gender: code(c.gender.text, viHonours.gender),
    unitName: c.unitName.text,
    formCode: formCodes.get(foldVietnamese(formText)) ?? formText,
    year: c.year.text === '' ? undefined : wholeNumber(c.year),
    decisionNumber: c.decisionNumber.text,
    decisionDate: decisionDate ?? c.decisionDate.text,
    signerLevel: code(c.signerLevel.text, viHonours.level),
    method: code(c.method.text, viHonours.method) ?? 'regular',
    category: code(c.category.text, viHonours.category),
    achievement: c.achievement.text,
    achievementRef: c.achievementRef.text,
    prizeAmount: prize ?? 0,
  };
  return { input, problems };
}

const FIELD_COLUMNS: Record<string, HonourColumn> = {
  kind: 'kind',
  name: 'name',
  birthYear: 'birthYear',
  gender: 'gender',
  unitName: 'unitName',
  formCode: 'formCode',
  year: 'year',
  decisionNumber: 'decisionNumber',
  decisionDate: 'decisionDate',
  signerLevel: 'signerLevel',
  method: 'method',
  category: 'category',
  achievement: 'achievement',
  achievementRef: 'achievementRef',
  prizeAmount: 'prizeAmount',
  movementId: 'name',
};
