import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';
import { liveYearOf, seedPastHonours } from './van-yen-past-honours';

// The earlier honours on top of the 2020 history (its QĐ wrote its honourees into the register)
// and the live conference: the same people are the same identities.
let t: TestApp;
let secretary: string;
let org: string;

beforeAll(async () => {
  t = await createTestApp({}, { history: true, live: true });
  secretary = await t.login('thuky');
  org = `/api/organizations/${t.demo.organizationId}`;
});
afterAll(async () => t?.close());

const lookup = async (q: string) =>
  (await t.send('GET', `${org}/honours?q=${encodeURIComponent(q)}&limit=200`, secretary)).json().items as {
    subjectId: string;
    rootSubjectId: string;
    year: number;
    formCode: string;
    source: string;
  }[];

describe('seedPastHonours', () => {
  it('imports the earlier honours through the import, as the secretary', async () => {
    const result = await seedPastHonours(t.database.db, t.demo);
    // 27 people, collectives and households: 11 were honoured in 2020 already (same identities)
    expect(result).toEqual({ imported: 78, subjectsCreated: 16 });
    const forms = (await t.send('GET', `${org}/honour-forms`, secretary)).json().items as { code: string }[];
    expect(forms.map((f) => f.code)).toEqual(
      expect.arrayContaining(['BK-TINH-CN', 'CSTD-TINH', 'CO-TINH', 'HCLD3-CN', 'BK-TTG-CN', 'DHTT-CN']),
    );
  });

  it('puts a 2020 honouree’s earlier honours on the identity of the 2020 QĐ', async () => {
    const huong = await lookup('Trần Thị Hường');
    expect(huong.map((h) => `${h.year} ${h.formCode} ${h.source}`)).toEqual([
      '2020 DHTT-CN decision',
      '2019 GK-CN import',
      '2017 GK-CN import',
    ]);
    expect(new Set(huong.map((h) => h.rootSubjectId)).size).toBe(1);
  });

  it('gives a live nominee the same form last year (a two-year gap rule fails)', async () => {
    const duc = await lookup('Lê Văn Đức');
    expect(duc.filter((h) => h.formCode === 'DHTT-CN').map((h) => h.year)).toEqual([liveYearOf() - 1]);
  });
});
