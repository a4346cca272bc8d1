// Search matches at word starts on every server search (db/search.ts): "huong" finds Hương and
// Hường, not "Công an phường…" (whose folded "phuong" holds "huong" only mid-word).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, type TestApp } from '../../../tests/helpers/test-app';

let t: TestApp, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('', { history: true }));
});
afterAll(async () => {
  await t?.close();
});

async function names(path: string, key: 'name' | 'fullName'): Promise<string[]> {
  const res = await t.send('GET', `${base}${path}`, secretary);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((i: Record<string, string>) => i[key]);
}

describe('search at word starts', () => {
  it('nominations: "huong" finds a Hương, not "Công an phường Văn Yên"', async () => {
    const found = await names('/nominations?q=huong&limit=500', 'name');
    expect(found).toContain('Trần Thị Hường');
    expect(found.filter((n) => /phường/i.test(n))).toEqual([]);
    // the unit is there, found by the start of its words
    expect(await names('/nominations?q=phuong&limit=500', 'name')).toContain('Công an phường Văn Yên');
    expect(await names('/nominations?q=cong an p&limit=500', 'name')).toContain('Công an phường Văn Yên');
  });

  it('delegates and reception: "huong" finds Lê Thị Thanh Hương and nobody whose name only holds it', async () => {
    for (const path of ['/delegates?q=huong', '/checkin/search?q=huong']) {
      const found = await names(path, 'fullName');
      expect(found).toContain('Lê Thị Thanh Hương');
      expect(found.filter((n) => /phường/i.test(n))).toEqual([]);
    }
    expect(await names('/delegates?q=thanh huong', 'fullName')).toContain('Lê Thị Thanh Hương');
    expect(await names('/delegates?q=uong', 'fullName')).toEqual([]);
  });

  it('treats LIKE wildcards as text', async () => {
    expect(await names('/delegates?q=%25', 'fullName')).toEqual([]);
    expect(await names('/nominations?q=_', 'name')).toEqual([]);
  });
});
