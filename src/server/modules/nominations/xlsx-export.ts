// Xuất danh sách đề nghị ra XLSX. Every text cell is neutralized against formula injection.

import ExcelJS from 'exceljs';
import { neutralizeCell } from '../../xlsx/cells';
import { GENDER_LABELS, KIND_LABELS, OCCUPATION_GROUP_LABELS } from './xlsx';

export type NominationExportRow = {
  unitName: string;
  kind: string;
  awardFormName: string;
  name: string;
  gender: string | null;
  birthYear: number | null;
  occupationGroup: string | null;
  position: string;
  status: string;
  statusLabel: string;
  summaryText: string;
  submittedAt: string | null;
};

const COLUMNS: {
  header: string;
  width: number;
  value: (r: NominationExportRow) => string | number | null;
}[] = [
  { header: 'Đơn vị', width: 24, value: (r) => r.unitName },
  { header: 'Loại', width: 10, value: (r) => label(r.kind, KIND_LABELS) },
  { header: 'Hình thức khen thưởng đề nghị', width: 36, value: (r) => r.awardFormName },
  { header: 'Họ và tên / Tên tập thể', width: 28, value: (r) => r.name },
  { header: 'Giới tính', width: 10, value: (r) => (r.gender ? label(r.gender, GENDER_LABELS) : null) },
  { header: 'Năm sinh', width: 10, value: (r) => r.birthYear },
  {
    header: 'Nhóm đối tượng',
    width: 26,
    value: (r) => (r.occupationGroup ? label(r.occupationGroup, OCCUPATION_GROUP_LABELS) : null),
  },
  { header: 'Chức vụ/nghề nghiệp', width: 24, value: (r) => r.position },
  { header: 'Trạng thái', width: 16, value: (r) => r.statusLabel || r.status },
  { header: 'Ngày gửi', width: 17, value: (r) => (r.submittedAt ? formatDateTime(r.submittedAt) : null) },
  { header: 'Tóm tắt thành tích', width: 70, value: (r) => r.summaryText },
];

export async function exportNominationsXlsx(
  rows: NominationExportRow[],
  opts: { title: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vinh Danh';
  const ws = wb.addWorksheet('Danh sách', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2, activeCell: 'A3' }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const last = COLUMNS.length + 1;
  ws.getColumn(1).width = 6;
  COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 2).width = c.width;
  });

  const title = ws.getCell(1, 1);
  title.value = neutralizeCell(opts.title);
  title.font = { bold: true, size: 14 };
  ws.getRow(1).height = 22;
  ws.mergeCells(1, 1, 1, last);

  const header = ws.getRow(2);
  ['STT', ...COLUMNS.map((c) => c.header)].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: last } };

  rows.forEach((r, i) => {
    const values = COLUMNS.map((c) => {
      const v = c.value(r);
      return typeof v === 'string' ? neutralizeCell(v) : v;
    });
    const row = ws.addRow([i + 1, ...values]);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A stored code ("female") → its label ("Nữ"); anything else is shown as given. */
function label(value: string, labels: Record<string, string>): string {
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
function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = Object.fromEntries(DATE_TIME.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}
