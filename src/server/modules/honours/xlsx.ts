// XLSX of the honours register: the columns of an import of earlier decisions and their labels,
// the downloadable template (dropdowns from the catalogue), the export of a lookup. Pure: no database.
import type ExcelJS from 'exceljs';
import { viHonours } from '../../../shared/i18n/vi-honours';
import { formatDate } from '../../../shared/rules/display-format';
import type { HonourView } from '../../../shared/schemas/honours';
import { cleanText } from '../../xlsx/cells';
import {
  addListDropdowns,
  columnLetter,
  guideWriter,
  LANDSCAPE_A4,
  listWorkbook,
  newWorkbook,
  rangeValidations,
  workbookBytes,
  writeHeaderRow,
  writeTitleRows,
} from '../../xlsx/workbook';

/** Tên cột of the import: the template writes them, the import finds its columns and names errors by them. */
export const HONOUR_HEADERS = {
  stt: 'STT',
  kind: 'Đối tượng',
  name: 'Họ tên / Tên tập thể',
  birthYear: 'Năm sinh',
  gender: 'Giới tính',
  unitName: 'Đơn vị',
  formCode: 'Mã hình thức',
  year: 'Năm',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  signerLevel: 'Cấp khen',
  method: 'Phương thức',
  category: 'Đối tượng thống kê',
  achievement: 'Thành tích',
  achievementRef: 'Tham chiếu thành tích',
  prizeAmount: 'Tiền thưởng',
} as const;
export type HonourColumn = keyof typeof HONOUR_HEADERS;
export const HONOUR_COLUMNS = Object.keys(HONOUR_HEADERS) as HonourColumn[];
/** Columns a file must have; the others may be left out (blank). */
export const REQUIRED_COLUMNS: HonourColumn[] = [
  'kind',
  'name',
  'formCode',
  'year',
  'decisionNumber',
  'decisionDate',
];

export const HONOUR_SHEET = 'Khen thưởng';
const LISTS_SHEET = 'Danh mục';
const GUIDE_SHEET = 'Hướng dẫn';
const TEMPLATE_ROWS = 2000;
export const MAX_HONOUR_IMPORT_ROWS = 10_000;
const FIRST_DATA_ROW = 5;

const HINTS: Partial<Record<HonourColumn, string>> = {
  kind: 'Cá nhân/Tập thể/Hộ gia đình',
  gender: 'Nam/Nữ',
  decisionDate: 'dd/mm/yyyy',
  prizeAmount: 'đồng',
};
const WIDTHS: Record<HonourColumn, number> = {
  stt: 6,
  kind: 14,
  name: 28,
  birthYear: 10,
  gender: 9,
  unitName: 28,
  formCode: 16,
  year: 8,
  decisionNumber: 18,
  decisionDate: 14,
  signerLevel: 24,
  method: 14,
  category: 28,
  achievement: 50,
  achievementRef: 24,
  prizeAmount: 14,
};
const NUMERIC: HonourColumn[] = ['stt', 'birthYear', 'year', 'prizeAmount'];

export type TemplateForm = { code: string; name: string; appliesTo: string };

