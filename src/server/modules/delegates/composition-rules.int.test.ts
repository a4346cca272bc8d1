import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDelegateTemplate, type GuestRow } from '../../../../tests/helpers/delegates';
import { multipartFile } from '../../../../tests/helpers/nominations';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { readSheet } from '../../../../tests/helpers/xlsx';

// Cơ cấu đại biểu as data: an organizer unlike the demo gives the sub-groups of its exemplars
// their own numbers, defines an attribute and a rule on it scoped to the guests. The gauge and
// the finalize check (chốt danh sách) read the same rules, right at the boundary.
let t: TestApp, conf: string, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base: conf, secretary } = await openDemo());
  base = `${conf}/delegates`;
});
afterAll(async () => t?.close());

type D = {
  id: string;
  fullName: string;
  category: string;
  subgroup: string;
  gender: string | null;
  attributes: string[];
  title: string;
  unitName: string;
  version: number;
};
type Check = {
  ok: boolean;
  messages: string[];
  fixes: string[];
  rules: { id: string; ok: boolean; count: number }[];
};

const items = async () => ((await t.send('GET', base, secretary)).json() as { items: D[] }).items;
const gauge = async () => (await t.send('GET', `${base}/composition`, secretary)).json().composition as Check;
const edit = (d: D, change: Partial<D>) =>
  t.send('PUT', `${base}/${d.id}`, secretary, {
    category: d.category,
    subgroup: d.subgroup,
    fullName: d.fullName,
    gender: d.gender,
    attributes: d.attributes,
    title: d.title,
    unitName: d.unitName,
    version: d.version,
    ...change,
  });

async function savePlan(change: (rules: Record<string, unknown>) => Record<string, unknown>) {
  const before = (await t.send('GET', conf, secretary)).json();
  return t.send('PUT', `${conf}/plan`, secretary, {
    plan: { ...before.plan, delegateRules: change(before.plan.delegateRules) },
    version: before.version,
  });
}

/** The demo's three sub-groups of exemplars, stored as labels: their keys are their labels. */
let sub: string[] = [];
let counts: number[] = [];

