// Workbook-level helpers shared by every XLSX import and export: opening an upload, finding the
// header row, writing a titled list, the house styles. Pure: no database, no module.
import ExcelJS from 'exceljs';
import { foldVietnamese } from '../../shared/rules/vietnamese-text';
import { checkZip, NOT_XLSX, neutralizeCell, toText } from './cells';

/** A4 landscape, fitted to the page width. */
export const LANDSCAPE_A4: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};
const thin = { style: 'thin' as const };
export const THIN_BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vinh Danh';
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Bold, centred, wrapped, shaded: a header cell. */
export function styleHeaderCell(cell: ExcelJS.Cell, opts: { border?: boolean } = {}): void {
  cell.font = { bold: true };
  cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  cell.fill = HEADER_FILL;
  if (opts.border) cell.border = THIN_BORDER;
}

/** Column number (1-based) → its letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * Range validations (one <dataValidation sqref="B5:B2004"> each) instead of one per cell; exceljs
 * supports this but its typings omit `dataValidations`.
 */
export function rangeValidations(ws: ExcelJS.Worksheet): {
  add(range: string, v: ExcelJS.DataValidation): void;
} {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

/** The uploaded workbook's sheet named `sheetName` (else its first visible one), or why not. */
export async function openUploadedSheet(
  buffer: Buffer,
  sheetName: string,
): Promise<{ ws: ExcelJS.Worksheet } | { error: string }> {
  const zipProblem = await checkZip(buffer);
  if (zipProblem) return { error: zipProblem };
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's types want its own Buffer flavour; a Node Buffer is what it reads.
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { error: NOT_XLSX };
  }
  const ws = wb.getWorksheet(sheetName) ?? wb.worksheets.find((w) => w.state === 'visible');
  return ws ? { ws } : { error: 'Tệp không có trang tính nào' };
}

/** Header text → comparable key: no "(hint)", case, diacritics, spacing or NFC differences. */
export const headerKey = (s: string) =>
  foldVietnamese(s.replace(/\([^)]*\)/g, ' '))
    .replace(/\s*\/\s*/g, '/')
    .trim();

/**
 * The first of the top `searchRows` rows that names every `required` column, with the column
 * number of each header it names (matched by headerKey, so a typed header still counts).
 */
export function findHeaderRow<K extends string>(
  ws: ExcelJS.Worksheet,
  headers: Record<K, string>,
  required: NoInfer<K>[],
  searchRows = 30,
): { headerRow: number; columns: Partial<Record<K, number>> } | null {
  const wanted = new Map((Object.keys(headers) as K[]).map((k) => [headerKey(headers[k]), k]));
  for (let r = 1; r <= Math.min(searchRows, ws.rowCount); r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const columns: Partial<Record<K, number>> = {};
    row.eachCell((cell, col) => {
      const key = wanted.get(headerKey(toText(cell.value)));
      if (key && columns[key] === undefined) columns[key] = col;
    });
    if (required.every((k) => columns[k] !== undefined)) return { headerRow: r, columns };
  }
  return null;
}

export type ListColumn<R> = { header: string; width: number; value: (r: R) => string | number | null };

/**
 * A printable list: a title row, a shaded header row with STT and an autofilter, one row per item;
 * every text cell neutralized so nothing in it can run as a formula.
 */
export async function listWorkbook<R>(
  rows: R[],
  opts: { title: string; sheetName: string; columns: ListColumn<R>[] },
): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(opts.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2, activeCell: 'A3' }],
    pageSetup: LANDSCAPE_A4,
  });
  const last = opts.columns.length + 1;
  ws.getColumn(1).width = 6;
  opts.columns.forEach((c, i) => {
    ws.getColumn(i + 2).width = c.width;
  });
  const title = ws.getCell(1, 1);
  title.value = neutralizeCell(opts.title);
  title.font = { bold: true, size: 14 };
  ws.getRow(1).height = 22;
  ws.mergeCells(1, 1, 1, last);
  const header = ws.getRow(2);
  ['STT', ...opts.columns.map((c) => c.header)].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    styleHeaderCell(cell);
  });
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: last } };
  rows.forEach((r, i) => {
    const values = opts.columns.map((c) => {
      const v = c.value(r);
      return typeof v === 'string' ? neutralizeCell(v) : v;
    });
    ws.addRow([i + 1, ...values]).alignment = { vertical: 'top', wrapText: true };
  });
  return workbookBytes(wb);
}

/** A stored code ("female") → its label ("Nữ"); anything else is shown as given. */
export function codeLabel(value: string, labels: Readonly<Record<string, string>>): string {
  return Object.hasOwn(labels, value) ? labels[value]! : value;
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** ISO timestamp → "23/03/2020 14:05" in Vietnam time; anything unparsable is shown as given. */
export function cellDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = Object.fromEntries(DATE_TIME.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

// ---- import templates: the parts every "mẫu nhập" has ------------------------------------------

export type TitleRow = { text: string; font: Partial<ExcelJS.Font>; height: number };

/** The template's top rows (title, who it is for, how to fill it), each merged across the columns. */
export function writeTitleRows(ws: ExcelJS.Worksheet, rows: TitleRow[], lastColumn: number): void {
  rows.forEach(({ text, font, height }, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = font;
    row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
    row.height = height;
    ws.mergeCells(i + 1, 1, i + 1, lastColumn);
  });
}

/** The header row: one shaded, bordered cell per label ("Giới tính (Nam/Nữ)"). */
export function writeHeaderRow(ws: ExcelJS.Worksheet, rowNumber: number, labels: string[]): void {
  const header = ws.getRow(rowNumber);
  labels.forEach((label, i) => {
    const cell = header.getCell(i + 1);
    cell.value = label;
    styleHeaderCell(cell, { border: true });
  });
  header.height = 36;
}

/**
 * Dropdowns: each list written in a column of the (hidden) lists sheet and offered on its range
 * of the data sheet (ranges, not inline lists: labels contain commas).
 */
export function addListDropdowns(
  ws: ExcelJS.Worksheet,
  lists: ExcelJS.Worksheet,
  columns: { header: string; range: string; values: string[] }[],
): void {
  const validations = rangeValidations(ws);
  columns.forEach(({ header, range, values }, i) => {
    const letter = columnLetter(i + 1);
    lists.getCell(`${letter}1`).value = header;
    values.forEach((v, j) => {
      lists.getCell(`${letter}${j + 2}`).value = v;
    });
    if (values.length === 0) return;
    validations.add(range, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${lists.name}'!$${letter}$2:$${letter}$${values.length + 1}`],
      showErrorMessage: true,
      errorTitle: header,
      error: `Chọn một giá trị trong danh sách của cột '${header}'`,
    });
  });
}

/** The guide sheet's writer: two wrapped columns, a bold line for a heading. */
export function guideWriter(guide: ExcelJS.Worksheet, widths: [number, number]) {
  guide.getColumn(1).width = widths[0];
  guide.getColumn(2).width = widths[1];
  return (a: string, b = '', bold = false) => {
    const row = guide.addRow([a, b]);
    row.font = { bold };
    row.alignment = { wrapText: true, vertical: 'top' };
  };
}
