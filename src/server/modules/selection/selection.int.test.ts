import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { accepted, decideByHands, group, person } from './fixtures.int';

let t: TestApp;
let base: string;
let secretary: string;
let member: string; // council member (review.read only)
let unitHead: string;
const id: Record<string, string> = {};

const COLLECTIVES: [unit: string, name: string][] = [
  ['Tổ dân phố 1', 'Tổ dân phố 1'],
  ['Tổ dân phố 2', 'Tổ dân phố 2'],
  ['Hội LHPN phường', 'Chi hội Phụ nữ khối 3'],
  ['Công an phường', 'Đội Cảnh sát khu vực'],
];
const PEOPLE: [unit: string, name: string][] = [
  ['Tổ dân phố 5', 'Nguyễn Thị Hường'],
  ['Tổ dân phố 5', 'Trần Văn Bình'],
  ['Tổ dân phố 6', 'Lê Thị Cúc'],
  ['Tổ dân phố 6', 'Phạm Văn Dũng'],
  ['Hội Nông dân phường', 'Hoàng Văn Em'],
  ['Đoàn Thanh niên phường', 'Đinh Thị Giang'],
];

beforeAll(async () => {
  t = await createTestApp();
  base = `/api/conferences/${t.demo.conferenceId}`;
  const entries = [
    ...COLLECTIVES.map(([unit, name]) => ({ unit, body: group(t, name) })),
    ...PEOPLE.map(([unit, name]) => ({ unit, body: person(t, name) })),
    { unit: 'Tổ dân phố 3', body: group(t, 'Tổ dân phố 3') },
    { unit: 'Tổ dân phố 7', body: person(t, 'Võ Văn Khải', { gender: 'male' }) },
  ];
  const ids = await accepted(t, entries);
  entries.forEach((e, i) => {
    id[
      (e.body as { collective?: { name: string }; individual?: { fullName: string } }).collective?.name ??
        (e.body as { individual: { fullName: string } }).individual.fullName
    ] = ids[i]!;
  });
  await decideByHands(t, ids.slice(0, 10), ids.slice(10));
  secretary = await t.login('thuky');
  member = await t.login('uyvien2');
  unitHead = await t.login('tdp5');
});
afterAll(async () => t?.close());

const get = (url: string, cookie: string) => t.send('GET', `${base}${url}`, cookie);
const post = (url: string, cookie: string, payload: object) =>
  t.send('POST', `${base}${url}`, cookie, payload);
const del = (url: string, cookie: string) => t.send('DELETE', `${base}${url}`, cookie);

describe('honorees', () => {
  it('lists the selected nominees per award form, collectives first, with counts and share', async () => {
    const res = await get('/honorees', member);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(10);
    expect(body.counts).toEqual({ collectives: 4, individuals: 6 });
    expect(body.permissions).toEqual({ canManage: false });
    expect(
      body.groups.map((g: { awardFormName: string; appliesTo: string }) => [g.awardFormName, g.appliesTo]),
    ).toEqual([
      ['Điển hình tiên tiến được biểu dương (tập thể)', 'collective'],
      ['Điển hình tiên tiến được biểu dương (cá nhân)', 'individual'],
    ]);
    const tdp1 = body.groups[0].items.find((i: { name: string }) => i.name === 'Tổ dân phố 1');
    expect(tdp1).toMatchObject({
      nominationId: id['Tổ dân phố 1'],
      kind: 'collective',
      unitName: 'Tổ dân phố 1',
      unitType: 'residential_group',
      agree: 7,
      disagree: 0,
      base: 7,
      sharePercent: 100,
    });
    // Vietnamese name order (by given name): Bình, Cúc, Dũng, Em, Giang, Hường
    expect(body.groups[1].items.map((i: { name: string }) => i.name)).toEqual([
      'Trần Văn Bình',
      'Lê Thị Cúc',
      'Phạm Văn Dũng',
      'Hoàng Văn Em',
      'Đinh Thị Giang',
      'Nguyễn Thị Hường',
    ]);
    const names = body.groups.flatMap((g: { items: { name: string }[] }) => g.items.map((i) => i.name));
    expect(names).not.toContain('Tổ dân phố 3');
    expect(names).not.toContain('Võ Văn Khải');
  });

  it('is not shown to a unit head', async () => {
    const res = await get('/honorees', unitHead);
    expect(res.statusCode).toBe(403);
  });
});

