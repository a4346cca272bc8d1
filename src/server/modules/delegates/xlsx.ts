// Danh sách đại biểu as XLSX: the template for guests, the import (every row checked; all rows or
// the full error list, "Dòng 7, cột 'Họ và tên': …") and the export (formula-safe). Pure: no database.

import ExcelJS from 'exceljs';
import { viDelegates } from '../../../shared/i18n/vi-delegates';
import { viNominations } from '../../../shared/i18n/vi-nominations';
import { formatClock, formatDay } from '../../../shared/rules/checkin-window';
import { attributeKeys, attributeLabel } from '../../../shared/rules/composition-tree';
import { checkDelegateCategory } from '../../../shared/rules/delegate-composition';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
import {
  type DelegateInput,
  type DelegateView,
  delegateInputSchema,
} from '../../../shared/schemas/delegates';
import type { DelegateRules } from '../../../shared/schemas/plan';
import { checkZip, cleanText, neutralizeCell, toText } from '../../xlsx/cells';
import type { ImportError } from '../../xlsx/import-errors';

export const DELEGATE_SHEET = 'Danh sách đại biểu';
export const MAX_DELEGATE_ROWS = 5000;
const HEADER_ROW = 3;

const HEADERS = {
  stt: 'STT',
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  title: 'Chức vụ',
  unitName: 'Đơn vị/Cơ quan',
  category: 'Nhóm đại biểu',
  subgroup: 'Nhóm con',
  seatGroup: 'Khu vực ghế',
  phone: 'Điện thoại',
  email: 'Email',
  note: 'Ghi chú',
} as const;
type Column = keyof typeof HEADERS;
const COLUMNS = Object.keys(HEADERS) as Column[];
const WIDTHS: Record<Column, number> = {
  stt: 6,
  fullName: 28,
  gender: 10,
  title: 28,
  unitName: 30,
  category: 28,
  subgroup: 30,
  seatGroup: 14,
  phone: 14,
  email: 24,
  note: 30,
};

/**
 * Thuộc tính as columns, after the fixed ones: one per attribute of the plan but "Nữ" (read from
 * Giới tính), headed by its label; a cell holds "x" when the delegate has it, empty when not.
 */
function attributeColumns(rules: DelegateRules): { key: string; header: string }[] {
  const builtin = viDelegates.attribute as Record<string, string>;
  return attributeKeys(rules)
    .filter((k) => k !== 'female')
    .map((k) => ({ key: k, header: cleanText(attributeLabel(rules, k) ?? builtin[k] ?? k) }));
}
const YES = new Set(['x', 'co', '1', 'yes']);
const NO = new Set(['', 'khong', '0', 'no']);

const headerKey = (s: string) => foldVietnamese(s.replace(/\([^)]*\)/g, ' ')).replace(/\s*\/\s*/g, '/');

