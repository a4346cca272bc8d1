// Cơ cấu tham luận with named parts: a plan may ask for a speech by one named unit (Công an
// phường, Trường Tiểu học Văn Yên) or one named honoree, and the speeches are checked exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginStranger } from '../../../../tests/helpers/strangers';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { createUnit } from '../units/mutations';
import { accepted, decideByHands, group, person } from './fixtures.int';

let t: TestApp;
let base: string;
let secretary: string;
const id: Record<string, string> = {};
const unit = (name: string) => t.demo.unitIds.get(name)!;

beforeAll(async () => {
  ({ t, base, secretary } = await openDemo());
  const entries = [
    { unit: 'Trường Mầm non Văn Yên', body: group(t, 'Trường Mầm non Văn Yên') },
    { unit: 'Trường Tiểu học Văn Yên', body: group(t, 'Trường Tiểu học Văn Yên') },
    { unit: 'Công an phường', body: group(t, 'Đội Cảnh sát khu vực') },
    { unit: 'Tổ dân phố 5', body: person(t, 'Nguyễn Thị Hường') },
  ];
  const ids = await accepted(t, entries);
  ['Mầm non', 'Tiểu học', 'Công an', 'Hường'].forEach((k, i) => {
    id[k] = ids[i]!;
  });
  await decideByHands(t, ids);
});
afterAll(async () => t?.close());

const conference = async () => (await t.send('GET', base, secretary)).json();
const putPlan = async (parts: object[], total = parts.length) => {
  const c = await conference();
  const plan = { ...c.plan, speechRule: { total, parts } };
  return t.send('PUT', `${base}/plan`, secretary, { plan, version: c.version });
};

/** 1 Trường Tiểu học Văn Yên + 1 trường học (any) + 1 Công an phường + 1 chị Nguyễn Thị Hường. */
const namedParts = () => [
  { kind: 'unit', unitId: unit('Trường Tiểu học Văn Yên'), label: 'Trường Tiểu học Văn Yên', count: 1 },
  { kind: 'unit_type', unitType: 'school', label: 'Trường học', count: 1 },
  { kind: 'unit', unitId: unit('Công an phường'), label: 'Công an phường', count: 1 },
  { kind: 'honoree', nominationId: id.Hường, label: 'Chị Nguyễn Thị Hường', count: 1 },
];

describe('a plan naming units and honorees in its speech composition', () => {
  it('refuses a named part without its unit or honoree, or with someone else’s, naming the field', async () => {
    const before = (await conference()).version;
    const missing = await putPlan([
      { kind: 'unit', label: 'Công an phường', count: 1 },
      { kind: 'honoree', label: 'Chị Nguyễn Thị Hường', count: 1 },
    ]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toMatchObject({
      'plan.speechRule.parts.0.unitId': 'Phần tham luận "Công an phường" theo đơn vị cụ thể: cần chọn đơn vị',
      'plan.speechRule.parts.1.nominationId':
        'Phần tham luận "Chị Nguyễn Thị Hường" theo tập thể/cá nhân được vinh danh: cần chọn tập thể/cá nhân',
    });

    const other = await loginStranger(t);
    const thon1 = await createUnit(t.database.db, null, other.organizationId, {
      name: 'Thôn 1',
      type: 'residential_group',
      headName: '',
      phone: '',
      sortOrder: 0,
    });
    const foreign = await putPlan([
      { kind: 'unit', unitId: thon1.id, label: 'Thôn 1', count: 1 },
      { kind: 'honoree', nominationId: crypto.randomUUID(), label: 'Ông Lạ', count: 1 },
      { kind: 'unit', unitId: 'không-phải-mã', label: 'Sai mã', count: 1 },
    ]);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields['plan.speechRule.parts.2.unitId']).toBe(
      'Đơn vị của phần tham luận không hợp lệ',
    );
    const refs = await putPlan([
      { kind: 'unit', unitId: thon1.id, label: 'Thôn 1', count: 1 },
      { kind: 'honoree', nominationId: crypto.randomUUID(), label: 'Ông Lạ', count: 1 },
    ]);
    expect(refs.statusCode).toBe(400);
    expect(refs.json().error.fields).toEqual({
      'plan.speechRule.parts.0.unitId': 'Phần tham luận "Thôn 1": đơn vị được chọn không thuộc tổ chức này',
      'plan.speechRule.parts.1.nominationId':
        'Phần tham luận "Ông Lạ": tập thể/cá nhân được chọn không thuộc hồ sơ đề nghị của Hội nghị này',
    });
    expect((await conference()).version).toBe(before);
  });

  it('saves named parts with their ids and labels', async () => {
    const res = await putPlan(namedParts());
    expect(res.statusCode).toBe(200);
    expect((await conference()).plan.speechRule).toEqual({ total: 4, parts: namedParts() });
  });

  it('counts a speech for a named unit only when that unit gives it', async () => {
    const add = (who: string) =>
      t.send('POST', `${base}/speeches`, secretary, { nominationId: id[who], title: `Tham luận ${who}` });
    // the wrong school, the police and the named honoree
    for (const who of ['Mầm non', 'Công an', 'Hường']) expect((await add(who)).statusCode).toBe(201);
    const short = (await t.send('GET', `${base}/speeches`, secretary)).json().check;
    expect(short.ok).toBe(false);
    expect(short.parts.map((p: { label: string; assigned: number }) => [p.label, p.assigned])).toEqual([
      ['Trường Tiểu học Văn Yên', 0],
      ['Trường học', 1],
      ['Công an phường', 1],
      ['Chị Nguyễn Thị Hường', 1],
    ]);
    expect(short.messages).toEqual(['Còn thiếu 1 tham luận của Trường Tiểu học Văn Yên']);

    const done = (await add('Tiểu học')).json().check;
    expect(done).toMatchObject({ ok: true, messages: [] });
    expect(done.parts.map((p: { assigned: number }) => p.assigned)).toEqual([1, 1, 1, 1]);
  });

  it('copies a named honoree part to the next period as a part for its unit or for an individual', async () => {
    const parts = [
      ...namedParts(),
      { kind: 'honoree', nominationId: id['Tiểu học'], label: 'Trường Tiểu học Văn Yên', count: 1 },
    ];
    expect((await putPlan(parts)).statusCode).toBe(200);
    const copied = await t.send('POST', `${base}/copy`, secretary, {
      name: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030',
      periodStart: 2025,
      periodEnd: 2030,
      offset: { amount: 5, unit: 'years' },
    });
    expect(copied.statusCode, copied.body).toBe(201);
    const next = (await t.send('GET', `/api/conferences/${copied.json().id}`, secretary)).json();
    expect(next.plan.speechRule.parts).toEqual([
      ...namedParts().slice(0, 3),
      { kind: 'individual', label: 'Chị Nguyễn Thị Hường', count: 1 },
      { kind: 'unit', unitId: unit('Trường Tiểu học Văn Yên'), label: 'Trường Tiểu học Văn Yên', count: 1 },
    ]);
    // the copy's plan saves as it is: nothing in it points at the old conference
    const saved = await t.send('PUT', `/api/conferences/${next.id}/plan`, secretary, {
      plan: next.plan,
      version: next.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
});
