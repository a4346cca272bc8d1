import ExcelJS from 'exceljs';
import {
  NOMINATION_COLUMNS,
  NOMINATION_SHEET,
  type NominationColumn,
} from '../../src/server/modules/nominations/xlsx';

export type TemplateRow = Partial<Record<NominationColumn, string | number>>;

/** Fills a downloaded template from its first data row, as a unit head would in Excel. */
export async function fillTemplate(template: Buffer, rows: TemplateRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(NOMINATION_SHEET);
  if (!ws) throw new Error('template has no nominee sheet');
  const headerRow = 4;
  rows.forEach((data, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    row.getCell(1).value = i + 1;
    NOMINATION_COLUMNS.forEach((key, c) => {
      const v = data[key];
      if (v !== undefined) row.getCell(c + 1).value = v;
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads every cell of the first sheet as text. */
export async function readSheet(bytes: Buffer): Promise<{ text: string[][]; formulas: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  const text: string[][] = [];
  let formulas = 0;
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas++;
      cells.push(cell.text);
    });
    text.push(cells);
  });
  return { text, formulas };
}

export const personRow = (awardForm: string, name: string, over: TemplateRow = {}): TemplateRow => ({
  kind: 'Cá nhân',
  awardForm,
  name,
  gender: 'Nữ',
  birthYear: 1968,
  ethnicity: 'Kinh',
  position: 'Chi hội trưởng phụ nữ',
  occupationGroup: 'Người trực tiếp lao động sản xuất',
  field: 'Xây dựng đô thị văn minh',
  summary: 'Vận động 100% hộ gia đình phân loại rác tại nguồn.',
  ...over,
});
