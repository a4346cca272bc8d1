import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lyingZip } from '../../../../tests/helpers/files';
import { individual, multipartFile, setDeadline } from '../../../../tests/helpers/nominations';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { fillTemplate, personRow, readSheet } from '../../../../tests/helpers/xlsx';

let t: TestApp;
let tdp5: string;
let secretary: string;
let base: string;
let unitBase: string;
const FORM = 'Điển hình tiên tiến được biểu dương (cá nhân)';

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  tdp5 = await t.login('tdp5');
  await setDeadline(t, secretary, 1);
  base = `/api/conferences/${t.demo.conferenceId}`;
  unitBase = `${base}/units/${t.demo.unitIds.get('Tổ dân phố 5')}/nominations`;
});
afterAll(async () => t?.close());

const template = async () => {
  const res = await t.send('GET', `${unitBase}/template.xlsx`, tdp5);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  return res.rawPayload;
};
const importFile = (bytes: Buffer) => {
  const body = multipartFile('danh-sach.xlsx', bytes);
  return t.app.inject({
    method: 'POST',
    url: `${unitBase}/import`,
    headers: { cookie: tdp5, ...body.headers },
    payload: body.payload,
  });
};
const count = async () => (await t.send('GET', `${base}/nominations`, tdp5)).json().total;

describe('nominee lists in Excel', () => {
  it('stores nothing when one row is bad, and says which row and column', async () => {
    const bytes = await fillTemplate(await template(), [
      personRow(FORM, 'Nguyễn Thị Hường'),
      personRow(FORM, 'Trần Văn Bình', { birthYear: 1850, gender: 'Nam' }),
      personRow('Bằng khen của Thủ tướng', 'Lê Thị Cúc'),
    ]);
    const res = await importFile(bytes);
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.message).toMatch(
      /^Tệp có 2 lỗi, chưa lưu dòng nào: Dòng 6, cột 'Năm sinh': Năm sinh phải từ 1900 trở đi/,
    );
    expect(err.rows).toContainEqual({
      row: 7,
      column: 'Hình thức khen thưởng đề nghị',
      message: expect.stringContaining('Bằng khen của Thủ tướng'),
    });
    expect(await count()).toBe(0);
  });

  it('imports three nominees as drafts, audited as imported', async () => {
    const bytes = await fillTemplate(await template(), [
      personRow(FORM, 'Nguyễn Thị Hường'),
      personRow(FORM, 'Trần Văn Bình', { gender: 'Nam', occupationGroup: 'Công nhân' }),
      personRow(FORM, 'Lê Thị Cúc', { summary: '=HYPERLINK("http://x","bấm")' }),
    ]);
    const res = await importFile(bytes);
    expect(res.statusCode).toBe(201);
    expect(res.json().created).toBe(3);
    const list = (await t.send('GET', `${base}/nominations`, tdp5)).json();
    expect(list.items.map((i: { name: string; status: string }) => `${i.name} ${i.status}`)).toEqual([
      'Trần Văn Bình draft',
      'Lê Thị Cúc draft',
      'Nguyễn Thị Hường draft',
    ]);
    const audit = (
      await t.send(
        'GET',
        `/api/organizations/${t.demo.organizationId}/audit?conferenceId=${t.demo.conferenceId}&limit=3`,
        secretary,
      )
    ).json();
    expect(audit.items.every((a: { action: string }) => a.action === 'nomination.imported')).toBe(true);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const res = await importFile(Buffer.from('Họ và tên,Năm sinh\nA,1970\n'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Tệp không phải là bảng tính Excel \(\.xlsx\)/);
  });

  it('refuses a workbook whose directory understates what a part inflates to, inflating no further', async () => {
    const zip = await JSZip.loadAsync(await template());
    const entries: Record<string, Buffer> = {};
    for (const f of Object.values(zip.files)) if (!f.dir) entries[f.name] = await f.async('nodebuffer');
    const lying = lyingZip(entries, {
      name: 'xl/media/filler.bin',
      realBytes: 20 * 1024 * 1024,
      declaredBytes: 1024 * 1024,
    });
    const res = await importFile(lying);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'Tệp có 1 lỗi, chưa lưu dòng nào: Tệp Excel bị từ chối: phần "xl/media/filler.bin" giải nén ra nhiều hơn dung lượng khai báo hoặc quá 100 MB (nghi là tệp nén độc hại)',
    );
    expect(await count()).toBe(3);
  });

  it('exports the filtered list with formulas neutralized', async () => {
    await t.send('POST', unitBase, tdp5, {
      ...individual(t.demo.formIds.get('DHTT-CN')!, '+Võ Thị Sen'),
      summaryHtml: '<p>@SUM(A1:A3)</p>',
    });
    const res = await t.send('GET', `${base}/nominations/export.xlsx?gender=female`, secretary);
    expect(res.statusCode).toBe(200);
    const sheet = await readSheet(res.rawPayload);
    expect(sheet.formulas).toBe(0);
    const cells = sheet.text.flat();
    expect(cells).toContain("'+Võ Thị Sen");
    expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true);
    expect(cells.some((c) => c.includes('Trần Văn Bình'))).toBe(false); // filtered out (male)
    const denied = await t.send('GET', `${base}/nominations/export.xlsx`, await t.login('letan'));
    expect(denied.statusCode).toBe(403);
  });
});
