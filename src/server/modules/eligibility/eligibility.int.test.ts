import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { individual, setDeadline } from '../../../../tests/helpers/nominations';
import { meetingWith } from '../../../../tests/helpers/review';
import { auditTrail, createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { honourForms, honourSubjects, honours, movements } from '../../db/schema/index';
import { seedEligibilityRules } from '../../seed/van-yen-eligibility';
import { resolveSubject } from '../honours/subject-mutations';

// Eligibility rules as the organizer's dated data; a nominee the register finds not yet eligible
// shows why, the unit sends it only with an explanation, and the council sees the same warning.
let t: TestApp;
let secretary: string;
let tdp5: string;
let council: string;
let rulesUrl: string;
let base: string;
let tdp5Unit: string;
let dhttCn: string;

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  tdp5 = await t.login('tdp5');
  council = await t.login('uyvien');
  rulesUrl = `/api/organizations/${t.demo.organizationId}/eligibility-rules`;
  base = `/api/conferences/${t.demo.conferenceId}`;
  tdp5Unit = t.demo.unitIds.get('Tổ dân phố 5')!;
  dhttCn = t.demo.formIds.get('DHTT-CN')!;
  await setDeadline(t, secretary, 3);
});
afterAll(async () => t?.close());

const db = () => t.database.db;
const rule = (over: object = {}) => ({
  formCode: 'DHTT-CN',
  params: { kind: 'min_gap', forms: ['GK-CN'], years: 2 },
  validFrom: '2019-01-01',
  validTo: null,
  note: 'Cách lần Giấy khen trước ít nhất 2 năm',
  ...over,
});

/** A past honour in the register, on the identity these facts name (made if new). */
async function pastHonour(
  facts: { name: string; birthYear: number; unitId: string },
  h: { formCode: string; formName: string; year: number; decisionNumber: string; decisionDate: string },
  extra: { revokedAt?: Date } = {},
) {
  const { subject } = await resolveSubject(db(), t.demo.organizationId, { kind: 'individual', ...facts });
  await db()
    .insert(honours)
    .values({
      organizationId: t.demo.organizationId,
      subjectId: subject.id,
      signerLevel: 'commune',
      source: 'import',
      ...h,
      ...extra,
    });
  return subject;
}