describe('honoree targets per award form (số lượng tối thiểu)', () => {
  /** The office sets a form's minimum and maximum, as its editor does. */
  async function setTarget(code: string, minHonorees: number | null, maxHonorees: number | null) {
    const forms = (await get('/award-forms', secretary)).json().items;
    const { id: formId, ...f } = forms.find((x: { code: string }) => x.code === code);
    const res = await t.send('PUT', `${base}/award-forms/${formId}`, secretary, {
      ...f,
      minHonorees,
      maxHonorees,
    });
    expect(res.statusCode).toBe(200);
  }

  it('warns the council about a form short of its minimum, with the numbers, and never changes the results', async () => {
    expect((await get('/honorees', member)).json().unmetTargets).toEqual([]);
    await setTarget('DHTT-CN', 8, null); // 6 individuals selected
    await setTarget('DHTT-TT', 4, 4); // exactly 4: 4 collectives selected
    await setTarget('GK-CN', 2, 5); // nobody voted on yet

    const body = (await get('/honorees', member)).json();
    expect(body.unmetTargets).toEqual([
      {
        awardFormId: t.demo.formIds.get('DHTT-CN'),
        awardFormName: 'Điển hình tiên tiến được biểu dương (cá nhân)',
        minHonorees: 8,
        maxHonorees: null,
        selected: 6,
        missing: 2,
      },
      {
        awardFormId: t.demo.formIds.get('GK-CN'),
        awardFormName: 'Giấy khen của Chủ tịch UBND phường (cá nhân)',
        minHonorees: 2,
        maxHonorees: 5,
        selected: 0,
        missing: 2,
      },
    ]);
    // the vote decided: the same honorees as before
    expect(body.total).toBe(10);
    expect(body.counts).toEqual({ collectives: 4, individuals: 6 });

    // met exactly: no warning left for that form
    await setTarget('DHTT-CN', 6, null);
    await setTarget('GK-CN', null, 5);
    expect((await get('/honorees', secretary)).json().unmetTargets).toEqual([]);
  });
});

