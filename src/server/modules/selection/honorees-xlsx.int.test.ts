import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { readSheet } from '../../../../tests/helpers/xlsx';

let t: TestApp, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('', { history: true }));
});
afterAll(async () => t?.close());

type Honoree = { name: string; kind: string; unitName: string };
type Group = { awardFormName: string; items: Honoree[] };

describe('honorees list as Excel', () => {
  it('has one row per honoree of the page, with the same names, forms and units, in its order', async () => {
    const page = (await t.send('GET', `${base}/honorees`, secretary)).json();
    expect(page.total).toBeGreaterThan(10);
    expect(page.heading).toEqual({
      organizationName: 'UBND phường Văn Yên',
      parentName: expect.any(String),
      conferenceName: expect.stringContaining('điển hình tiên tiến'),
    });
    const res = await t.send('GET', `${base}/honorees/export.xlsx`, secretary);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('Danh-sach-vinh-danh.xlsx');
    const { text, formulas } = await readSheet(res.rawPayload);
    expect(formulas).toBe(0);
    expect(text[0]![0]).toBe(`Danh sách tập thể, cá nhân được vinh danh — ${page.heading.conferenceName}`);
    expect(text[1]!.slice(0, 5)).toEqual([
      'STT',
      'Hình thức khen thưởng',
      'Họ và tên / Tên tập thể',
      'Cá nhân/Tập thể',
      'Đơn vị',
    ]);
    const rows = text.slice(2);
    const expected = (page.groups as Group[]).flatMap((g) =>
      g.items.map((h) => [
        g.awardFormName,
        h.name,
        h.kind === 'individual' ? 'Cá nhân' : 'Tập thể',
        h.unitName,
      ]),
    );
    expect(rows).toHaveLength(page.total);
    expect(rows.map((r) => r.slice(1, 5))).toEqual(expected);
    expect(rows.map((r) => r[0])).toEqual(expected.map((_, i) => String(i + 1)));
  });

  it('is for those who may read the results only', async () => {
    const res = await t.send('GET', `${base}/honorees/export.xlsx`, await t.login('tdp5'));
    expect(res.statusCode).toBe(403);
  });
});
