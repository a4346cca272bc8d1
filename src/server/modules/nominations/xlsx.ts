// XLSX for a unit's nominee list: the shared column names and labels, the downloadable template,
// and the error format. Import lives in xlsx-import.ts, export in xlsx-export.ts. Pure: no database.
import type ExcelJS from 'exceljs';
import { viNominations } from '../../../shared/i18n/vi-nominations';
import type { AwardSubject } from '../../../shared/schemas/nominations';
import { cleanText } from '../../xlsx/cells';
import {
  columnLetter,
  LANDSCAPE_A4,
  newWorkbook,
  rangeValidations,
  styleHeaderCell,
  workbookBytes,
} from '../../xlsx/workbook';

/** Tên cột: the header labels of the template; import finds its columns and names errors by them. */
export const NOMINATION_HEADERS = {
  stt: 'STT',
  kind: 'Loại',
  awardForm: 'Hình thức khen thưởng đề nghị',
  name: 'Họ và tên / Tên tập thể',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  ethnicity: 'Dân tộc',
  position: 'Chức vụ/nghề nghiệp',
  occupationGroup: 'Nhóm đối tượng',
  field: 'Lĩnh vực',
  phone: 'Điện thoại',
  collectiveType: 'Loại tập thể',
  headName: 'Người đứng đầu',
  memberCount: 'Số thành viên',
  womenSharePercent: 'Tỷ lệ nữ (%)',
  summary: 'Tóm tắt thành tích',
  achievementRef: 'Tham chiếu thành tích',
  meetingDate: 'Ngày họp bình xét',
  membersPresent: 'Số thành viên có mặt',
  votesFor: 'Số phiếu đồng ý',
  votesTotal: 'Tổng số phiếu',
} as const;
export type NominationColumn = keyof typeof NOMINATION_HEADERS;
/** The columns in sheet order (A, B, …). */
export const NOMINATION_COLUMNS = Object.keys(NOMINATION_HEADERS) as NominationColumn[];
/** Columns a sheet may lack (files made before they existed still import). */
export const OPTIONAL_COLUMNS: readonly NominationColumn[] = ['stt', 'achievementRef'];

/** A hint written after the label in the header cell: "Loại (Cá nhân/Tập thể)". Import ignores "(…)". */
const HEADER_HINTS: Partial<Record<NominationColumn, string>> = {
  kind: 'Cá nhân/Tập thể',
  gender: 'Nam/Nữ',
  meetingDate: 'dd/mm/yyyy',
};
const WIDTHS: Record<NominationColumn, number> = {
  stt: 6,
  kind: 12,
  awardForm: 36,
  name: 28,
  gender: 10,
  birthYear: 10,
  ethnicity: 10,
  position: 24,
  occupationGroup: 26,
  field: 16,
  phone: 14,
  collectiveType: 18,
  headName: 22,
  memberCount: 11,
  womenSharePercent: 10,
  summary: 60,
  achievementRef: 24,
  meetingDate: 14,
  membersPresent: 12,
  votesFor: 11,
  votesTotal: 11,
};

/** The labels a unit types or picks (Loại, Giới tính, Nhóm đối tượng): the vi catalog's. */
export const {
  kind: KIND_LABELS,
  gender: GENDER_LABELS,
  occupationGroup: OCCUPATION_GROUP_LABELS,
} = viNominations;

export const NOMINATION_SHEET = 'Danh sách đề nghị';
const LISTS_SHEET = 'Danh mục';
const GUIDE_SHEET = 'Hướng dẫn';
/** Rows of the template that carry the dropdowns (import accepts up to MAX_IMPORT_ROWS anyway). */
const TEMPLATE_ROWS = 2000;
export const MAX_IMPORT_ROWS = 10_000;

export type AwardFormOption = { id: string; code: string; name: string; appliesTo: AwardSubject };

