import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { individual, setDeadline } from '../../../../tests/helpers/nominations';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { unitReportSections } from '../../../../tests/helpers/unit-reports';
import type { Dashboard } from '../../../shared/schemas/dashboard';

// The demo conference with its 2020 history (accepted nominations, the delegate list); the
// dashboard's numbers are checked against what the other pages show a user.

let t: TestApp;
let secretary: string;
let chair: string;
let base: string;

const get = async <T>(url: string, cookie: string) => {
  const res = await t.send('GET', url, cookie);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json() as T;
};
const dashboard = (cookie = secretary) => get<Dashboard>(`${base}/dashboard`, cookie);

type NominationList = {
  total: number;
  counts: {
    byUnit: Record<string, number>;
    byForm: Record<string, number>;
    byGender: Record<string, number>;
    byOccupationGroup: Record<string, number>;
  };
};

const report = {
  sections: unitReportSections,
  numbers: { commendations: [], directWorkerSharePercent: 62.5 },
};

beforeAll(async () => {
  t = await createTestApp({}, { history: true });
  secretary = await t.login('thuky');
  chair = await t.login('chutich');
  base = `/api/conferences/${t.demo.conferenceId}`;
});
afterAll(async () => t?.close());

describe('GET /api/conferences/:id/dashboard', () => {
  it('counts the sent nominations as the nominations list counts them (drafts left out)', async () => {
    // Tổ dân phố 5 starts a draft: the unit's workspace, not counted on the dashboard.
    await setDeadline(t, secretary, 2);
    const tdp5 = await t.login('tdp5');
    const unit5 = t.demo.unitIds.get('Tổ dân phố 5')!;
    const formId = [...t.demo.formIds.values()][0]!;
    const draft = await t.send(
      'POST',
      `${base}/units/${unit5}/nominations`,
      tdp5,
      individual(formId, 'Nguyễn Thị Nháp'),
    );
    expect(draft.statusCode).toBe(201);

    const d = await dashboard();
    // the chair's nominations list shows exactly what was sent (no drafts)
    const list = await get<NominationList>(`${base}/nominations?limit=1`, chair);
    expect(d.nominations.total).toBe(list.total);
    expect(d.nominations.total).toBeGreaterThan(0);
    for (const u of d.nominations.byUnit) expect(u.count, u.unitName).toBe(list.counts.byUnit[u.unitId] ?? 0);
    expect(d.nominations.byUnit.reduce((s, u) => s + u.count, 0)).toBe(list.total);
    for (const f of d.nominations.byForm) expect(f.count, f.label).toBe(list.counts.byForm[f.key] ?? 0);
    const gender = Object.fromEntries(d.nominations.byGender.map((g) => [g.key, g.count]));
    expect(gender.female ?? 0).toBe(list.counts.byGender.female ?? 0);
    expect(gender.male ?? 0).toBe(list.counts.byGender.male ?? 0);
    for (const g of d.nominations.byOccupationGroup.filter(
      (x) => !['unknown', 'collective'].includes(x.key),
    )) {
      expect(g.count, g.label).toBe(list.counts.byOccupationGroup[g.key] ?? 0);
    }
    // one unit counted by hand through the list filter
    const byHand = await get<NominationList>(`${base}/nominations?limit=1&unitId=${unit5}`, chair);
    expect(d.nominations.byUnit.find((u) => u.unitId === unit5)?.count).toBe(byHand.total);
    // the secretary sees the draft in the list, the dashboard does not count it
    const withDrafts = await get<NominationList>(`${base}/nominations?limit=1&unitId=${unit5}`, secretary);
    expect(withDrafts.total).toBe(byHand.total + 1);
  });

  it('lists by name the units that have not sent both their report and a nominee', async () => {
    // In 2020 all 17 units sent their report and nominees. A new unit sends only its report.
    const unit = await t.send('POST', `/api/organizations/${t.demo.organizationId}/units`, secretary, {
      name: 'Tổ dân phố 9',
      type: 'residential_group',
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const url = `${base}/units/${unit.json().id}/report`;
    const saved = await t.send('PUT', url, secretary, { ...report, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    const sent = await t.send('POST', `${url}/submit`, secretary, { version: saved.json().version });
    expect(sent.statusCode, sent.body).toBe(200);

    const d = await dashboard(chair);
    const names = d.submissions.notSubmitted.map((u) => u.unitName);
    expect(names).toEqual(['Tổ dân phố 9']);
    expect(d.submissions.notSubmitted[0]).toMatchObject({ reportSent: true, nominationsSent: 0 });
    expect(d.submissions).toMatchObject({ unitCount: 18, submittedCount: 17, percent: 94.4 });
    // the deadline is in two days: nobody is late yet
    expect(d.submissions.notSubmitted.every((u) => !u.overdue)).toBe(true);
    // the same rule as the submissions page
    const page = await get<{
      items: { unitName: string; reportStatus: string | null; nominationCounts: Record<string, number> }[];
    }>(`${base}/submissions`, secretary);
    const fromPage = page.items
      .filter((u) => {
        const c = u.nominationCounts;
        const nominees = (c.submitted ?? 0) + (c.resubmitted ?? 0) + (c.accepted ?? 0) > 0;
        return !(nominees && u.reportStatus !== null && u.reportStatus !== 'draft');
      })
      .map((u) => u.unitName);
    expect([...names].sort()).toEqual([...fromPage].sort());
  });

  it('quota fill and delegate composition equal the quota grid and the delegate gauge', async () => {
    const d = await dashboard();
    const grid = await get<{
      totals: { overall: number; byForm: Record<string, number> };
      usedTotals: { overall: number; byForm: Record<string, number> };
    }>(`${base}/quotas`, secretary);
    expect(d.quota.quota).toBe(grid.totals.overall);
    expect(d.quota.used).toBe(grid.usedTotals.overall);
    for (const f of d.quota.byForm) expect(f.quota, f.name).toBe(grid.totals.byForm[f.awardFormId] ?? 0);

    const gauge = await get<{
      composition: { total: number; ok: boolean; rules: { id: string; count: number }[] };
    }>(`${base}/delegates/composition`, secretary);
    expect(d.delegates.total).toBe(gauge.composition.total);
    expect(d.delegates.total).toBeGreaterThan(0);
    expect(d.delegates.ok).toBe(gauge.composition.ok);
    expect(d.delegates.rules.map((r) => [r.id, r.count])).toEqual(
      gauge.composition.rules.map((r) => [r.id, r.count]),
    );
    expect(d.delegates.byCategory.reduce((s, c) => s + c.count, 0)).toBe(gauge.composition.total);
  });

  it('timeline progress matches the milestone states on the conference page', async () => {
    const d = await dashboard();
    const conf = await get<{ milestones: { id: string; state: string }[] }>(base, secretary);
    expect(d.timeline.total).toBe(conf.milestones.length);
    const overdue = conf.milestones.filter((m) => m.state === 'overdue').map((m) => m.id);
    expect(d.timeline.overdueItems.map((m) => m.id).sort()).toEqual(overdue.sort());
    // the deadline moved to two days ahead: it is the next milestone
    expect(d.timeline.next).toMatchObject({ kind: 'submission_deadline', daysLeft: 2 });
  });

  it("checklist and tasks come from their tables; the budget total is the budget page's", async () => {
    const empty = await dashboard();
    expect(empty.checklist.logistics).toEqual({ total: 0, done: 0, overdue: 0, percent: 0 });
    const budgetPage = async () =>
      (await t.send('GET', `${base}/budget`, secretary)).json() as {
        estimate: number;
        actual: number;
        lines: unknown[];
        prizeLines: unknown[];
      };
    const before = await budgetPage();
    expect(empty.budget).toEqual({ total: before.estimate, actualTotal: 0, lines: before.prizeLines.length });
    // added as the secretary adds them (through the API: the dashboard is a cached read that any
    // write through the app refreshes)
    const tasks: [string, string, string, string | null][] = [
      ['logistics', 'Hoa tươi', 'done', '2020-03-30'],
      ['logistics', 'Nước uống', 'todo', '2020-03-30'],
      ['logistics', 'Ma-két', 'in_progress', '2099-01-01'],
      ['logistics', 'Băng rôn cũ', 'cancelled', '2020-03-01'],
      ['task', 'Gửi giấy mời', 'done', null],
      ['task', 'Chuẩn bị hội trường', 'todo', '2020-03-30'],
    ];
    for (const [kind, title, status, dueDate] of tasks) {
      const res = await t.send('POST', `${base}/tasks`, secretary, { kind, title, status, dueDate });
      expect(res.statusCode, res.body).toBe(201);
    }
    for (const line of [
      { group: 'flowers', title: 'Hoa tươi', quantity: 2.5, unitPrice: 100000, actualAmount: 240000 },
      { group: 'water', title: 'Nước uống', quantity: 3, unitPrice: 15000, actualAmount: null },
    ]) {
      const res = await t.send('POST', `${base}/budget/lines`, secretary, line);
      expect(res.statusCode, res.body).toBe(201);
    }
    const d = await dashboard(chair);
    expect(d.checklist.logistics).toEqual({ total: 3, done: 1, overdue: 1, percent: 33.3 });
    expect(d.checklist.tasks).toEqual({ total: 2, done: 1, overdue: 1, percent: 50 });
    // 2,5 × 100.000 + 3 × 15.000 = 295.000 đồng more than before; 240.000 đồng spent
    expect(d.budget).toEqual({
      total: before.estimate + 295_000,
      actualTotal: 240_000,
      lines: before.prizeLines.length + 2,
    });
    const after = await budgetPage();
    expect(d.budget.total).toBe(after.estimate);
  });

  it('is refused to a unit head and to reception (403), unknown conference 404, no session 401', async () => {
    for (const user of ['tdp5', 'letan', 'uyvien']) {
      const res = await t.send('GET', `${base}/dashboard`, await t.login(user));
      expect(res.statusCode, user).toBe(403);
    }
    const none = await t.send('GET', `/api/conferences/${randomUUID()}/dashboard`, secretary);
    expect(none.statusCode).toBe(404);
    expect((await t.app.inject({ url: `${base}/dashboard` })).statusCode).toBe(401);
    expect((await t.send('GET', `${base}/dashboard`, await t.login('admin'))).statusCode).toBe(200);
  });
});
