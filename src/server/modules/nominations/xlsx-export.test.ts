import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportNominationsXlsx, type NominationExportRow } from './xlsx-export';

const GK_CN_NAME = 'Giấy khen của Chủ tịch UBND phường (cá nhân)';

describe('exportNominationsXlsx', () => {
  const base: NominationExportRow = {
    unitName: 'TDP 3',
    kind: 'individual',
    awardFormName: GK_CN_NAME,
    name: 'Nguyễn Thị Hường',
    gender: 'female',
    birthYear: 1985,
    occupationGroup: 'student',
    position: 'Sinh viên',
    status: 'submitted',
    statusLabel: 'Đã gửi',
    summaryText: 'Thành tích tốt',
    submittedAt: '2020-03-20T08:30:00Z',
  };

  it('never lets a cell be evaluated: =, +, -, @, tab and CR starts are kept as text', async () => {
    const hyperlink = '=HYPERLINK("http://evil.example","Bấm vào")';
    const buf = await exportNominationsXlsx(
      [
        base,
        {
          ...base,
          name: hyperlink,
          position: '+1',
          unitName: '@SUM(A1:A9)',
          summaryText: '-2+3',
          gender: null,
        },
        {
          ...base,
          name: '\t=1+1',
          position: '\r=1',
          kind: 'collective',
          birthYear: null,
          occupationGroup: null,
        },
      ],
      { title: '=Danh sách đề nghị' },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(cell);
      });
    });
    for (const cell of cells) expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);

    expect(ws.getCell('A1').value).toBe("'=Danh sách đề nghị");
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual([
      'STT',
      'Đơn vị',
      'Loại',
      'Hình thức khen thưởng đề nghị',
      'Họ và tên / Tên tập thể',
      'Giới tính',
      'Năm sinh',
      'Nhóm đối tượng',
      'Chức vụ/nghề nghiệp',
      'Trạng thái',
      'Ngày gửi',
      'Tóm tắt thành tích',
    ]);
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(3)).toEqual([
      1,
      'TDP 3',
      'Cá nhân',
      GK_CN_NAME,
      'Nguyễn Thị Hường',
      'Nữ',
      1985,
      'Học sinh, sinh viên',
      'Sinh viên',
      'Đã gửi',
      '20/03/2020 15:30',
      'Thành tích tốt',
    ]);
    const evil = row(4);
    expect(evil[1]).toBe("'@SUM(A1:A9)");
    expect(evil[4]).toBe(`'${hyperlink}`);
    expect(evil[5]).toBeUndefined();
    expect(evil[8]).toBe("'+1");
    expect(evil[11]).toBe("'-2+3");
    expect(row(5)[2]).toBe('Tập thể');
    expect(row(5)[4]).toBe("'\t=1+1");
    expect(row(5)[8]).toMatch(/^'\n=1$/); // XML reads a stored CR back as LF
  });
});