/** Mẫu danh sách đề nghị: title, instructions, header, dropdowns; lists on a hidden sheet. */
export async function buildNominationTemplate(opts: {
  conferenceName: string;
  unitName: string;
  awardForms: AwardFormOption[];
}): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(NOMINATION_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 4, activeCell: 'A5' }],
    pageSetup: LANDSCAPE_A4,
  });
  const guide = wb.addWorksheet(GUIDE_SHEET);
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const last = NOMINATION_COLUMNS.length;
  const validations = rangeValidations(ws);

  NOMINATION_COLUMNS.forEach((key, i) => {
    const col = ws.getColumn(i + 1);
    col.width = WIDTHS[key];
    // Text columns stay text: phone numbers keep their leading 0, dates stay as typed.
    if (
      ![
        'stt',
        'birthYear',
        'memberCount',
        'womenSharePercent',
        'membersPresent',
        'votesFor',
        'votesTotal',
      ].includes(key)
    ) {
      col.numFmt = '@';
    }
  });

  const title = `DANH SÁCH ĐỀ NGHỊ VINH DANH – ${cleanText(opts.conferenceName).toUpperCase()}`;
  const rows: [string, Partial<ExcelJS.Font>, number][] = [
    [title, { bold: true, size: 14 }, 24],
    [`Đơn vị: ${cleanText(opts.unitName)}`, { bold: true, size: 12 }, 20],
    [
      'Mỗi dòng là một cá nhân hoặc một tập thể, điền từ dòng 5. Chọn Loại, Hình thức, Giới tính, Nhóm đối tượng ' +
        'trong danh sách thả xuống. Cá nhân điền các cột Giới tính … Điện thoại; tập thể điền Loại tập thể … Tỷ lệ nữ. ' +
        'Biên bản bình xét: điền đủ 4 cột cuối hoặc để trống cả 4. Xem trang "Hướng dẫn".',
      { italic: true, color: { argb: 'FF555555' } },
      42,
    ],
  ];
  rows.forEach(([text, font, height], i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = font;
    row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
    row.height = height;
    ws.mergeCells(i + 1, 1, i + 1, last);
  });

  const header = ws.getRow(4);
  NOMINATION_COLUMNS.forEach((key, i) => {
    const cell = header.getCell(i + 1);
    const hint = HEADER_HINTS[key];
    cell.value = hint ? `${NOMINATION_HEADERS[key]} (${hint})` : NOMINATION_HEADERS[key];
    styleHeaderCell(cell, { border: true });
  });
  header.height = 36;

  // Danh mục: the dropdown lists, as ranges (labels contain commas, so inline lists cannot hold them).
  const listColumns: [NominationColumn, string[]][] = [
    ['kind', Object.values(KIND_LABELS)],
    ['awardForm', opts.awardForms.map((f) => cleanText(f.name))],
    ['gender', Object.values(GENDER_LABELS)],
    ['occupationGroup', Object.values(OCCUPATION_GROUP_LABELS)],
  ];
  listColumns.forEach(([key, values], i) => {
    const letter = String.fromCharCode(65 + i);
    lists.getCell(`${letter}1`).value = NOMINATION_HEADERS[key];
    values.forEach((v, j) => {
      lists.getCell(`${letter}${j + 2}`).value = v;
    });
    if (values.length === 0) return;
    validations.add(columnRange(key), {
      type: 'list',
      allowBlank: true,
      formulae: [`'${LISTS_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`],
      showErrorMessage: true,
      errorTitle: NOMINATION_HEADERS[key],
      error: `Chọn một giá trị trong danh sách của cột '${NOMINATION_HEADERS[key]}'`,
    });
  });
  const year = new Date().getFullYear();
  validations.add(columnRange('birthYear'), {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [1900, year],
    showErrorMessage: true,
    errorTitle: NOMINATION_HEADERS.birthYear,
    error: `Năm sinh là số nguyên từ 1900 đến ${year}`,
  });

  fillGuide(guide, opts.awardForms);
  return workbookBytes(wb);
}

