// The statistics forms as one workbook, one sheet per form, in the official layout: the title
// block (Biểu số, the circular line, Đơn vị báo cáo / nhận báo cáo), the form's title and year,
// the two header rows with the column letters and numbers, the rows with their Mã số, and the
// signatures (Người lập biểu, Thủ trưởng đơn vị). Times New Roman, merged cells, thin borders.
import type ExcelJS from 'exceljs';
import type { StatisticsFormView, StatisticsView } from '../../../shared/schemas/movements';
import { neutralizeCell } from '../../xlsx/cells';
import { LANDSCAPE_A4, newWorkbook, THIN_BORDER, workbookBytes } from '../../xlsx/workbook';

const FONT = 'Times New Roman';
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: FONT,
  size: 12,
  ...extra,
});
const CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

/** A sheet name from the form code: "0602.N/BNV-TĐKT" → "Biểu 0602.N" (no "/" allowed). */
export const sheetName = (code: string) => `Biểu ${code.split('/')[0]}`;

/** Writes `value` into the merged range from column `c1` to `c2` of row `r`. */
function put(
  ws: ExcelJS.Worksheet,
  r: number,
  c1: number,
  c2: number,
  value: string,
  style: { font?: Partial<ExcelJS.Font>; alignment?: Partial<ExcelJS.Alignment> } = {},
) {
  if (c2 > c1) ws.mergeCells(r, c1, r, c2);
  const cell = ws.getCell(r, c1);
  cell.value = value;
  cell.font = style.font ?? font();
  cell.alignment = style.alignment ?? { vertical: 'middle', wrapText: true };
}

function titleBlock(ws: ExcelJS.Worksheet, form: StatisticsFormView, view: StatisticsView, width: number) {
  const mid = Math.max(2, Math.floor(width / 2));
  const left = { vertical: 'middle', horizontal: 'left', wrapText: true } as const;
  const right = { vertical: 'middle', horizontal: 'center', wrapText: true } as const;
  put(ws, 1, 1, mid, `Biểu số: ${form.code}`, { font: font({ bold: true }), alignment: left });
  put(ws, 1, mid + 1, width, `Đơn vị báo cáo: ${neutralizeCell(view.reporter)}`, { alignment: right });
  put(ws, 2, 1, mid, form.circular, { font: font({ italic: true }), alignment: left });
  put(ws, 2, mid + 1, width, `Đơn vị nhận báo cáo: ${neutralizeCell(view.receiver)}`, { alignment: right });
  put(ws, 3, 1, mid, 'Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo', { alignment: left });
  put(ws, 5, 1, width, form.title.toUpperCase(), { font: font({ bold: true, size: 14 }), alignment: CENTER });
  put(ws, 6, 1, width, view.yearLabel, { font: font({ italic: true }), alignment: CENTER });
  put(ws, 7, 1, width, `(${form.period})`, { font: font({ italic: true }), alignment: CENTER });
  if (form.unitLine) {
    put(ws, 8, 1, width, form.unitLine, { font: font({ italic: true }), alignment: { horizontal: 'right' } });
  }
  ws.getRow(5).height = form.title.length > 80 ? 36 : 20;
}

/** Header rows 9–10 (labels, "Chia ra" over the split columns) and row 11 (A, B, C, 1, 2 …). */
function headerRows(ws: ExcelJS.Worksheet, form: StatisticsFormView, first: number) {
  const head = (r1: number, c1: number, r2: number, c2: number, value: string) => {
    if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
    const cell = ws.getCell(r1, c1);
    cell.value = value;
    cell.font = font({ bold: true });
    cell.alignment = CENTER;
  };
  head(9, 1, 10, 1, '');
  head(9, 2, 10, 2, 'Mã số');
  if (form.unitColumn) head(9, 3, 10, 3, 'Đơn vị tính');
  const letters = form.unitColumn ? ['A', 'B', 'C'] : ['A', 'B'];
  const groups = new Map<string, number[]>();
  form.columns.forEach((c, i) => {
    const col = first + i;
    if (!c.group) head(9, col, 10, col, c.label);
    else groups.set(c.group, [...(groups.get(c.group) ?? []), col]);
  });
  for (const [group, cols] of groups) {
    head(9, cols[0]!, 9, cols.at(-1)!, group);
    for (const col of cols) head(10, col, 10, col, form.columns[col - first]!.label);
  }
  [...letters, ...form.columns.map((c) => c.number)].forEach((label, i) => {
    const cell = ws.getCell(11, i + 1);
    cell.value = label;
    cell.font = font({ bold: true });
    cell.alignment = CENTER;
  });
  ws.getRow(10).height = 90;
}

