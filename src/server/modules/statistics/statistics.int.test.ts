import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginStranger } from '../../../../tests/helpers/strangers';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import type { StatisticsFormView, StatisticsView } from '../../../shared/schemas/movements';
import type { Db } from '../../db/client';
import { honourForms, honours } from '../../db/schema/index';
import { resolveSubject } from '../honours/subject-mutations';

let t: TestApp;
let secretary: string;
let url: string;

/** The register's forms and the column each counts in (GK_XA: a ward's Giấy khen, in no column). */
const FORMS: [code: string, statColumn: string | null, appliesTo: string][] = [
  ['HC_LD3', 'state_order_medal', 'individual'],
  ['BK_TTG', 'state_pm_certificate', 'individual'],
  ['BK_TINH', 'province_certificate', 'individual'],
  ['CSTD_TINH', 'province_fighter', 'individual'],
  ['GK_XA', null, 'individual'],
];

type H = {
  who: [kind: 'individual' | 'collective' | 'household', name: string];
  form: string;
  date: string;
  method?: string;
  category?: string | null;
  revoked?: boolean;
};

async function insertHonours(db: Db, organizationId: string, list: H[]) {
  await db.insert(honourForms).values(
    FORMS.map(([code, statColumn, appliesTo]) => ({
      organizationId,
      code,
      name: code,
      appliesTo,
      level: 'ministry_province',
      statColumn,
    })),
  );
  for (const [i, h] of list.entries()) {
    const { subject } = await resolveSubject(db, organizationId, {
      kind: h.who[0],
      name: h.who[1],
      unitName: 'Tổ dân phố 5',
    });
    await db.insert(honours).values({
      organizationId,
      subjectId: subject.id,
      formCode: h.form,
      formName: h.form,
      year: Number(h.date.slice(0, 4)),
      decisionNumber: `${i + 1}/QĐ-UBND`,
      decisionDate: h.date,
      signerLevel: 'ministry_province',
      method: h.method ?? 'regular',
      category: h.category ?? null,
      source: 'manual',
      revokedAt: h.revoked ? new Date() : null,
    });
  }
}

const hường: H['who'] = ['individual', 'Trần Thị Hường'];
const tdp5: H['who'] = ['collective', 'Tổ dân phố 5'];
const family: H['who'] = ['household', 'Hộ ông Nguyễn Văn Lợi'];

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  url = `/api/organizations/${t.demo.organizationId}/statistics`;
  await insertHonours(t.database.db, t.demo.organizationId, [
    // in the 2024 period (01/12/2023 … 30/11/2024)
    { who: hường, form: 'BK_TINH', date: '2023-12-01', category: 'direct_worker' },
    { who: tdp5, form: 'BK_TINH', date: '2024-03-10', method: 'thematic' },
    { who: hường, form: 'CSTD_TINH', date: '2024-11-30' },
    { who: family, form: 'BK_TTG', date: '2024-06-01', method: 'adhoc' },
    { who: tdp5, form: 'HC_LD3', date: '2024-09-02', method: 'dedication' },
    // revoked: counted nowhere
    { who: hường, form: 'BK_TTG', date: '2024-05-05', revoked: true },
    // a ward's Giấy khen: no column in the forms
    { who: hường, form: 'GK_XA', date: '2024-04-04' },
    // outside the period: 30/11/2023 is the 2023 period's, 01/12/2024 the 2025 period's
    { who: hường, form: 'BK_TINH', date: '2023-11-30' },
    { who: tdp5, form: 'BK_TINH', date: '2024-12-01' },
    // 2020 (03/2018 forms)
    { who: hường, form: 'BK_TINH', date: '2020-05-20', category: 'direct_worker' },
    { who: tdp5, form: 'BK_TTG', date: '2020-08-01' },
  ]);
  // a ward-level movement through the API: 12 months, regular, counted in column 4 of 0601
  const movement = await t.send('POST', `/api/organizations/${t.demo.organizationId}/movements`, secretary, {
    name: 'Thi đua thường xuyên năm 2024',
    method: 'regular',
    scope: 'unit',
    launchLevel: 'unit',
    startDate: '2024-01-01',
    endDate: '2024-12-31',
  });
  expect(movement.statusCode, movement.body).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

