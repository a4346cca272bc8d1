import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { accepted, decideByHands, group, person } from './fixtures.int';

// Số lượng đi dự cấp trên by delegate category and attribute: the delegation takes a guest from the
// delegate list (not only honorees), refuses one guest over the plan's number, and counts a
// delegate who is an honoree once.
let t: TestApp;
let base: string;
let secretary: string;
const id: Record<string, string> = {};
const TARGET = 'Hội nghị điển hình tiên tiến Thành phố';

beforeAll(async () => {
  t = await createTestApp();
  base = `/api/conferences/${t.demo.conferenceId}`;
  secretary = await t.login('thuky');
  const ids = await accepted(t, [
    { unit: 'Tổ dân phố 1', body: group(t, 'Tổ dân phố 1') },
    { unit: 'Tổ dân phố 5', body: person(t, 'Nguyễn Thị Hường', { gender: 'female' }) },
    { unit: 'Tổ dân phố 6', body: person(t, 'Trần Văn Bình', { gender: 'male' }) },
  ]);
  [id['Tổ dân phố 1'], id['Nguyễn Thị Hường'], id['Trần Văn Bình']] = ids as [string, string, string];
  await decideByHands(t, ids);
});
afterAll(async () => t?.close());

const get = (url: string) => t.send('GET', `${base}${url}`, secretary);
const post = (url: string, payload: object) => t.send('POST', `${base}${url}`, secretary, payload);

