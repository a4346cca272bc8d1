import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatImportError } from '../../xlsx/import-errors';
import {
  type AwardFormOption,
  buildNominationTemplate,
  NOMINATION_COLUMNS,
  NOMINATION_HEADERS,
  NOMINATION_SHEET,
  type NominationColumn,
} from './xlsx';
import { parseNominationSheet } from './xlsx-import';

const FORMS: AwardFormOption[] = [
  {
    id: '11111111-1111-4111-8111-111111111111',
    code: 'GK_CN',
    name: 'Giấy khen của Chủ tịch UBND phường (cá nhân)',
    appliesTo: 'individual',
  },
  {
    id: '22222222-2222-4222-8222-222222222222',
    code: 'GK_TT',
    name: 'Giấy khen của Chủ tịch UBND phường (tập thể)',
    appliesTo: 'collective',
  },
  {
    id: '33333333-3333-4333-8333-333333333333',
    code: 'GDVH',
    name: 'Gia đình văn hóa',
    appliesTo: 'household',
  },
];
/** No movement, no achievement reference, no explanation: what a row without those cells gives. */
const noRegisterFields = { movementId: null, achievementRef: '', eligibilityNote: '' };
const [GK_CN, GK_TT, GDVH] = FORMS as [AwardFormOption, AwardFormOption, AwardFormOption];

type Cell = string | number | Date | null;
type RowData = Partial<Record<NominationColumn, Cell>>;

const person = (over: RowData = {}): RowData => ({
  kind: 'Cá nhân',
  awardForm: GK_CN.name,
  name: 'Nguyễn Thị Hường',
  gender: 'Nữ',
  birthYear: 1985,
  ethnicity: 'Kinh',
  position: 'Tổ trưởng tổ dân phố',
  occupationGroup: 'Người trực tiếp lao động sản xuất',
  field: 'Văn hóa',
  phone: '0912 345 678',
  summary: 'Tích cực vận động nhân dân.\nHoàn thành xuất sắc nhiệm vụ.',
  ...over,
});
const group = (over: RowData = {}): RowData => ({
  kind: 'Tập thể',
  awardForm: GK_TT.name,
  name: 'Chi hội Phụ nữ TDP 3',
  collectiveType: 'Chi hội',
  headName: 'Lê Thị Lan',
  memberCount: 45,
  womenSharePercent: 100,
  ...over,
});

const template = () =>
  buildNominationTemplate({ conferenceName: 'Hội nghị 2020', unitName: 'TDP 3', awardForms: FORMS });

/** The template, filled from row 5 the way a unit head would (exceljs as the spreadsheet program). */
async function filled(rows: RowData[], edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await template()) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(NOMINATION_SHEET)!;
  rows.forEach((data, i) => {
    const row = ws.getRow(5 + i);
    row.getCell(1).value = i + 1;
    NOMINATION_COLUMNS.forEach((key, c) => {
      if (data[key] !== undefined) row.getCell(c + 1).value = data[key];
    });
  });
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function messages(buf: Buffer): Promise<string[]> {
  const result = await parseNominationSheet(buf, { awardForms: FORMS });
  expect(result.ok).toBe(false);
  expect(result).not.toHaveProperty('rows');
  return result.ok ? [] : result.errors.map(formatImportError);
}