describe('speeches (tham luận)', () => {
  it('assigns honorees and checks the composition live on every answer', async () => {
    const first = await post('/speeches', secretary, {
      nominationId: id['Tổ dân phố 1'],
      title: 'Xây dựng tổ dân phố văn minh, sạch đẹp',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().items[0]).toMatchObject({
      honoreeName: 'Tổ dân phố 1',
      speakerName: 'Nguyễn Văn An',
      kind: 'unit_type',
      unitType: 'residential_group',
      version: 1,
    });
    expect(first.json().check).toMatchObject({
      ok: false,
      messages: [
        'Còn thiếu 1 tham luận của tổ dân phố (TDP)',
        'Còn thiếu 1 tham luận của đoàn thể',
        'Còn thiếu 1 tham luận của cơ quan, đơn vị',
        'Còn thiếu 1 tham luận của cá nhân',
      ],
    });
    for (const name of ['Tổ dân phố 2', 'Chi hội Phụ nữ khối 3', 'Đội Cảnh sát khu vực']) {
      expect(
        (await post('/speeches', secretary, { nominationId: id[name], title: `Tham luận ${name}` }))
          .statusCode,
      ).toBe(201);
    }
    const last = await post('/speeches', secretary, {
      nominationId: id['Nguyễn Thị Hường'],
      title: 'Người phụ nữ làm kinh tế giỏi',
    });
    expect(last.statusCode).toBe(201);
    expect(last.json().check).toMatchObject({ ok: true, messages: [] });
    expect(last.json().items.at(-1)).toMatchObject({
      kind: 'individual',
      speakerName: 'Nguyễn Thị Hường',
      sortOrder: 5,
    });
    // one more goes beyond the rule: still stored, the check says so
    const extra = (
      await post('/speeches', secretary, { nominationId: id['Trần Văn Bình'], title: 'Thêm' })
    ).json();
    expect(extra.check.messages).toEqual([
      'Thừa 1 tham luận của cá nhân',
      'Tổng số tham luận (6) vượt quá 5',
    ]);
    const seen = await get('/speeches', member);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items).toHaveLength(6);
    expect(seen.json().permissions).toEqual({ canManage: false });
  });

  it('refuses a nominee who is not an honoree, and a second speech of the same honoree', async () => {
    const failed = await post('/speeches', secretary, {
      nominationId: id['Tổ dân phố 3'],
      title: 'Tham luận',
    });
    expect(failed.statusCode).toBe(422);
    expect(failed.json().error.message).toBe(
      'Chỉ phân công tham luận cho các tập thể, cá nhân đã được Hội đồng chọn vinh danh (có kết quả "được chọn" ở phiếu đã đóng)',
    );
    const twice = await post('/speeches', secretary, { nominationId: id['Tổ dân phố 1'], title: 'Lần hai' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe(
      'Tập thể "Tổ dân phố 1" đã có tham luận "Xây dựng tổ dân phố văn minh, sạch đẹp"',
    );
    // the same honoree twice at once: one speech
    const race = await Promise.all(
      [1, 2].map((k) => post('/speeches', secretary, { nominationId: id['Lê Thị Cúc'], title: `Lần ${k}` })),
    );
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const won = race.find((r) => r.statusCode === 201)!.json();
    expect(won.items.filter((i: { honoreeName: string }) => i.honoreeName === 'Lê Thị Cúc')).toHaveLength(1);
    expect((await del(`/speeches/${won.id}?version=1`, secretary)).statusCode).toBe(200);
    const empty = await post('/speeches', secretary, { nominationId: id['Tổ dân phố 1'], title: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.title).toBe('Tên tham luận không được để trống');
  });

  it('edits and removes with versions, audited', async () => {
    const items = (await get('/speeches', secretary)).json().items;
    const extra = items.find((i: { title: string }) => i.title === 'Thêm');
    const edited = await t.send('PUT', `${base}/speeches/${extra.id}`, secretary, {
      title: 'Tấm gương người tốt',
      speakerName: 'Trần Văn Bình',
      sortOrder: 6,
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    const stale = await del(`/speeches/${extra.id}?version=1`, secretary);
    expect(stale.statusCode).toBe(409);
    const gone = await del(`/speeches/${extra.id}?version=2`, secretary);
    expect(gone.statusCode).toBe(200);
    expect(gone.json().check.ok).toBe(true);
    expect((await auditOf(t, extra.id, secretary)).map((a) => a.action).sort()).toEqual([
      'speech.created',
      'speech.deleted',
      'speech.updated',
    ]);
  });

  it('forbids council members and unit heads to assign', async () => {
    for (const cookie of [member, unitHead]) {
      const res = await post('/speeches', cookie, { nominationId: id['Lê Thị Cúc'], title: 'Tham luận' });
      expect(res.statusCode).toBe(403);
    }
    const items = (await get('/speeches', secretary)).json().items;
    expect((await del(`/speeches/${items[0].id}?version=1`, member)).statusCode).toBe(403);
  });
});

describe('upper-level delegation', () => {
  it('takes honorees within the quota per kind, naming the quota when full', async () => {
    const empty = (await get('/delegation', member)).json();
    expect(empty.quota).toEqual({
      targetName: 'Hội nghị điển hình tiên tiến Thành phố',
      collectives: 1,
      individuals: 5,
    });
    expect(empty.check.messages).toEqual(['Còn thiếu 1 tập thể', 'Còn thiếu 5 cá nhân']);
    expect((await post('/delegation', secretary, { nominationId: id['Tổ dân phố 1'] })).statusCode).toBe(201);
    const second = await post('/delegation', secretary, { nominationId: id['Tổ dân phố 2'] });
    expect(second.statusCode).toBe(422);
    expect(second.json().error.message).toBe(
      'Đoàn đi dự Hội nghị điển hình tiên tiến Thành phố đã đủ 1 tập thể (đã chọn 1/1); không thể thêm tập thể "Tổ dân phố 2"',
    );
    for (const name of ['Nguyễn Thị Hường', 'Trần Văn Bình', 'Lê Thị Cúc']) {
      expect((await post('/delegation', secretary, { nominationId: id[name] })).statusCode).toBe(201);
    }
    // three at once for the last two places: exactly two get in
    const race = await Promise.all(
      ['Phạm Văn Dũng', 'Hoàng Văn Em', 'Đinh Thị Giang'].map((name) =>
        post('/delegation', secretary, { nominationId: id[name] }),
      ),
    );
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 201, 422]);
    expect(race.find((r) => r.statusCode === 422)!.json().error.message).toMatch(
      /^Đoàn đi dự Hội nghị điển hình tiên tiến Thành phố đã đủ 5 cá nhân \(đã chọn 5\/5\)/,
    );
    const full = (await get('/delegation', member)).json();
    expect(full.counts).toEqual({ collectives: 1, individuals: 5 });
    expect(full.check).toEqual({ ok: true, messages: [] });
    expect(full.items[0]).toMatchObject({
      name: 'Tổ dân phố 1',
      kind: 'collective',
      unitType: 'residential_group',
    });
  });

  it('refuses a non-honoree and a duplicate, and forbids non-managers', async () => {
    const failed = await post('/delegation', secretary, { nominationId: id['Võ Văn Khải'] });
    expect(failed.statusCode).toBe(422);
    expect(failed.json().error.message).toMatch(
      /^Chỉ chọn vào đoàn các tập thể, cá nhân đã được Hội đồng chọn vinh danh/,
    );
    const twice = await post('/delegation', secretary, { nominationId: id['Tổ dân phố 1'] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('Tập thể "Tổ dân phố 1" đã có trong đoàn');
    for (const cookie of [member, unitHead]) {
      expect((await post('/delegation', cookie, { nominationId: id['Tổ dân phố 2'] })).statusCode).toBe(403);
    }
    expect((await get('/delegation', unitHead)).statusCode).toBe(403);
  });

  it('removes a member with its version, audited, freeing the place', async () => {
    const before = (await get('/delegation', secretary)).json();
    const tdp1 = before.items.find((i: { name: string }) => i.name === 'Tổ dân phố 1');
    expect((await del(`/delegation/${tdp1.id}?version=2`, secretary)).statusCode).toBe(409);
    expect((await del(`/delegation/${tdp1.id}?version=1`, member)).statusCode).toBe(403);
    const after = await del(`/delegation/${tdp1.id}?version=1`, secretary);
    expect(after.statusCode).toBe(200);
    expect(after.json().counts).toEqual({ collectives: 0, individuals: 5 });
    expect((await post('/delegation', secretary, { nominationId: id['Tổ dân phố 2'] })).statusCode).toBe(201);
    const audit = (
      await t.send(
        'GET',
        `/api/organizations/${t.demo.organizationId}/audit?entityType=delegation_member&conferenceId=${t.demo.conferenceId}`,
        secretary,
      )
    ).json();
    const actions = audit.items.map((a: { action: string }) => a.action);
    expect(actions.filter((a: string) => a === 'delegation.added')).toHaveLength(7);
    expect(actions).toContain('delegation.removed');
  });
});