const get = async (query: string, cookie = secretary) => {
  const res = await t.send('GET', `${url}?${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as StatisticsView;
};
const formOf = (v: StatisticsView, code: string) => v.forms.find((f) => f.code.startsWith(code))!;
const cells = (f: StatisticsFormView) =>
  Object.fromEntries(f.rows.filter((r) => r.code).map((r) => [r.code, r.values]));

describe('statistics from the register', () => {
  it('2024: the 02/2023 forms; counts land in their cells; revoked and out-of-period honours do not', async () => {
    const v = await get('yearFrom=2024&yearTo=2024');
    expect(v).toMatchObject({ yearLabel: 'Năm 2024', reporter: 'UBND phường Văn Yên', receiver: '' });
    expect(v.forms.map((f) => f.code)).toEqual([
      '0601.N/BNV-TĐKT',
      '0602.N/BNV-TĐKT',
      '0603.N/BNV-TĐKT',
      '0604.N/BNV-TĐKT',
      '0605.N/BNV-TĐKT',
    ]);
    const f0603 = formOf(v, '0603');
    expect(f0603.period).toBe('Từ 01/12/2023 đến 30/11/2024');
    const c3 = cells(f0603);
    // columns: total, Bằng khen, CSTĐ tỉnh, Cờ, Huy hiệu
    expect(c3['01']).toEqual([3, 2, 1, 0, 0]);
    expect(c3['02']).toEqual([1, 1, 0, 0, 0]); // tập thể
    expect(c3['05']).toEqual([2, 1, 1, 0, 0]); // cá nhân
    expect(c3['10']).toEqual([1, 1, 0, 0, 0]); // người trực tiếp (01/12/2023: the first day counts)
    expect(c3['11']).toEqual([2, 1, 1, 0, 0]); // thường xuyên
    expect(c3['12']).toEqual([1, 1, 0, 0, 0]); // chuyên đề
    const c2 = cells(formOf(v, '0602'));
    // total, huân chương, HCM, NN, vinh dự, cờ CP, BK TTg, CSTĐ toàn quốc, khác — the revoked BK TTg is not here
    expect(c2['01']).toEqual([2, 1, 0, 0, 0, 0, 1, 0, 0]);
    expect(c2['08']).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0]); // hộ gia đình
    expect(c2['17']![0]).toBe(1); // đột xuất
    expect(c2['19']![0]).toBe(1); // cống hiến
    expect(c2['02']!.every((x) => x === null)).toBe(true);
    const c1 = cells(formOf(v, '0601'));
    expect(c1['01']).toEqual([1, 0, 0, 1]);
    expect(c1['05']).toEqual([1, 0, 0, 1]);
    expect(c1['07']).toEqual([1, 0, 0, 1]);
    expect(c1['12']).toEqual([1, 0, 0, 1]);
    expect(formOf(v, '0604').manual).toBe(true);
  });

  it('the 01/12 boundary: 30/11/2023 is in 2023, 01/12/2024 in 2025', async () => {
    const total = async (year: number) =>
      cells(formOf(await get(`yearFrom=${year}&yearTo=${year}`), '0603'))['01']![0];
    expect(await total(2023)).toBe(1);
    expect(await total(2025)).toBe(1);
    // a range covers both ends
    expect(cells(formOf(await get('yearFrom=2023&yearTo=2025'), '0603'))['01']![0]).toBe(5);
  });

  it('2020: the 03/2018 forms 0701–0703', async () => {
    const v = await get('yearFrom=2020&yearTo=2020&receiver=UBND thành phố Hà Tĩnh');
    expect(v.receiver).toBe('UBND thành phố Hà Tĩnh');
    expect(v.forms.map((f) => f.code.slice(0, 4))).toEqual(['0701', '0702', '0703']);
    expect(v.forms[0]!.circular).toBe('Ban hành theo Thông tư số 03/2018/TT-BNV ngày 06/3/2018');
    expect(cells(formOf(v, '0702'))['06']).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(cells(formOf(v, '0703'))['10']).toEqual([1, 1, 0, 0, 0]);
  });

  it('reads need honour.read; bad years are refused naming the rule', async () => {
    expect(
      (await t.send('GET', `${url}?yearFrom=2024&yearTo=2024`, await t.login('uyvien'))).statusCode,
    ).toBe(200);
    expect((await t.send('GET', `${url}?yearFrom=2024&yearTo=2024`, await t.login('tdp5'))).statusCode).toBe(
      403,
    );
    const stranger = await loginStranger(t);
    expect((await t.send('GET', `${url}?yearFrom=2024&yearTo=2024`, stranger.cookie)).statusCode).toBe(403);
    const bad = await t.send('GET', `${url}?yearFrom=2024&yearTo=2020`, secretary);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Năm cuối không được trước năm đầu');
    const missing = await t.send('GET', `${url}?yearFrom=abc&yearTo=2020`, secretary);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Năm đầu');
  });
});

describe('the XLSX', () => {
  it('opens with one sheet per form in the official layout', async () => {
    const res = await t.send(
      'GET',
      `${url}.xlsx?yearFrom=2024&yearTo=2024&receiver=Sở Nội vụ tỉnh Hà Tĩnh`,
      secretary,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      'Thống kê TĐKT 2024.xlsx',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Biểu 0601.N',
      'Biểu 0602.N',
      'Biểu 0603.N',
      'Biểu 0604.N',
      'Biểu 0605.N',
    ]);
    const ws = wb.getWorksheet('Biểu 0603.N')!;
    const text = (r: number, c: number) => ws.getCell(r, c).text;
    expect(text(1, 1)).toBe('Biểu số: 0603.N/BNV-TĐKT');
    expect(text(2, 1)).toBe('Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023');
    const right = ws.getRow(1).getCell(5).text + ws.getRow(2).getCell(5).text;
    expect(right).toContain('Đơn vị báo cáo: UBND phường Văn Yên');
    expect(right).toContain('Đơn vị nhận báo cáo: Sở Nội vụ tỉnh Hà Tĩnh');
    expect(text(5, 1)).toBe(
      'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
    );
    expect(text(6, 1)).toBe('Năm 2024');
    expect(text(7, 1)).toBe('(Từ 01/12/2023 đến 30/11/2024)');
    // header rows: Mã số, Đơn vị tính, Tổng số, "Chia ra" over the forms; then A B C 1 2 …
    expect([text(9, 2), text(9, 3), text(9, 4), text(9, 5)]).toEqual([
      'Mã số',
      'Đơn vị tính',
      'Tổng số',
      'Chia ra',
    ]);
    expect(text(10, 5)).toBe('Bằng khen');
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => text(11, c))).toEqual([
      'A',
      'B',
      'C',
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(ws.getCell(9, 4).isMerged && ws.getCell(10, 4).master.address).toBe('D9');
    expect(ws.getCell(9, 8).master.address).toBe('E9');
    // the first row: Tổng số, Mã số 01, the counts
    expect([text(12, 1), text(12, 2), ws.getCell(12, 4).value, ws.getCell(12, 5).value]).toEqual([
      'Tổng số',
      '01',
      3,
      2,
    ]);
    expect(ws.getCell(12, 1).font.name).toBe('Times New Roman');
    expect(ws.getCell(12, 4).border.top?.style).toBe('thin');
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => all.push(c.text)));
    for (const s of ['Người lập biểu', '(Ký, họ tên)', 'Thủ trưởng đơn vị', '(Ký, họ tên, đóng dấu)']) {
      expect(all).toContain(s);
    }
    // 0601 has no unit column: its numbers start in C, its unit line above the table
    const m = wb.getWorksheet('Biểu 0601.N')!;
    expect(m.getCell(8, 1).text).toBe('Đơn vị tính: Phong trào');
    expect([1, 2, 3, 4].map((c) => m.getCell(11, c).text)).toEqual(['A', 'B', '1=(2+3+4)', '2']);
    expect(m.getCell(12, 6).value).toBe(1);
  });
});