/** Mẫu nhập khen thưởng cũ: title, instructions, header, dropdowns (lists on a hidden sheet), a guide. */
export async function buildHonourTemplate(opts: {
  organizationName: string;
  forms: TemplateForm[];
  rows?: (string | number | null)[][];
}): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(HONOUR_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: FIRST_DATA_ROW - 1, activeCell: `A${FIRST_DATA_ROW}` }],
    pageSetup: LANDSCAPE_A4,
  });
  const guide = wb.addWorksheet(GUIDE_SHEET);
  const listsSheet = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const last = HONOUR_COLUMNS.length;
  HONOUR_COLUMNS.forEach((key, i) => {
    const col = ws.getColumn(i + 1);
    col.width = WIDTHS[key];
    // text stays text: decision numbers, dates as typed, codes
    if (!NUMERIC.includes(key)) col.numFmt = '@';
  });
  writeTitleRows(
    ws,
    [
      {
        text: 'SỔ KHEN THƯỞNG — NHẬP CÁC QUYẾT ĐỊNH KHEN THƯỞNG ĐÃ BAN HÀNH',
        font: { bold: true, size: 14 },
        height: 24,
      },
      { text: `Cơ quan: ${cleanText(opts.organizationName)}`, font: { bold: true, size: 12 }, height: 20 },
      {
        text:
          `Mỗi dòng một khen thưởng của một cá nhân, tập thể hoặc hộ gia đình, điền từ dòng ${FIRST_DATA_ROW}. ` +
          'Một quyết định khen nhiều người thì ghi nhiều dòng cùng số và ngày quyết định. Chọn Đối tượng, Mã hình thức, ' +
          'Giới tính, Cấp khen, Phương thức, Đối tượng thống kê trong danh sách thả xuống. Xem trang "Hướng dẫn".',
        font: { italic: true, color: { argb: 'FF555555' } },
        height: 42,
      },
    ],
    last,
  );
  writeHeaderRow(
    ws,
    FIRST_DATA_ROW - 1,
    HONOUR_COLUMNS.map((key) =>
      HINTS[key] ? `${HONOUR_HEADERS[key]} (${HINTS[key]})` : HONOUR_HEADERS[key],
    ),
  );
  (opts.rows ?? []).forEach((values, i) => {
    ws.getRow(FIRST_DATA_ROW + i).values = values.map((v) => (typeof v === 'string' ? cleanText(v) : v));
  });

  const lists: [HonourColumn, string[]][] = [
    ['kind', Object.values(viHonours.kind)],
    ['gender', Object.values(viHonours.gender)],
    ['formCode', opts.forms.map((f) => cleanText(f.code))],
    ['signerLevel', Object.values(viHonours.level)],
    ['method', Object.values(viHonours.method)],
    ['category', Object.values(viHonours.category)],
  ];
  addListDropdowns(
    ws,
    listsSheet,
    lists.map(([key, values]) => ({ header: HONOUR_HEADERS[key], range: columnRange(key), values })),
  );
  const validations = rangeValidations(ws);
  for (const key of ['year', 'birthYear'] as const) {
    validations.add(columnRange(key), {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [1900, 2100],
      showErrorMessage: true,
      errorTitle: HONOUR_HEADERS[key],
      error: `${HONOUR_HEADERS[key]} là số nguyên 4 chữ số`,
    });
  }
  fillGuide(guide, opts.forms);
  return workbookBytes(wb);
}

function columnRange(key: HonourColumn): string {
  const letter = columnLetter(HONOUR_COLUMNS.indexOf(key) + 1);
  return `${letter}${FIRST_DATA_ROW}:${letter}${FIRST_DATA_ROW - 1 + TEMPLATE_ROWS}`;
}

