// Xuất danh sách đề nghị ra XLSX. Every text cell is neutralized against formula injection.

import { viNominations } from '../../../shared/i18n/vi-nominations';
import { cellDateTime, type ListColumn, codeLabel as label, listWorkbook } from '../../xlsx/workbook';

const { kind: KIND_LABELS, gender: GENDER_LABELS, occupationGroup: OCCUPATION_GROUP_LABELS } = viNominations;

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

const COLUMNS: ListColumn<NominationExportRow>[] = [
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
  { header: 'Ngày gửi', width: 17, value: (r) => (r.submittedAt ? cellDateTime(r.submittedAt) : null) },
  { header: 'Tóm tắt thành tích', width: 70, value: (r) => r.summaryText },
];

export async function exportNominationsXlsx(
  rows: NominationExportRow[],
  opts: { title: string },
): Promise<Buffer> {
  return listWorkbook(rows, { title: opts.title, sheetName: 'Danh sách', columns: COLUMNS });
}