describe('buildNominationTemplate', () => {
  it('has the Vietnamese headers, a frozen header, dropdowns from a hidden list sheet and a guide', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await template()) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      [NOMINATION_SHEET, 'visible'],
      ['Hướng dẫn', 'visible'],
      ['Danh mục', 'hidden'],
    ]);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('HỘI NGHỊ 2020');
    expect(String(ws.getCell('A2').value)).toBe('Đơn vị: TDP 3');
    const header = NOMINATION_COLUMNS.map((_, i) => String(ws.getRow(4).getCell(i + 1).value));
    expect(header.slice(0, 4)).toEqual([
      'STT',
      'Loại (Cá nhân/Tập thể)',
      'Hình thức khen thưởng đề nghị',
      'Họ và tên / Tên tập thể',
    ]);
    expect(header).toContain('Năm sinh');
    expect(header).toContain('Ngày họp bình xét (dd/mm/yyyy)');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });

    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    expect(dv.B5).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$3"] });
    expect(dv.C100).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$B$2:$B$4"] });
    expect(dv.E5).toMatchObject({ type: 'list' });
    expect(dv.I5).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$D$2:$D$8"] });
    expect(dv.F5).toMatchObject({
      type: 'whole',
      operator: 'between',
      formulae: [1900, new Date().getFullYear()],
    });
    const lists = wb.getWorksheet('Danh mục')!;
    expect(lists.getColumn(2).values.slice(2)).toEqual(FORMS.map((f) => f.name));
    expect(lists.getColumn(4).values).toContain('Học sinh, sinh viên');
  });

  it('round-trips: three rows filled in the template parse to three valid nominations', async () => {
    const buf = await filled([
      person(),
      person({
        name: 'Trần Văn Nam',
        gender: 'Nam',
        birthYear: '1990',
        occupationGroup: 'Cán bộ, công chức',
        awardForm: 'GK_CN',
        phone: null,
        field: null,
        summary: 'Có <script>alert(1)</script> & "ngoặc"',
        meetingDate: new Date(Date.UTC(2020, 2, 15)),
        membersPresent: 20,
        votesFor: '18',
        votesTotal: 20,
      }),
      group({ meetingDate: '5/3/2020', membersPresent: 9, votesFor: 9, votesTotal: 9 }),
    ]);
    const result = await parseNominationSheet(buf, { awardForms: FORMS });
    if (!result.ok) throw new Error(result.errors.map(formatImportError).join('\n'));
    expect(result.rows).toHaveLength(3);
    const [a, b, c] = result.rows;
    expect(a).toEqual({
      kind: 'individual',
      awardFormId: GK_CN.id,
      individual: {
        fullName: 'Nguyễn Thị Hường',
        gender: 'female',
        birthYear: 1985,
        ethnicity: 'Kinh',
        position: 'Tổ trưởng tổ dân phố',
        occupationGroup: 'direct_producer',
        field: 'Văn hóa',
        phone: '0912 345 678',
      },
      summaryHtml: '<p>Tích cực vận động nhân dân.</p><p>Hoàn thành xuất sắc nhiệm vụ.</p>',
      unitReview: null,
      ...noRegisterFields,
    });
    expect(b).toMatchObject({
      kind: 'individual',
      individual: {
        fullName: 'Trần Văn Nam',
        gender: 'male',
        birthYear: 1990,
        occupationGroup: 'civil_servant',
        phone: '',
      },
      summaryHtml: '<p>Có &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;ngoặc&quot;</p>',
      unitReview: { meetingDate: '2020-03-15', membersPresent: 20, votesFor: 18, votesTotal: 20 },
    });
    expect(c).toEqual({
      kind: 'collective',
      awardFormId: GK_TT.id,
      collective: {
        name: 'Chi hội Phụ nữ TDP 3',
        collectiveType: 'Chi hội',
        headName: 'Lê Thị Lan',
        memberCount: 45,
        womenSharePercent: 100,
      },
      summaryHtml: '',
      unitReview: { meetingDate: '2020-03-05', membersPresent: 9, votesFor: 9, votesTotal: 9 },
      ...noRegisterFields,
    });
  });
});