function fillGuide(guide: ExcelJS.Worksheet, forms: TemplateForm[]): void {
  const add = guideWriter(guide, [30, 90]);
  add('HƯỚNG DẪN NHẬP KHEN THƯỞNG CŨ', '', true);
  add('Quy tắc chung', '', true);
  add('', 'Khi nhập, hệ thống kiểm tra mọi dòng: chỉ cần một dòng sai thì không dòng nào được lưu;');
  add('', "danh sách lỗi ghi rõ dòng và cột (ví dụ: Dòng 7, cột 'Số quyết định': …).");
  add('', 'Một số quyết định chỉ ứng với một quyết định: cùng số thì phải cùng ngày và cùng cấp khen.');
  add('', 'Một người/tập thể không được ghi hai lần cùng hình thức trong cùng một quyết định.');
  add('', `Tối đa ${MAX_HONOUR_IMPORT_ROWS.toLocaleString('vi-VN')} dòng mỗi lần nhập.`);
  add('Các cột', '', true);
  const help: Record<HonourColumn, string> = {
    stt: 'Số thứ tự (không bắt buộc).',
    kind: "'Cá nhân', 'Tập thể' hoặc 'Hộ gia đình' (bắt buộc).",
    name: 'Họ và tên cá nhân, tên tập thể hoặc chủ hộ (bắt buộc).',
    birthYear: 'Cá nhân: năm sinh, 4 chữ số. Cùng họ tên, năm sinh và đơn vị là cùng một người.',
    gender: "Cá nhân: 'Nam' hoặc 'Nữ'.",
    unitName: 'Đơn vị công tác hoặc nơi cư trú. Trùng tên một đơn vị của cơ quan thì được gắn với đơn vị đó.',
    formCode: 'Mã hình thức trong danh mục của sổ (bảng dưới đây) (bắt buộc).',
    year: 'Năm được khen thưởng, danh hiệu của năm nào (bắt buộc, không sau năm của ngày quyết định).',
    decisionNumber: 'Số quyết định, ví dụ 12/QĐ-UBND (bắt buộc).',
    decisionDate: 'Ngày ký quyết định, dạng ngày/tháng/năm, ví dụ 05/01/2020 (bắt buộc).',
    signerLevel: `Cấp khen: ${Object.values(viHonours.level).join('; ')}. Để trống: theo cấp của hình thức.`,
    method: `Phương thức: ${Object.values(viHonours.method).join('; ')}. Để trống: Thường xuyên.`,
    category: `Đối tượng thống kê (không bắt buộc): ${Object.values(viHonours.category).join('; ')}.`,
    achievement: 'Tóm tắt thành tích (không bắt buộc).',
    achievementRef: 'Sáng kiến, công trình, văn bản được dẫn làm thành tích (không bắt buộc).',
    prizeAmount: 'Tiền thưởng, đồng (không bắt buộc), ví dụ 702000.',
  };
  for (const key of HONOUR_COLUMNS) add(HONOUR_HEADERS[key], help[key]);
  add('Hình thức trong danh mục của sổ', '', true);
  for (const f of forms) {
    const to = viHonours.kind[f.appliesTo as keyof typeof viHonours.kind] ?? f.appliesTo;
    add(cleanText(f.code), `${cleanText(f.name)} — áp dụng cho: ${to}`);
  }
}

/** Sổ khen thưởng as a printable list (the lookup's matches). */
export function exportHonoursXlsx(rows: HonourView[], title: string): Promise<Buffer> {
  return listWorkbook(rows, {
    title,
    sheetName: 'Sổ khen thưởng',
    columns: [
      { header: 'Năm', width: 8, value: (r) => r.year },
      { header: 'Họ tên / Tên tập thể', width: 28, value: (r) => r.name },
      { header: 'Đối tượng', width: 12, value: (r) => viHonours.kind[r.kind] },
      { header: 'Năm sinh', width: 9, value: (r) => r.birthYear },
      { header: 'Đơn vị', width: 26, value: (r) => r.unitName },
      { header: 'Mã hình thức', width: 13, value: (r) => r.formCode },
      { header: 'Hình thức', width: 34, value: (r) => r.formName },
      { header: 'Số quyết định', width: 18, value: (r) => r.decisionNumber },
      { header: 'Ngày quyết định', width: 13, value: (r) => formatDate(r.decisionDate) },
      { header: 'Cấp khen', width: 20, value: (r) => viHonours.level[r.signerLevel] },
      { header: 'Phương thức', width: 13, value: (r) => viHonours.method[r.method] },
      { header: 'Phong trào', width: 26, value: (r) => r.movementName ?? '' },
      { header: 'Thành tích', width: 50, value: (r) => r.achievement },
      { header: 'Tiền thưởng (đồng)', width: 14, value: (r) => r.prizeAmount || null },
      { header: 'Ghi chú', width: 14, value: (r) => (r.revoked ? 'Đã thu hồi' : '') },
    ],
  });
}