function columnRange(key: NominationColumn): string {
  const letter = columnLetter(NOMINATION_COLUMNS.indexOf(key) + 1);
  return `${letter}5:${letter}${4 + TEMPLATE_ROWS}`;
}

const SUBJECT_LABELS: Record<AwardSubject, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình (nhập như tập thể)',
};

function fillGuide(guide: ExcelJS.Worksheet, forms: AwardFormOption[]): void {
  guide.getColumn(1).width = 34;
  guide.getColumn(2).width = 90;
  const add = (a: string, b = '', bold = false) => {
    const row = guide.addRow([a, b]);
    row.font = { bold };
    row.alignment = { wrapText: true, vertical: 'top' };
  };
  add('HƯỚNG DẪN ĐIỀN DANH SÁCH ĐỀ NGHỊ', '', true);
  add('Quy tắc chung', '', true);
  add('', 'Điền trên trang "Danh sách đề nghị", mỗi dòng một cá nhân hoặc tập thể, không đổi tên cột.');
  add('', 'Khi nhập, hệ thống kiểm tra mọi dòng: chỉ cần một dòng sai thì không dòng nào được lưu;');
  add('', "danh sách lỗi ghi rõ dòng và cột (ví dụ: Dòng 7, cột 'Năm sinh': Năm sinh phải từ 1900 trở đi).");
  add('', `Tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng mỗi lần nhập.`);
  add('Các cột', '', true);
  const help: Record<NominationColumn, string> = {
    stt: 'Số thứ tự (không bắt buộc).',
    kind: "'Cá nhân' hoặc 'Tập thể' (bắt buộc).",
    awardForm: 'Tên hình thức khen thưởng trong danh sách bên dưới, hoặc mã của hình thức (bắt buộc).',
    name: 'Họ và tên cá nhân hoặc tên tập thể (bắt buộc).',
    gender: "Cá nhân: 'Nam' hoặc 'Nữ'.",
    birthYear: 'Cá nhân: năm sinh, 4 chữ số (từ 1900).',
    ethnicity: 'Cá nhân: dân tộc, ví dụ Kinh.',
    position: 'Cá nhân: chức vụ hoặc nghề nghiệp.',
    occupationGroup: `Cá nhân: một trong ${Object.values(OCCUPATION_GROUP_LABELS).join('; ')}.`,
    field: 'Cá nhân: lĩnh vực (không bắt buộc).',
    phone: 'Cá nhân: số điện thoại (không bắt buộc).',
    collectiveType: 'Tập thể: loại tập thể, ví dụ Tổ dân phố, Chi hội.',
    headName: 'Tập thể: họ tên người đứng đầu.',
    memberCount: 'Tập thể: số thành viên (số nguyên, từ 1).',
    womenSharePercent: 'Tập thể: tỷ lệ nữ, từ 0 đến 100.',
    summary: 'Tóm tắt thành tích, chữ thường; xuống dòng (Alt+Enter) để tách đoạn.',
    achievementRef:
      'Số hiệu của sáng kiến, công trình hoặc quyết định mà thành tích dựa vào (không bắt buộc): mỗi thành tích chỉ được khen một lần.',
    meetingDate: 'Biên bản bình xét: ngày họp dạng ngày/tháng/năm, ví dụ 15/03/2020.',
    membersPresent: 'Biên bản bình xét: số thành viên có mặt.',
    votesFor: 'Biên bản bình xét: số phiếu đồng ý (không lớn hơn tổng số phiếu).',
    votesTotal: 'Biên bản bình xét: tổng số phiếu (không lớn hơn số thành viên có mặt).',
  };
  for (const key of NOMINATION_COLUMNS) add(NOMINATION_HEADERS[key], help[key]);
  add('Hình thức khen thưởng', '', true);
  for (const f of forms)
    add(cleanText(f.name), `Mã: ${f.code} — áp dụng cho: ${SUBJECT_LABELS[f.appliesTo]}`);
}