describe('parseNominationSheet', () => {
  it('one bad row: nothing is returned and every error names its row and column', async () => {
    const buf = await filled([
      person({ gender: ' Nữ  ' }),
      person({ birthYear: 1850, awardForm: 'Bằng khen của Thủ tướng' }),
      person(),
    ]);
    const errors = await messages(buf);
    expect(errors).toEqual([
      "Dòng 6, cột 'Hình thức khen thưởng đề nghị': Không tìm thấy hình thức khen thưởng 'Bằng khen của Thủ tướng'",
      "Dòng 6, cột 'Năm sinh': Năm sinh phải từ 1900 trở đi",
    ]);
  });

  it('lists every error of every row, in our words or the schema’s', async () => {
    const errors = await messages(
      await filled([
        person({ kind: 'Hộ gia đình' }),
        person({ awardForm: GK_TT.name, gender: 'Khác', occupationGroup: 'Bộ đội', name: null }),
        group({ awardForm: GK_CN.name, memberCount: 'ba mươi', womenSharePercent: 120 }),
        person({ meetingDate: '15/03/2020', votesFor: 5 }),
        person({ meetingDate: '31/02/2020', membersPresent: 3, votesFor: 5, votesTotal: 4 }),
        person({ meetingDate: 'tháng 3', membersPresent: 3, votesFor: 1, votesTotal: 2 }),
      ]),
    );
    expect(errors).toEqual([
      "Dòng 5, cột 'Loại': Loại phải là 'Cá nhân' hoặc 'Tập thể'",
      "Dòng 6, cột 'Hình thức khen thưởng đề nghị': Hình thức 'Giấy khen của Chủ tịch UBND phường (tập thể)' không áp dụng cho cá nhân",
      "Dòng 6, cột 'Họ và tên / Tên tập thể': Họ và tên không được để trống",
      "Dòng 6, cột 'Giới tính': Giới tính phải là Nam hoặc Nữ",
      "Dòng 6, cột 'Nhóm đối tượng': Nhóm đối tượng không hợp lệ",
      "Dòng 7, cột 'Hình thức khen thưởng đề nghị': Hình thức 'Giấy khen của Chủ tịch UBND phường (cá nhân)' không áp dụng cho tập thể",
      "Dòng 7, cột 'Số thành viên': Số thành viên phải là số",
      "Dòng 7, cột 'Tỷ lệ nữ (%)': Tỷ lệ nữ không được vượt quá 100%",
      "Dòng 8, cột 'Số thành viên có mặt': Số thành viên có mặt là bắt buộc khi ghi biên bản bình xét (điền đủ 4 cột hoặc để trống cả 4)",
      "Dòng 8, cột 'Tổng số phiếu': Tổng số phiếu là bắt buộc khi ghi biên bản bình xét (điền đủ 4 cột hoặc để trống cả 4)",
      "Dòng 9, cột 'Ngày họp bình xét': Ngày họp bình xét không phải là ngày có thật",
      "Dòng 9, cột 'Số phiếu đồng ý': Số phiếu đồng ý không được lớn hơn tổng số phiếu",
      "Dòng 9, cột 'Tổng số phiếu': Tổng số phiếu không được lớn hơn số thành viên có mặt",
      "Dòng 10, cột 'Ngày họp bình xét': Ngày họp bình xét phải có dạng ngày/tháng/năm (dd/mm/yyyy)",
    ]);
  });

  it('matches award forms by name or code without caring about diacritics, case or spacing', async () => {
    const result = await parseNominationSheet(
      await filled([
        person({ awardForm: 'giay khen cua chu tich  UBND phuong (ca nhan)' }),
        person({ awardForm: 'gk_cn' }),
        group({ awardForm: 'GIẤY KHEN CỦA CHỦ TỊCH UBND PHƯỜNG (TẬP THỂ)' }),
        group({ awardForm: 'gia dinh van hoa', name: 'Gia đình ông Lê Văn Ba' }),
        person({ awardForm: 'Giấy khen của Chủ tịch UBND phường (cá nhân)'.normalize('NFD') }),
      ]),
      { awardForms: FORMS },
    );
    if (!result.ok) throw new Error(result.errors.map(formatImportError).join('\n'));
    expect(result.rows.map((r) => r.awardFormId)).toEqual([GK_CN.id, GK_CN.id, GK_TT.id, GDVH.id, GK_CN.id]);
  });

  it('reads percent-formatted cells, formula results and rich text', async () => {
    const buf = await filled([group(), person()], (ws) => {
      const share = ws.getRow(5).getCell(NOMINATION_COLUMNS.indexOf('womenSharePercent') + 1);
      share.value = 0.35;
      share.numFmt = '0%';
      ws.getRow(5).getCell(NOMINATION_COLUMNS.indexOf('memberCount') + 1).value = {
        formula: '20+5',
        result: 25,
      };
      ws.getRow(6).getCell(NOMINATION_COLUMNS.indexOf('name') + 1).value = {
        richText: [{ text: 'Phạm ' }, { font: { bold: true }, text: 'Thu Trang' }],
      };
    });
    const result = await parseNominationSheet(buf, { awardForms: FORMS });
    if (!result.ok) throw new Error(result.errors.map(formatImportError).join('\n'));
    expect(result.rows[0]).toMatchObject({ collective: { womenSharePercent: 35, memberCount: 25 } });
    expect(result.rows[1]).toMatchObject({ individual: { fullName: 'Phạm Thu Trang' } });
  });

  it('reads the optional achievement reference, and imports a sheet made before that column existed', async () => {
    const withRef = await parseNominationSheet(await filled([person({ achievementRef: 'SK 12/2024' })]), {
      awardForms: FORMS,
    });
    expect(withRef).toMatchObject({
      ok: true,
      rows: [{ achievementRef: 'SK 12/2024', eligibilityNote: '' }],
    });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    const older = NOMINATION_COLUMNS.filter((k) => k !== 'achievementRef');
    ws.addRow(older.map((k) => NOMINATION_HEADERS[k]));
    const data = person();
    ws.addRow(older.map((k) => data[k] ?? null));
    const result = await parseNominationSheet(Buffer.from(await wb.xlsx.writeBuffer()), {
      awardForms: FORMS,
    });
    expect(result).toMatchObject({ ok: true, rows: [{ achievementRef: '', movementId: null }] });
  });

  it('finds a header row typed by hand: other case, extra spaces, NFD, no hints', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(
      NOMINATION_COLUMNS.map((k) =>
        `  ${NOMINATION_HEADERS[k].toUpperCase().replace(' ', '   ')} `.normalize('NFD'),
      ),
    );
    const data = person();
    ws.addRow(NOMINATION_COLUMNS.map((k) => data[k] ?? null));
    const result = await parseNominationSheet(Buffer.from(await wb.xlsx.writeBuffer()), {
      awardForms: FORMS,
    });
    expect(result).toMatchObject({ ok: true, rows: [{ individual: { fullName: 'Nguyễn Thị Hường' } }] });
  });

  it('rejects what is not an XLSX, has no header, no data or too many rows', async () => {
    const notXlsx = ['Tệp không phải là bảng tính Excel (.xlsx)'];
    expect(await messages(Buffer.from('STT,Loại\n1,Cá nhân\n'))).toEqual(notXlsx);
    expect(await messages(Buffer.from('%PDF-1.7\n'))).toEqual(notXlsx);
    const good = await filled([person()]);
    expect(await messages(good.subarray(0, Math.floor(good.length / 2)))).toEqual(notXlsx);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Tên', 'Tuổi']);
    expect((await messages(Buffer.from(await wb.xlsx.writeBuffer())))[0]).toMatch(
      /^Không tìm thấy dòng tiêu đề/,
    );
    expect(await messages(await template())).toEqual([
      'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề (dòng 4)',
    ]);
  });

  it('rejects more than 10,000 data rows', { timeout: 30_000 }, async () => {
    const buf = await filled([], (ws) => {
      for (let i = 0; i < 10_001; i++) ws.getRow(5 + i).getCell(4).value = `Người ${i}`;
    });
    expect(await messages(buf)).toEqual(['Tệp có quá nhiều dòng: tối đa 10.000 dòng mỗi lần nhập']);
  });
});