function dataRows(ws: ExcelJS.Worksheet, form: StatisticsFormView, first: number): number {
  let r = 12;
  for (const row of form.rows) {
    const label = ws.getCell(r, 1);
    label.value = row.label;
    label.font = font({ bold: row.heading || row.code === '01', italic: row.label.startsWith('Trong đó') });
    label.alignment = { vertical: 'middle', wrapText: true };
    const code = ws.getCell(r, 2);
    code.value = row.code;
    code.font = font();
    code.alignment = CENTER;
    if (form.unitColumn) {
      const unit = ws.getCell(r, 3);
      unit.value = row.unit;
      unit.font = font();
      unit.alignment = CENTER;
    }
    row.values.forEach((v, i) => {
      const cell = ws.getCell(r, first + i);
      cell.value = v;
      cell.font = font({ bold: row.code === '01' });
      cell.alignment = { horizontal: 'right', vertical: 'middle' };
    });
    r++;
  }
  return r - 1;
}

function footer(ws: ExcelJS.Worksheet, form: StatisticsFormView, after: number, width: number) {
  const mid = Math.max(2, Math.floor(width / 2));
  let r = after + 2;
  put(ws, r, 1, width, `Ghi chú: ${form.note}`, { font: font({ italic: true, size: 11 }) });
  ws.getRow(r).height = Math.min(120, 16 * Math.ceil(form.note.length / 140) + 8);
  r += 2;
  put(ws, r, mid + 1, width, '…………, ngày … tháng … năm …', {
    font: font({ italic: true }),
    alignment: CENTER,
  });
  r++;
  put(ws, r, 1, mid, 'Người lập biểu', { font: font({ bold: true }), alignment: CENTER });
  put(ws, r, mid + 1, width, 'Thủ trưởng đơn vị', { font: font({ bold: true }), alignment: CENTER });
  r++;
  put(ws, r, 1, mid, '(Ký, họ tên)', { font: font({ italic: true }), alignment: CENTER });
  put(ws, r, mid + 1, width, '(Ký, họ tên, đóng dấu)', { font: font({ italic: true }), alignment: CENTER });
}

function formSheet(wb: ExcelJS.Workbook, form: StatisticsFormView, view: StatisticsView) {
  const ws = wb.addWorksheet(sheetName(form.code), { pageSetup: LANDSCAPE_A4 });
  const first = form.unitColumn ? 4 : 3;
  const width = first - 1 + form.columns.length;
  ws.getColumn(1).width = 48;
  ws.getColumn(2).width = 8;
  if (form.unitColumn) ws.getColumn(3).width = 12;
  for (let c = first; c <= width; c++) ws.getColumn(c).width = form.columns.length > 6 ? 13 : 18;
  titleBlock(ws, form, view, width);
  headerRows(ws, form, first);
  const last = dataRows(ws, form, first);
  for (let r = 9; r <= last; r++) for (let c = 1; c <= width; c++) ws.getCell(r, c).border = THIN_BORDER;
  footer(ws, form, last, width);
}

/** Every form of the view, one sheet each. */
export async function statisticsWorkbook(view: StatisticsView): Promise<Buffer> {
  const wb = newWorkbook();
  for (const form of view.forms) formSheet(wb, form, view);
  return workbookBytes(wb);
}