async function guest(fullName: string, title: string) {
  const res = await post('/delegates', {
    category: 'guest',
    fullName,
    gender: 'male',
    title,
    unitId: null,
    unitName: 'UBND thành phố Hà Tĩnh',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Saves the demo plan with these quota parts (and room for a few more delegates than the demo's 100). */
async function savePlanWithParts(parts: object[]) {
  const conf = (await t.send('GET', base, secretary)).json();
  const plan = {
    ...conf.plan,
    delegateRules: { ...conf.plan.delegateRules, cap: 110 },
    delegationQuota: { ...conf.plan.delegationQuota, parts },
  };
  return t.send('PUT', `${base}/plan`, secretary, { plan, version: conf.version });
}

describe('delegation quota by delegate category and attribute', () => {
  it('an old plan (no parts) reads as before: the two figures, no part lines', async () => {
    const d = (await get('/delegation')).json();
    expect(d.quota).toEqual({ targetName: TARGET, collectives: 1, individuals: 5 });
    expect(d.parts).toEqual([]);
    expect(d.total).toEqual({ count: 0, target: 6 });
    expect(d.check.messages).toEqual(['Còn thiếu 1 tập thể', 'Còn thiếu 5 cá nhân']);
  });

  it('refuses a part naming a category the plan does not have (400 naming the field), saves a good one', async () => {
    const bad = await savePlanWithParts([{ dimension: 'category', value: 'press', count: 1 }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['plan.delegationQuota.parts.0.value']).toBe(
      'Phần 1 của đoàn đi dự cấp trên: nhóm đại biểu "press" không có trong thành phần đại biểu của kế hoạch',
    );
    const ok = await savePlanWithParts([
      { dimension: 'category', value: 'guest', count: 1 },
      { dimension: 'attribute', value: 'female', count: 2, op: 'min' },
    ]);
    expect(ok.statusCode).toBe(200);
    const d = (await get('/delegation')).json();
    expect(
      d.parts.map((p: { noun: string; count: number; target: number }) => [p.noun, p.count, p.target]),
    ).toEqual([
      ['đại biểu khách mời', 0, 1],
      ['đại biểu nữ', 0, 2],
    ]);
  });

  it('takes a guest from the delegate list; a second guest is refused with the part and the numbers', async () => {
    const first = await guest('Lê Văn Khách', 'Phó Chủ tịch UBND thành phố');
    const second = await guest('Phan Văn Mời', 'Trưởng phòng Nội vụ');
    const added = await post('/delegation', { delegateId: first });
    expect(added.statusCode).toBe(201);
    const d = added.json();
    expect(d.items).toEqual([
      expect.objectContaining({
        delegateId: first,
        nominationId: null,
        name: 'Lê Văn Khách',
        kind: 'individual',
        title: 'Phó Chủ tịch UBND thành phố',
        category: 'guest',
        categoryLabel: 'Đại biểu khách mời',
        unitName: 'UBND thành phố Hà Tĩnh',
      }),
    ]);
    expect(d.parts[0]).toMatchObject({ count: 1, target: 1, ok: true, full: true });
    expect(d.counts).toEqual({ collectives: 0, individuals: 1 });

    const over = await post('/delegation', { delegateId: second });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.message).toBe(
      `Đoàn đi dự ${TARGET} đã đủ 1 đại biểu khách mời (đã chọn 1/1); không thể thêm cá nhân "Phan Văn Mời"`,
    );
    const twice = await post('/delegation', { delegateId: first });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('Đại biểu "Lê Văn Khách" đã có trong đoàn');
    expect((await post('/delegation', {})).statusCode).toBe(400);

    const memberId = d.items[0].id;
    const audit = (
      await t.send('GET', `/api/organizations/${t.demo.organizationId}/audit?entityId=${memberId}`, secretary)
    ).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['delegation.added']);
    expect(audit.names[memberId]).toBe('Lê Văn Khách');
  });

  it('a delegate who is an honoree joins as the honoree and counts once', async () => {
    const listed = await post('/delegates/from-honorees', { nominationIds: [id['Nguyễn Thị Hường']] });
    expect(listed.statusCode).toBe(200);
    const delegates = (await get('/delegates')).json().items as { id: string; nominationId: string | null }[];
    const hers = delegates.find((x) => x.nominationId === id['Nguyễn Thị Hường'])!;
    const added = await post('/delegation', { delegateId: hers.id });
    expect(added.statusCode).toBe(201);
    const member = added.json().items.find((m: { name: string }) => m.name === 'Nguyễn Thị Hường');
    expect(member).toMatchObject({ nominationId: id['Nguyễn Thị Hường'], delegateId: null });
    const again = await post('/delegation', { nominationId: id['Nguyễn Thị Hường'] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Cá nhân "Nguyễn Thị Hường" đã có trong đoàn');
    const d = (await get('/delegation')).json();
    expect(d.total).toEqual({ count: 2, target: 6 });
    expect(d.check.messages).toEqual([
      'Còn thiếu 1 tập thể',
      'Còn thiếu 3 cá nhân',
      'Đoàn mới có 1 đại biểu nữ, kế hoạch cho tối thiểu 2: thêm 1',
    ]);
  });

  it('removing the guest frees its place, audited', async () => {
    const d = (await get('/delegation')).json();
    const g = d.items.find((m: { delegateId: string | null }) => m.delegateId);
    const res = await t.send('DELETE', `${base}/delegation/${g.id}?version=${g.version}`, secretary);
    expect(res.statusCode).toBe(200);
    expect(res.json().parts[0]).toMatchObject({ count: 0, target: 1, full: false });
    expect((await auditOf(t, g.id, secretary)).map((a) => a.action)).toEqual([
      'delegation.removed',
      'delegation.added',
    ]);
    const others = (await get('/delegates')).json().items as { fullName: string; id: string }[];
    const second = others.find((x) => x.fullName === 'Phan Văn Mời')!;
    expect((await post('/delegation', { delegateId: second.id })).statusCode).toBe(201);
    // a delegate in the delegation cannot be deleted from the delegate list while there
    const gone = await t.send('DELETE', `${base}/delegates/${second.id}?version=1`, secretary);
    expect(gone.statusCode).toBe(409);
    expect(gone.json().error.message).toMatch(/^Không xóa được đại biểu: còn thành viên đoàn đi cấp trên/);
  });
});