describe('composition rules as data (sub-groups with numbers, attributes, scoped rules)', () => {
  it('keeps reading the stored demo plan: its sub-group labels are the keys the delegates name', async () => {
    const plan = (await t.send('GET', conf, secretary)).json().plan;
    const groups = plan.delegateRules.categories[0].subgroups as { key: string; label: string }[];
    expect(groups.every((g) => g.key === g.label)).toBe(true);
    sub = groups.map((g) => g.key);
    const list = await items();
    counts = sub.map((k) => list.filter((d) => d.subgroup === k).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(70);
    expect((await gauge()).ok).toBe(true);
  });

  it('refuses contradictory sub-group numbers with 400 naming them, and saves consistent ones', async () => {
    const withNumbers = (first: number, third: number) => (r: Record<string, unknown>) => {
      const categories = r.categories as { subgroups: { key: string; label: string }[] }[];
      const [a, b, c] = categories[0]!.subgroups;
      return {
        ...r,
        attributes: [{ key: 'under35', label: 'Dưới 35 tuổi' }],
        extraRules: [
          {
            label: 'Khách mời: tối đa 10% dưới 35 tuổi',
            attribute: 'under35',
            operator: 'max',
            percent: 10,
            scope: { category: 'guest' },
          },
        ],
        categories: [
          {
            ...categories[0],
            subgroups: [
              { ...a, count: { op: 'exact', value: first } },
              b,
              { ...c, count: { op: 'min', value: third } },
            ],
          },
          categories[1],
        ],
      };
    };
    const impossible = await savePlan(withNumbers(100, counts[2]!)); // 100 + a minimum > cap 100
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().error.message).toContain(
      `Số đại biểu tối đa (100) nhỏ hơn số tối thiểu mà các nhóm và nhóm con đòi: Đại biểu điển hình tiên tiến ${100 + counts[2]!}`,
    );
    const saved = await savePlan(withNumbers(counts[0]!, counts[2]!));
    expect(saved.statusCode).toBe(200);
    expect(saved.json().plan.delegateRules.categories[0].subgroups[0].count).toEqual({
      op: 'exact',
      value: counts[0],
    });
    expect((await gauge()).ok).toBe(true);
  });

  it("checks a delegate's attributes against the plan: a wrong one is a 400 naming the field", async () => {
    const guest = (await items()).find((d) => d.category === 'guest')!;
    const wrong = await edit(guest, { attributes: ['under_35'] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.attributes).toContain('Thuộc tính "under_35" không có trong kế hoạch');
    const ok = await edit(guest, { attributes: ['under35'] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().attributes).toEqual(['under35']);
  });

  it('the scoped attribute rule at its boundary: 3 of 30 guests kept, a 4th breaks it', async () => {
    const young = async (n: number) => {
      const guests = (await items()).filter((d) => d.category === 'guest');
      for (const d of guests.slice(0, n)) {
        if (!d.attributes.includes('under35'))
          expect((await edit(d, { attributes: ['under35'] })).statusCode).toBe(200);
      }
    };
    await young(3);
    expect((await gauge()).rules.find((r) => r.id === 'extra:0')).toMatchObject({ ok: true, count: 3 });
    await young(4);
    const check = await gauge();
    expect(check.rules.find((r) => r.id === 'extra:0')).toMatchObject({ ok: false, count: 4 });
    expect(check.messages.join('\n')).toContain(
      'đại biểu dưới 35 tuổi trong nhóm Đại biểu khách mời so với mức tối đa 10%',
    );
    const guests = (await items()).filter((d) => d.category === 'guest' && d.attributes.includes('under35'));
    expect((await edit(guests[0]!, { attributes: [] })).statusCode).toBe(200);
    expect((await gauge()).ok).toBe(true);
  });

  it('one exemplar moved from a "tối thiểu" sub-group to an "đúng" one: the gauge and the finalize name both and the swap', async () => {
    const moved = (await items()).find((d) => d.subgroup === sub[2])!;
    expect((await edit(moved, { subgroup: sub[0] })).statusCode).toBe(200);
    const check = await gauge();
    expect(check.ok).toBe(false);
    const first = sub[0]!.charAt(0).toLocaleLowerCase('vi') + sub[0]!.slice(1);
    const third = sub[2]!.charAt(0).toLocaleLowerCase('vi') + sub[2]!.slice(1);
    expect(check.messages).toEqual([
      `Thừa 1 ${first} so với số đúng ${counts[0]}`,
      `Còn thiếu 1 ${third} so với số tối thiểu ${counts[2]}`,
    ]);
    expect(check.fixes).toEqual([`Thay 1 ${first} bằng 1 ${third}`]);

    const refused = await t.send('POST', `${base}/finalize`, secretary, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain(`Thừa 1 ${first} so với số đúng ${counts[0]}`);
    expect(refused.json().error.message).toContain(`Thay 1 ${first} bằng 1 ${third}`);

    const back = (await items()).find((d) => d.id === moved.id)!;
    expect((await edit(back, { subgroup: sub[2] })).statusCode).toBe(200);
    const done = await t.send('POST', `${base}/finalize`, secretary, {});
    expect(done.statusCode).toBe(200);
    expect(done.json().finalization.finalized).toBe(true);
  });

  it('the XLSX template, import and export carry one column per attribute; a wrong value refuses the whole file', async () => {
    expect((await t.send('POST', `${base}/reopen`, secretary)).statusCode).toBe(200);
    const plain = (await items()).find((d) => d.category === 'guest' && !d.attributes.includes('under35'))!;
    expect(
      (await t.send('DELETE', `${base}/${plain.id}?version=${plain.version}`, secretary)).statusCode,
    ).toBe(204);
    const template = await t.send('GET', `${base}/template.xlsx`, secretary);
    const upload = async (rows: GuestRow[]) => {
      const body = multipartFile('khach-moi.xlsx', await fillDelegateTemplate(template.rawPayload, rows));
      return t.app.inject({
        method: 'POST',
        url: `${base}/import?category=guest`,
        headers: { cookie: secretary, ...body.headers },
        payload: body.payload,
      });
    };
    const wrong = await upload([
      { fullName: 'Lê Văn Trẻ', cells: { 'Dưới 35 tuổi': 'x' } },
      { fullName: 'Phan Thị Lạ', cells: { 'Dưới 35 tuổi': 'có lẽ' } },
    ]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.rows).toEqual([
      {
        row: 5,
        column: 'Dưới 35 tuổi',
        message: `Giá trị 'có lẽ' không hợp lệ: ghi "x" nếu đại biểu có thuộc tính "Dưới 35 tuổi", để trống nếu không`,
      },
    ]);
    expect((await items()).length).toBe(99);

    const ok = await upload([{ fullName: 'Lê Văn Trẻ', cells: { 'Dưới 35 tuổi': 'x', 'Thanh niên': '' } }]);
    expect(ok.statusCode).toBe(201);
    const added = (await items()).find((d) => d.fullName === 'Lê Văn Trẻ')!;
    expect(added.attributes).toEqual(['under35']);

    const sheet = await readSheet((await t.send('GET', `${base}/export.xlsx`, secretary)).rawPayload);
    const header = sheet.text[1]!;
    const column = header.indexOf('Dưới 35 tuổi');
    expect(column).toBeGreaterThan(header.indexOf('Ghi chú'));
    expect(sheet.text.find((r) => r.includes('Lê Văn Trẻ'))![column]).toBe('x');
  });

  it('a new conference with nested numbers: contradictions refused with 400, sub-groups not adding up need acknowledging', async () => {
    const { plan } = (await t.send('GET', conf, secretary)).json();
    const orgUrl = `/api/organizations/${t.demo.organizationId}/conferences`;
    const withTeachers = (young: number, senior: number) => ({
      ...plan,
      name: 'Hội nghị điển hình tiên tiến ngành giáo dục 2026',
      signedAt: null,
      delegateRules: {
        cap: 40,
        categories: [
          {
            key: 'exemplary',
            label: 'Đại biểu điển hình tiên tiến',
            sharePercent: 60,
            shareOperator: 'min',
            subgroups: [
              {
                key: 'teachers',
                label: 'Giáo viên',
                count: { op: 'exact', value: 15 },
                children: [
                  { key: 'young', label: 'Giáo viên trẻ', count: { op: 'exact', value: young } },
                  { key: 'senior', label: 'Giáo viên lâu năm', count: { op: 'exact', value: senior } },
                ],
              },
            ],
          },
          {
            key: 'guest',
            label: 'Đại biểu khách mời',
            sharePercent: 40,
            shareOperator: 'max',
            subgroups: [],
          },
        ],
        attributes: [],
        extraRules: [],
        note: '',
      },
    });
    const impossible = await t.send('POST', orgUrl, secretary, { plan: withTeachers(10, 8) });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().error.fields['plan.delegateRules.categories.0.subgroups.0.count.value']).toBe(
      'Nhóm con "Giáo viên" có số lượng đúng 15 nhưng các nhóm con của nó cần ít nhất Giáo viên trẻ 10 + Giáo viên lâu năm 8 = 18: nâng số lượng lên 18 hoặc giảm 3 ở các nhóm con',
    );

    const short = await t.send('POST', orgUrl, secretary, { plan: withTeachers(5, 8) });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.warnings).toEqual([
      {
        code: 'subgroup-counts-mismatch',
        path: 'delegateRules.categories.0.subgroups.0.children',
        message:
          'Các nhóm con của "Giáo viên" cộng lại Giáo viên trẻ 5 + Giáo viên lâu năm 8 = 13 nhưng "Giáo viên" có đúng 15 đại biểu: thêm 2 ở số lượng các nhóm con hoặc sửa số của "Giáo viên"',
      },
    ]);
    const acknowledged = await t.send('POST', orgUrl, secretary, {
      plan: withTeachers(5, 8),
      acknowledgedWarnings: ['subgroup-counts-mismatch'],
    });
    expect(acknowledged.statusCode).toBe(201);
    const consistent = await t.send('POST', orgUrl, secretary, {
      plan: { ...withTeachers(5, 10), name: 'Hội nghị điển hình tiên tiến ngành giáo dục 2027' },
    });
    expect(consistent.statusCode).toBe(201);
    expect(consistent.json().plan.delegateRules.categories[0].subgroups[0].children[1].count).toEqual({
      op: 'exact',
      value: 10,
    });
  });
});
