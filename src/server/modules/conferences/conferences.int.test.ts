import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VAN_YEN_MILESTONE_DATES } from '../../../../tests/helpers/demo-dates';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp, url: string, secretary: string;
beforeAll(async () => {
  ({ t, base: url, secretary } = await openDemo());
});
afterAll(async () => t?.close());

const get = (path: string, cookie: string) => t.send('GET', path, cookie);

describe('the seeded Văn Yên conference', () => {
  it('holds every value of the seed plan', async () => {
    const res = await get(url, secretary);
    expect(res.statusCode).toBe(200);
    const c = res.json();
    const p = c.plan;
    expect(c.organizationName).toBe('UBND phường Văn Yên');
    expect(c.parentOrganizationName).toBe('UBND thành phố Hà Tĩnh');
    expect(p.name).toBe('Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025');
    expect([p.periodStart, p.periodEnd, p.level]).toEqual([2020, 2025, 'ward']);
    expect(p.legalBasis[0]).toContain('138/KH-UBND');
    expect(p.agendaTemplate).toHaveLength(13);
    expect(p.agendaTemplate[0].title).toBe('Đón tiếp đại biểu');
    expect(p.agendaTemplate[12].title).toBe('Tổng kết và bế mạc');
    expect(p.delegateRules.cap).toBe(100);
    expect(p.delegateRules.categories.map((x: { sharePercent: number }) => x.sharePercent)).toEqual([70, 30]);
    expect(p.speechRule.total).toBe(5);
    expect(p.speechRule.parts.map((x: { count: number }) => x.count)).toEqual([2, 1, 1, 1]);
    expect(p.delegationQuota).toMatchObject({ collectives: 1, individuals: 5 });
    expect(
      p.performanceAllocations.map(
        (a: { unitName: string; min: number; max: number }) => `${a.unitName} ${a.min}-${a.max}`,
      ),
    ).toEqual(['Trường Tiểu học 2-2', 'Trường Mầm non 1-2', 'Hội LHPN 1-2', 'Đoàn Thanh niên 1-1']);
    expect(p.performanceAllocations.every((a: { unitId: string | null }) => a.unitId)).toBe(true);
    expect(p.responsibilities).toHaveLength(7);
    expect(p.recipients).toHaveLength(7);
    expect(p.recipients[0]).toBe('Phòng Nội vụ Thành phố (báo cáo)');
    expect(p.recipients[6]).toBe('Lưu: VT, VP');
    expect(p.signer).toEqual({
      authorityLine: 'TM. ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      name: 'Lê Đình Thắng',
    });
    expect(p.signedAt).toBe('2020-03-18T17:08:42+07:00');
    expect(p.documentCode).toBe('KH-UBND');
    expect(
      c.milestones.map((m: { startDate: string; endDate: string | null }) => [m.startDate, m.endDate]),
    ).toEqual(VAN_YEN_MILESTONE_DATES);
    // 2020 is long past and nothing is marked done: every milestone is overdue
    expect(c.milestones.every((m: { state: string }) => m.state === 'overdue')).toBe(true);
    expect(c.permissions).toMatchObject({ canEdit: true, canEditMilestones: true });
  });

  it('sends the overview gzip-compressed to clients that accept it, identical once unpacked', async () => {
    const plain = await get(url, secretary);
    const zipped = await t.app.inject({
      url,
      headers: { cookie: secretary, 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('lists the conference for its organizer', async () => {
    const res = await get('/api/conferences', secretary);
    expect(res.json().items.map((c: { id: string }) => c.id)).toEqual([t.demo.conferenceId]);
  });
});

describe('editing the plan', () => {
  it('refuses invalid plan values naming each field', async () => {
    const c = (await get(url, secretary)).json();
    const plan = structuredClone(c.plan);
    plan.delegateRules.categories[0].sharePercent = 60;
    plan.periodEnd = 2019;
    plan.delegateRules.cap = -1;
    plan.performanceAllocations[1].max = 0;
    plan.name = '';
    const res = await t.send('PUT', `${url}/plan`, secretary, { plan, version: c.version });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    expect(fields['plan.name']).toBe('Tên hội nghị không được để trống');
    expect(fields['plan.delegateRules.cap']).toBe('Số đại biểu tối đa không được âm');
    // cross-field rules run once the fields themselves are valid
    plan.name = 'Hội nghị';
    plan.delegateRules.cap = 100;
    const res2 = await t.send('PUT', `${url}/plan`, secretary, { plan, version: c.version });
    const f2 = res2.json().error.fields;
    expect(f2['plan.delegateRules.categories']).toBe(
      'Tổng tỷ lệ các nhóm đại biểu phải bằng 100% (hiện là 90%)',
    );
    expect(f2['plan.periodEnd']).toBe('Năm kết thúc giai đoạn phải bằng hoặc sau năm bắt đầu');
    expect(f2['plan.performanceAllocations.1.max']).toMatch(/Trường Mầm non/);
    expect((await get(url, secretary)).json().version).toBe(c.version);
  });

  it('saves a valid plan, then answers a stale edit with 409 and the current plan', async () => {
    const c = (await get(url, secretary)).json();
    const plan = { ...c.plan, delegateRules: { ...c.plan.delegateRules, cap: 120 } };
    const ok = await t.send('PUT', `${url}/plan`, secretary, { plan, version: c.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().plan.delegateRules.cap).toBe(120);
    expect(ok.json().version).toBe(c.version + 1);
    const stale = await t.send('PUT', `${url}/plan`, await t.login('chutich'), {
      plan: { ...c.plan, delegateRules: { ...c.plan.delegateRules, cap: 80 } },
      version: c.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.plan.delegateRules.cap).toBe(120);
    expect((await get(url, secretary)).json().plan.delegateRules.cap).toBe(120);
  });

  it('refuses a plan that points at another organizer’s unit', async () => {
    const c = (await get(url, secretary)).json();
    const plan = structuredClone(c.plan);
    plan.performanceAllocations[0].unitId = '00000000-0000-4000-8000-000000000001';
    const res = await t.send('PUT', `${url}/plan`, secretary, { plan, version: c.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['plan.performanceAllocations.0.unitId']).toMatch(/không thuộc tổ chức/);
  });

  it('lets only the plan editors change it', async () => {
    const c = (await get(url, secretary)).json();
    for (const who of ['tdp5', 'uyvien', 'letan', 'vanhoa']) {
      const cookie = await t.login(who);
      const view = await get(url, cookie);
      expect(view.statusCode).toBe(200);
      expect(view.json().permissions.canEdit).toBe(false);
      const res = await t.send('PUT', `${url}/plan`, cookie, { plan: c.plan, version: c.version });
      expect(res.statusCode, who).toBe(403);
    }
  });
});

describe('milestones', () => {
  it('edits a milestone and writes an audit entry with before and after', async () => {
    const c = (await get(url, secretary)).json();
    const m = c.milestones[3];
    const res = await t.send('PUT', `${url}/milestones/${m.id}`, secretary, {
      ...m,
      startDate: '2020-03-24',
      done: true,
      version: m.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      startDate: '2020-03-24',
      done: true,
      state: 'past',
      version: m.version + 1,
    });
    const audit = await get(`/api/organizations/${c.organizationId}/audit?entityId=${m.id}`, secretary);
    const entry = audit.json().items[0];
    expect(entry).toMatchObject({
      action: 'milestone.updated',
      actorName: 'Trần Thị Hà',
      entityType: 'milestone',
    });
    expect(entry.before.startDate).toBe('2020-03-23');
    expect(entry.after.startDate).toBe('2020-03-24');
    // the conference's history lists it too
    const history = await get(`/api/organizations/${c.organizationId}/audit?conferenceId=${c.id}`, secretary);
    expect(history.json().items[0]).toMatchObject({
      action: 'milestone.updated',
      entityId: m.id,
      conferenceId: c.id,
    });
    // the same stale version again is a conflict
    const stale = await t.send('PUT', `${url}/milestones/${m.id}`, secretary, {
      ...m,
      title: 'khác',
      version: m.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.startDate).toBe('2020-03-24');
  });

  it('keeps a milestone’s kind when an edit does not send it', async () => {
    const c = (await get(url, secretary)).json();
    const m = c.milestones.find((x: { kind: string }) => x.kind === 'submission_deadline');
    const { kind: _kind, ...withoutKind } = m;
    const res = await t.send('PUT', `${url}/milestones/${m.id}`, secretary, {
      ...withoutKind,
      title: 'Hạn nộp hồ sơ đề nghị',
      version: m.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'submission_deadline', title: 'Hạn nộp hồ sơ đề nghị' });
  });

  it('refuses a range that ends before it starts', async () => {
    const res = await t.send('POST', `${url}/milestones`, secretary, {
      startDate: '2020-04-02',
      endDate: '2020-04-01',
      title: 'Tổng kết',
      responsible: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.endDate).toBe('Ngày kết thúc phải bằng hoặc sau ngày bắt đầu');
    const bad = await t.send('POST', `${url}/milestones`, secretary, {
      startDate: '2020-02-30',
      endDate: null,
      title: 'x',
      responsible: '',
    });
    expect(bad.json().error.fields.startDate).toBe('Ngày bắt đầu không phải là ngày có thật');
  });

  it('adds and deletes a milestone', async () => {
    const add = await t.send('POST', `${url}/milestones`, secretary, {
      startDate: '2020-04-05',
      endDate: null,
      title: 'Gửi đoàn đại biểu dự Hội nghị Thành phố',
      responsible: 'Văn phòng',
    });
    expect(add.statusCode).toBe(201);
    const m = add.json();
    const del = await t.send('DELETE', `${url}/milestones/${m.id}?version=${m.version}`, secretary);
    expect(del.statusCode).toBe(204);
    const after = (await get(url, secretary)).json();
    expect(after.milestones.some((x: { id: string }) => x.id === m.id)).toBe(false);
  });
});