describe('eligibility rules', () => {
  it('lets the office manage them and others only read, or not even that', async () => {
    expect((await t.send('GET', rulesUrl)).statusCode).toBe(401);
    expect((await t.send('GET', rulesUrl, tdp5)).statusCode).toBe(403);
    expect((await t.send('GET', rulesUrl, council)).json()).toEqual({ items: [] });
    expect((await t.send('POST', rulesUrl, council, rule())).statusCode).toBe(403);
    const stranger = `/api/organizations/00000000-0000-4000-8000-000000000000/eligibility-rules`;
    expect((await t.send('GET', stranger, secretary)).statusCode).toBe(403);
  });

  it('refuses a form the organizer does not know, naming it, and a period that ends before it starts', async () => {
    const own = await t.send('POST', rulesUrl, secretary, rule({ formCode: 'XYZ' }));
    expect(own.statusCode).toBe(400);
    expect(own.json().error).toMatchObject({
      message: "Hình thức 'XYZ' không có trong danh mục",
      fields: { formCode: "Hình thức 'XYZ' không có trong danh mục" },
    });
    const looked = await t.send(
      'POST',
      rulesUrl,
      secretary,
      rule({ formCode: 'CSTD-CS', params: { kind: 'consecutive', forms: ['CSTD-TINH'], years: 3 } }),
    );
    expect(looked.json().error.fields).toEqual({
      'params.forms': "Hình thức 'CSTD-TINH' không có trong danh mục",
    });
    const backwards = await t.send('POST', rulesUrl, secretary, rule({ validTo: '2018-12-31' }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields.validTo).toBe('Ngày hết hiệu lực không được trước ngày áp dụng');
  });

  it('knows the forms of the register catalogue too; edits on the version, 409 when stale; audited', async () => {
    await db().insert(honourForms).values({
      organizationId: t.demo.organizationId,
      code: 'CSTD-TINH',
      name: 'Chiến sĩ thi đua cấp tỉnh',
      appliesTo: 'individual',
      level: 'ministry_province',
    });
    const created = await t.send(
      'POST',
      rulesUrl,
      secretary,
      rule({ formCode: 'CSTD-TINH', params: { kind: 'consecutive', forms: ['CSTD-CS'], years: 3 } }),
    );
    expect(created.statusCode).toBe(201);
    const r = created.json();
    expect(r).toMatchObject({ formCode: 'CSTD-TINH', isExample: false, version: 1 });
    const edited = await t.send('PUT', `${rulesUrl}/${r.id}`, secretary, {
      ...rule({ formCode: 'CSTD-TINH', params: { kind: 'consecutive', forms: ['CSTD-CS'], years: 2 } }),
      version: r.version,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ params: { years: 2 }, version: 2 });
    const stale = await t.send('PUT', `${rulesUrl}/${r.id}`, secretary, { ...rule(), version: r.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ version: 2, params: { years: 2 } });
    expect((await t.send('DELETE', `${rulesUrl}/${r.id}?version=1`, secretary)).statusCode).toBe(409);
    expect((await t.send('DELETE', `${rulesUrl}/${r.id}?version=2`, council)).statusCode).toBe(403);
    expect((await t.send('DELETE', `${rulesUrl}/${r.id}?version=2`, secretary)).statusCode).toBe(204);
    expect((await t.send('GET', rulesUrl, secretary)).json().items).toEqual([]);
    expect(await auditTrail(t, r.id, secretary)).toEqual([
      'eligibility_rule.deleted Trần Thị Hà',
      'eligibility_rule.updated Trần Thị Hà',
      'eligibility_rule.created Trần Thị Hà',
    ]);
  });
});

describe('a nominee with a blocking past honour', () => {
  let n: { id: string; version: number };
  const mai = () => ({ name: 'Lê Thị Mai', birthYear: 1975, unitId: tdp5Unit });

  it('has no verdict while the form has no rule', async () => {
    n = (
      await t.send(
        'POST',
        `${base}/units/${tdp5Unit}/nominations`,
        tdp5,
        individual(dhttCn, 'Lê Thị Mai', { birthYear: 1975 }),
      )
    ).json();
    const view = (await t.send('GET', `${base}/nominations/${n.id}`, tdp5)).json();
    expect(view.eligibility).toEqual({
      verdict: 'no_rules',
      findings: [],
      subjectId: null,
      pastHonours: [],
      note: '',
    });
  });

  it('shows "not yet eligible" with the reason and the register row it rests on', async () => {
    expect((await t.send('POST', rulesUrl, secretary, rule())).statusCode).toBe(201);
    const subject = await pastHonour(mai(), {
      formCode: 'GK-CN',
      formName: 'Giấy khen của Chủ tịch UBND phường (cá nhân)',
      year: 2019,
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2019-04-02',
    });
    // a revoked honour is listed, struck, but never counts
    await pastHonour(
      mai(),
      {
        formCode: 'GK-CN',
        formName: 'Giấy khen (cá nhân)',
        year: 2020,
        decisionNumber: '9/QĐ-UBND',
        decisionDate: '2020-01-10',
      },
      { revokedAt: new Date() },
    );
    const view = (await t.send('GET', `${base}/nominations/${n.id}`, tdp5)).json();
    const label = 'Giấy khen của Chủ tịch UBND phường (cá nhân) năm 2019 (QĐ 15/QĐ-UBND ngày 02/04/2019)';
    expect(view.eligibility).toMatchObject({
      verdict: 'ineligible',
      subjectId: subject.id,
      findings: [
        {
          kind: 'min_gap',
          ok: false,
          isExample: false,
          message: `Đã được ${label}; cần cách ít nhất 2 năm`,
          evidence: [{ label }],
        },
      ],
    });
    expect(
      view.eligibility.pastHonours.map((h: { year: number; revoked: boolean }) => [h.year, h.revoked]),
    ).toEqual([
      [2020, true],
      [2019, false],
    ]);
  });

  it('finds the honours of an identity merged into the nominee’s', async () => {
    const [other] = await db()
      .insert(honourSubjects)
      .values({
        organizationId: t.demo.organizationId,
        kind: 'individual',
        name: 'Lê Thị Mai',
        searchName: 'le thi mai',
        searchWords: ['le', 'thi', 'mai'],
        birthYear: 1975,
        unitName: 'Hội Phụ nữ phường',
        matchKey: 'i|le thi mai|1975|n:hoi phu nu phuong',
      })
      .returning();
    const root = (await t.send('GET', `${base}/nominations/${n.id}`, tdp5)).json().eligibility.subjectId;
    await db().update(honourSubjects).set({ mergedIntoId: root }).where(eq(honourSubjects.id, other!.id));
    await db().insert(honours).values({
      organizationId: t.demo.organizationId,
      subjectId: other!.id,
      formCode: 'LDTT',
      formName: 'Lao động tiên tiến',
      year: 2018,
      decisionNumber: '40/QĐ-UBND',
      decisionDate: '2018-12-20',
      signerLevel: 'commune',
      source: 'import',
    });
    const view = (await t.send('GET', `${base}/nominations/${n.id}`, tdp5)).json();
    expect(view.eligibility.pastHonours.map((h: { formCode: string }) => h.formCode)).toEqual([
      'GK-CN',
      'GK-CN',
      'LDTT',
    ]);
    expect(view.eligibility.pastHonours[2]).toMatchObject({
      rootSubjectId: root,
      unitName: 'Hội Phụ nữ phường',
    });
  });

  it('is not sent without an explanation, and is sent with one', async () => {
    const refused = await t.send('POST', `${base}/nominations/${n.id}/submit`, tdp5, { version: n.version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields).toEqual({
      eligibilityNote: 'Chưa đủ điều kiện theo sổ khen thưởng — cần ghi giải trình để gửi',
    });
    expect(refused.json().error.message).toMatch(/cần cách ít nhất 2 năm$/);
    const sent = await t.send('POST', `${base}/nominations/${n.id}/submit`, tdp5, {
      version: n.version,
      eligibilityNote: 'Giấy khen 2019 cho thành tích phòng chống bão lụt, khác thành tích đề nghị lần này',
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({
      status: 'submitted',
      eligibilityNote: 'Giấy khen 2019 cho thành tích phòng chống bão lụt, khác thành tích đề nghị lần này',
      eligibility: {
        verdict: 'ineligible',
        note: 'Giấy khen 2019 cho thành tích phòng chống bão lụt, khác thành tích đề nghị lần này',
      },
    });
    n = sent.json();
  });

  it('gives the secretary’s list its badge and the council’s voting card the same warning', async () => {
    const listed = await t.send('GET', `${base}/eligibility?ids=${n.id}`, secretary);
    expect(listed.json().items).toEqual([
      {
        nominationId: n.id,
        verdict: 'ineligible',
        reason:
          'Đã được Giấy khen của Chủ tịch UBND phường (cá nhân) năm 2019 (QĐ 15/QĐ-UBND ngày 02/04/2019); cần cách ít nhất 2 năm',
      },
    ]);
    // what the actor may not see is left out: the reception sees no nomination at all
    expect((await t.send('GET', `${base}/eligibility?ids=${n.id}`, await t.login('letan'))).statusCode).toBe(
      403,
    );

    const accepted = (
      await t.send('POST', `${base}/nominations/${n.id}/accept`, secretary, { version: n.version })
    ).json();
    expect(accepted.status).toBe('accepted');
    const m = await meetingWith(t, []);
    const ballot = (
      await t.send('POST', `${m.url}/ballots`, secretary, {
        title: 'Phiếu kín',
        mode: 'electronic',
        items: [{ nominationId: n.id }],
      })
    ).json();
    const card = await t.send('GET', `${m.url}/ballots/${ballot.id}/eligibility`, council);
    expect(card.statusCode).toBe(200);
    const [item] = card.json().items;
    expect(item).toMatchObject({
      nominationId: n.id,
      eligibility: {
        verdict: 'ineligible',
        note: 'Giấy khen 2019 cho thành tích phòng chống bão lụt, khác thành tích đề nghị lần này',
        findings: [
          {
            ok: false,
            message: expect.stringMatching(/^Đã được Giấy khen .* năm 2019 .*cần cách ít nhất 2 năm$/),
          },
        ],
      },
    });
    expect(item.eligibility.pastHonours).toHaveLength(3);
    expect((await t.send('GET', `${m.url}/ballots/${ballot.id}/eligibility`, tdp5)).statusCode).toBe(403);
  });
});

describe('nomination fields for the register', () => {
  it('stores the movement and the achievement reference, and refuses another organizer’s movement', async () => {
    const [own] = await db()
      .insert(movements)
      .values({
        organizationId: t.demo.organizationId,
        name: 'Xây dựng đô thị văn minh',
        method: 'regular',
        scope: 'unit',
        launchLevel: 'unit',
        startDate: '2020-01-01',
      })
      .returning();
    const body = {
      ...individual(dhttCn, 'Trần Thị Thu', { birthYear: 1982 }),
      movementId: own!.id,
      achievementRef: 'SK 03/2019',
    };
    const created = await t.send('POST', `${base}/units/${tdp5Unit}/nominations`, tdp5, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      movementId: own!.id,
      achievementRef: 'SK 03/2019',
      eligibilityNote: '',
    });
    const wrong = await t.send('PUT', `${base}/nominations/${created.json().id}`, tdp5, {
      ...body,
      movementId: '00000000-0000-4000-8000-000000000000',
      version: created.json().version,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({
      movementId: 'Phong trào thi đua không thuộc cơ quan tổ chức này',
    });
  });
});

describe('the demo’s example rules', () => {
  it('are seeded as examples, dated, the 2020 conference judged by the rule of its day', async () => {
    const before = (await t.send('GET', rulesUrl, secretary)).json().items.length;
    const count = await seedEligibilityRules(db(), t.demo.organizationId);
    const items = (await t.send('GET', rulesUrl, secretary)).json().items as {
      formCode: string;
      isExample: boolean;
      note: string;
      validFrom: string;
      validTo: string | null;
      params: { kind: string };
    }[];
    expect(items).toHaveLength(before + count);
    const examples = items.filter((r) => r.isExample);
    expect(examples).toHaveLength(count);
    expect(
      examples.every((r) => r.note.startsWith('Ví dụ — không phải quy định pháp luật; đơn vị tự cấu hình')),
    ).toBe(true);
    const tinh = examples.filter((r) => r.formCode === 'CSTD-TINH' && r.params.kind === 'consecutive');
    expect(tinh.map((r) => [r.validFrom, r.validTo])).toEqual([
      ['2017-09-15', '2023-12-31'],
      ['2024-01-01', null],
    ]);
    expect(
      new Set(examples.filter((r) => r.params.kind === 'discipline_block').map((r) => r.formCode)).size,
    ).toBe(10);
    // the 2020 conference: the examples in force from 2024 do not judge it, the hand-made 2019 rule does
    const fresh = (
      await t.send(
        'POST',
        `${base}/units/${tdp5Unit}/nominations`,
        tdp5,
        individual(dhttCn, 'Phan Văn Hải', { birthYear: 1968 }),
      )
    ).json();
    const view = (await t.send('GET', `${base}/nominations/${fresh.id}`, tdp5)).json();
    expect(view.eligibility).toMatchObject({
      verdict: 'eligible',
      findings: [
        {
          kind: 'min_gap',
          ok: true,
          message:
            'Chưa được Giấy khen của Chủ tịch UBND phường (cá nhân) (GK-CN) trong 2 năm gần đây (từ năm 2019)',
        },
      ],
    });
  });
});
