// Danh sách tập thể, cá nhân được vinh danh as XLSX: the rows of the honorees page, in its order
// (award forms as the page groups them, collectives first). Text cells neutralized by listWorkbook.
import { viNominations } from '../../../shared/i18n/vi-nominations';
import type { HonoreeListView } from '../../../shared/schemas/selection';
import { codeLabel, type ListColumn, listWorkbook } from '../../xlsx/workbook';

type Row = HonoreeListView['groups'][number]['items'][number] & { awardFormName: string };

const percent = (n: number) => `${n.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;

const COLUMNS: ListColumn<Row>[] = [
  { header: 'Hình thức khen thưởng', width: 36, value: (r) => r.awardFormName },
  { header: 'Họ và tên / Tên tập thể', width: 30, value: (r) => r.name },
  { header: 'Cá nhân/Tập thể', width: 14, value: (r) => codeLabel(r.kind, viNominations.kind) },
  { header: 'Đơn vị', width: 26, value: (r) => r.unitName },
  { header: 'Số phiếu đồng ý', width: 14, value: (r) => `${r.agree}/${r.base}` },
  { header: 'Tỷ lệ', width: 10, value: (r) => percent(r.sharePercent) },
  { header: 'Căn cứ chọn', width: 50, value: (r) => r.reason },
];

/** The page's list, one row per honoree. */
export const honoreeRows = (list: HonoreeListView): Row[] =>
  list.groups.flatMap((g) => g.items.map((h) => ({ ...h, awardFormName: g.awardFormName })));

export function exportHonoreesXlsx(list: HonoreeListView): Promise<Buffer> {
  return listWorkbook(honoreeRows(list), {
    title: `Danh sách tập thể, cá nhân được vinh danh — ${list.heading.conferenceName}`,
    sheetName: 'Vinh danh',
    columns: COLUMNS,
  });
}