/** Mẫu danh sách khách mời: header on row 3, the plan's categories as a dropdown. */
export async function buildDelegateTemplate(opts: {
  conferenceName: string;
  rules: DelegateRules;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vinh Danh';
  const ws = wb.addWorksheet(DELEGATE_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  const attrs = attributeColumns(opts.rules);
  const width = COLUMNS.length + attrs.length;
  const lists = wb.addWorksheet('Danh mục', { state: 'hidden' });
  COLUMNS.forEach((key, i) => {
    ws.getColumn(i + 1).width = WIDTHS[key];
    if (key !== 'stt') ws.getColumn(i + 1).numFmt = '@';
  });
  ws.getCell(1, 1).value = `DANH SÁCH ĐẠI BIỂU – ${cleanText(opts.conferenceName).toUpperCase()}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value =
    'Mỗi dòng một đại biểu, điền từ dòng 4. Họ và tên là bắt buộc; Nhóm đại biểu chọn trong danh sách (để trống: nhóm chọn khi nhập). ' +
    'Chỉ cần một dòng sai thì không dòng nào được lưu; lỗi ghi rõ dòng và cột.';
  ws.getCell(2, 1).alignment = { wrapText: true };
  ws.getRow(2).height = 32;
  ws.mergeCells(1, 1, 1, width);
  ws.mergeCells(2, 1, 2, width);
  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((key, i) => {
    const cell = header.getCell(i + 1);
    cell.value = key === 'gender' ? `${HEADERS[key]} (Nam/Nữ)` : HEADERS[key];
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  attrs.forEach((a, j) => {
    const col = COLUMNS.length + 1 + j;
    ws.getColumn(col).width = 18;
    const cell = header.getCell(col);
    cell.value = `${a.header} (x)`;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  const labels = opts.rules.categories.map((c) => cleanText(c.label));
  labels.forEach((l, i) => {
    lists.getCell(i + 1, 1).value = l;
  });
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  const letter = (key: Column) => String.fromCharCode(65 + COLUMNS.indexOf(key));
  const range = (key: Column) => `${letter(key)}${HEADER_ROW + 1}:${letter(key)}${HEADER_ROW + 1000}`;
  if (labels.length) {
    validations.add(range('category'), {
      type: 'list',
      allowBlank: true,
      formulae: [`'Danh mục'!$A$1:$A$${labels.length}`],
    });
  }
  validations.add(range('gender'), { type: 'list', allowBlank: true, formulae: ['"Nam,Nữ"'] });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type ParseDelegatesResult = { ok: true; rows: DelegateInput[] } | { ok: false; errors: ImportError[] };

const fileError = (message: string): ParseDelegatesResult => ({
  ok: false,
  errors: [{ row: 0, column: '', message }],
});

/** Reads every row; `defaultCategory` is used where the row leaves Nhóm đại biểu empty. */
export async function parseDelegateSheet(
  buffer: Buffer,
  opts: { rules: DelegateRules; defaultCategory: string | null },
): Promise<ParseDelegatesResult> {
  const zip = await checkZip(buffer);
  if (zip) return fileError(zip);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return fileError('Tệp không phải là bảng tính Excel (.xlsx)');
  }
  const ws = wb.getWorksheet(DELEGATE_SHEET) ?? wb.worksheets.find((w) => w.state === 'visible');
  if (!ws) return fileError('Tệp không có trang tính nào');
  const wanted = new Map(COLUMNS.map((k) => [headerKey(HEADERS[k]), k]));
  let headerRow = 0;
  const columns: Partial<Record<Column, number>> = {};
  for (let r = 1; r <= Math.min(30, ws.rowCount) && !headerRow; r++) {
    ws.getRow(r).eachCell((cell, col) => {
      const key = wanted.get(headerKey(toText(cell.value)));
      if (key && columns[key] === undefined) columns[key] = col;
    });
    if (columns.fullName) headerRow = r;
    else for (const k of COLUMNS) delete columns[k];
  }
  if (!headerRow)
    return fileError(
      `Không tìm thấy dòng tiêu đề (cần cột '${HEADERS.fullName}'). Hãy dùng tệp mẫu tải từ hệ thống.`,
    );

  const attrByHeader = new Map<string, { key: string; header: string }>();
  for (const a of attributeColumns(opts.rules)) {
    attrByHeader.set(headerKey(a.header), a);
    attrByHeader.set(headerKey(a.key), a);
  }
  const attrColumns: { key: string; header: string; col: number }[] = [];
  ws.getRow(headerRow).eachCell((c, col) => {
    const a = attrByHeader.get(headerKey(toText(c.value)));
    if (a && !attrColumns.some((x) => x.key === a.key)) attrColumns.push({ ...a, col });
  });
  const byLabel = new Map<string, string>();
  for (const c of opts.rules.categories) {
    byLabel.set(foldVietnamese(c.label), c.key);
    byLabel.set(foldVietnamese(c.key), c.key);
  }
  const rows: DelegateInput[] = [];
  const errors: ImportError[] = [];
  let count = 0;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cell = (k: Column) => (columns[k] === undefined ? '' : toText(row.getCell(columns[k]!).value));
    const attrText = (c: { col: number }) => toText(row.getCell(c.col).value);
    if (COLUMNS.every((k) => k === 'stt' || cell(k) === '') && attrColumns.every((c) => attrText(c) === ''))
      continue;
    if (++count > MAX_DELEGATE_ROWS)
      return fileError(`Tệp có quá nhiều dòng: tối đa ${MAX_DELEGATE_ROWS} dòng mỗi lần nhập`);
    const rowErrors: { column: Column; message: string }[] = [];
    const categoryText = cell('category');
    const category = categoryText ? byLabel.get(foldVietnamese(categoryText)) : opts.defaultCategory;
    if (!category) {
      rowErrors.push({
        column: 'category',
        message: categoryText
          ? `Nhóm đại biểu '${categoryText}' không có trong kế hoạch (các nhóm: ${opts.rules.categories.map((c) => c.label).join(', ')})`
          : 'Nhóm đại biểu là bắt buộc',
      });
    }
    const genderText = foldVietnamese(cell('gender'));
    const gender =
      genderText === ''
        ? null
        : genderText === 'nam'
          ? 'male'
          : genderText === 'nu'
            ? 'female'
            : cell('gender');
    const attributes: string[] = [];
    const attrErrors: ImportError[] = [];
    for (const c of attrColumns) {
      const v = foldVietnamese(attrText(c));
      if (YES.has(v)) attributes.push(c.key);
      else if (!NO.has(v)) {
        attrErrors.push({
          row: r,
          column: c.header,
          message: `Giá trị '${attrText(c)}' không hợp lệ: ghi "x" nếu đại biểu có thuộc tính "${c.header}", để trống nếu không`,
        });
      }
    }
    const input = {
      category: category ?? '',
      attributes,
      subgroup: cell('subgroup'),
      fullName: cell('fullName'),
      gender,
      title: cell('title'),
      unitName: cell('unitName'),
      seatGroup: cell('seatGroup'),
      phone: cell('phone'),
      email: cell('email'),
      note: cell('note'),
    };
    const parsed = delegateInputSchema.safeParse(input);
    for (const issue of parsed.error?.issues ?? []) {
      const column = String(issue.path[0] ?? 'fullName') as Column;
      if (column === 'category' && !category) continue;
      rowErrors.push({ column: COLUMNS.includes(column) ? column : 'fullName', message: issue.message });
    }
    if (category && parsed.success) {
      for (const i of checkDelegateCategory(opts.rules, parsed.data))
        rowErrors.push({ column: i.field === 'attributes' ? 'fullName' : i.field, message: i.message });
    }
    if (rowErrors.length === 0 && attrErrors.length === 0 && parsed.success) rows.push(parsed.data);
    for (const e of rowErrors.sort((a, b) => COLUMNS.indexOf(a.column) - COLUMNS.indexOf(b.column))) {
      errors.push({ row: r, column: HEADERS[e.column], message: e.message });
    }
    errors.push(...attrErrors);
  }
  if (count === 0) return fileError(`Tệp không có dòng dữ liệu nào dưới dòng tiêu đề (dòng ${headerRow})`);
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

const EXPORT_COLUMNS: { header: string; width: number; value: (d: DelegateView) => string }[] = [
  { header: 'Họ và tên', width: 28, value: (d) => d.fullName },
  { header: 'Giới tính', width: 10, value: (d) => (d.gender ? viNominations.gender[d.gender] : '') },
  { header: 'Chức vụ', width: 28, value: (d) => d.title },
  { header: 'Đơn vị/Cơ quan', width: 30, value: (d) => d.unitName },
  { header: 'Nhóm đại biểu', width: 28, value: (d) => d.categoryLabel },
  { header: 'Nhóm con', width: 30, value: (d) => d.subgroup },
  { header: 'Khu vực ghế', width: 14, value: (d) => d.seatGroup },
  { header: 'Điện thoại', width: 14, value: (d) => d.phone },
  { header: 'Email', width: 24, value: (d) => d.email },
  {
    header: 'Xác nhận tham dự',
    width: 22,
    value: (d) => viDelegates.rsvpFull[d.rsvpStatus] + (d.substituteName ? `: ${d.substituteName}` : ''),
  },
  {
    header: 'Đã đến',
    width: 18,
    value: (d) =>
      d.checkIn
        ? `${formatClock(d.checkIn.at)} ${formatDay(new Date(Date.parse(d.checkIn.at) + 7 * 3600_000).toISOString().slice(0, 10))}`
        : '',
  },
  { header: 'Ghi chú', width: 30, value: (d) => d.note },
];

/** Danh sách đại biểu: one row per delegate in list order; no cell can be evaluated as a formula. */
export async function exportDelegatesXlsx(
  delegates: DelegateView[],
  opts: { title: string; rules: DelegateRules },
): Promise<Buffer> {
  const columns = [
    ...EXPORT_COLUMNS,
    ...attributeColumns(opts.rules).map((a) => ({
      header: a.header,
      width: 16,
      value: (d: DelegateView) => (d.attributes.includes(a.key) ? 'x' : ''),
    })),
  ];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vinh Danh';
  const ws = wb.addWorksheet('Danh sách', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const last = columns.length + 1;
  ws.getColumn(1).width = 6;
  columns.forEach((c, i) => {
    ws.getColumn(i + 2).width = c.width;
  });
  ws.getCell(1, 1).value = neutralizeCell(opts.title);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, last);
  const header = ws.getRow(2);
  ['STT', ...columns.map((c) => c.header)].forEach((h, i) => {
    header.getCell(i + 1).value = h;
    header.getCell(i + 1).font = { bold: true };
  });
  delegates.forEach((d, i) => {
    ws.addRow([i + 1, ...columns.map((c) => neutralizeCell(c.value(d)))]).alignment = {
      vertical: 'top',
      wrapText: true,
    };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
