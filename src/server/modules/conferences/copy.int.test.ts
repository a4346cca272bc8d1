import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { seedDemoPreparation } from '../../seed/van-yen-preparation';
import { seedDemoProgram } from '../../seed/van-yen-program';

// Chị Hà copies the Văn Yên conference of 2020–2025 — as it stands after the conference: its
// nominations, council vote, delegates, program, tasks and budget — for the 2025–2030 period.

let t: TestApp;
let secretary: string;
let source: string;
beforeAll(async () => {
  t = await createTestApp({}, { history: true });
  await seedDemoPreparation(t.database.db, t.demo);
  await seedDemoProgram(t.database.db, t.demo);
  secretary = await t.login('thuky');
  source = `/api/conferences/${t.demo.conferenceId}`;
}, 120_000); // the demo with its 2020 history, tasks, budget and program: slow on a loaded machine
afterAll(async () => t?.close());

const get = async (url: string) => {
  const res = await t.send('GET', url, secretary);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
};

type Milestone = { id: string; startDate: string; endDate: string | null; title: string; done: boolean };
type Form = { id: string; code: string; name: string; criteria: string[]; prizeCoefficient: number };
type Cell = { unitId: string; awardFormId: string; count: number };
type Task = {
  title: string;
  dueDate: string | null;
  status: string;
  milestoneId: string | null;
  budgetLineTitle: string | null;
};
type Line = { title: string; quantity: number; unitPrice: number; actualAmount: number | null };

/** What a clerk would compare between the two conferences, read through the API. */
async function snapshot(base: string) {
  const conf = await get(base);
  const forms = (await get(`${base}/award-forms`)).items as Form[];
  const grid = await get(`${base}/quotas`);
  const program = await get(`${base}/program`);
  const tasks = (await get(`${base}/tasks`)).items as Task[];
  const budget = await get(`${base}/budget`);
  const formCode = new Map(forms.map((f) => [f.id, f.code]));
  return {
    conf,
    milestones: conf.milestones as Milestone[],
    forms,
    quotas: (grid.cells as Cell[])
      .filter((c) => c.count > 0)
      .map((c) => `${c.unitId} ${formCode.get(c.awardFormId)} ${c.count}`)
      .sort(),
    quotaTotal: grid.quotaTotal,
    session: [program.session.startTime, program.session.plannedEnd],
    agenda: (program.items as { title: string; kind: string; speech: unknown }[]).map((i) => ({
      title: i.title,
      kind: i.kind,
      speech: Boolean(i.speech),
    })),
    performances: (program.performances as { title: string }[]).map((p) => p.title),
    tasks,
    lines: budget.lines as Line[],
    nominations: (await get(`${base}/nominations`)).total as number,
    delegates: ((await get(`${base}/delegates`)).items as unknown[]).length,
    meetings: ((await get(`${base}/meetings`)).items as unknown[]).length,
    reports: ((await get(`${base}/reports`)).items as { status: string | null }[]).filter((r) => r.status)
      .length,
  };
}

let before: Awaited<ReturnType<typeof snapshot>>;
let copy: Awaited<ReturnType<typeof snapshot>>;
let copyId: string;

const body = (offset: unknown, over: Record<string, unknown> = {}) => ({
  name: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030',
  periodStart: 2025,
  periodEnd: 2030,
  offset,
  ...over,
});

describe('what a copy takes and leaves, before confirming', () => {
  it('counts both in the source', async () => {
    before = await snapshot(source);
    expect(before.nominations).toBeGreaterThan(0);
    expect(before.delegates).toBeGreaterThan(0);
    expect(before.meetings).toBeGreaterThan(0);
    const p = await get(`${source}/copy-preview`);
    expect(p.copied).toMatchObject({
      milestones: 7,
      awardForms: before.forms.length,
      criteria: before.forms.reduce((n, f) => n + f.criteria.length, 0),
      agendaItems: before.agenda.filter((i) => !i.speech).length,
      performances: before.performances.length,
      tasks: before.tasks.length,
      budgetLines: before.lines.length,
    });
    expect(p.copied.quotaUnits).toBeGreaterThan(0);
    expect(p.notCopied).toMatchObject({
      nominations: before.nominations,
      councilMeetings: before.meetings,
      delegates: before.delegates,
    });
  });
});

describe('refusals', () => {
  it('refuses a bad offset with a Vietnamese 400 naming the field, and copies nothing', async () => {
    const count = async () => (await get('/api/conferences')).items.length;
    const n = await count();
    const cases: [unknown, string, RegExp][] = [
      [{ amount: 1.5, unit: 'years' }, 'offset.amount', /^Độ dời các mốc thời gian phải là số nguyên$/],
      [{ amount: 500, unit: 'years' }, 'offset.amount', /^Độ dời các mốc thời gian không được quá 100 năm$/],
      [{ amount: 40000, unit: 'days' }, 'offset.amount', /không được quá 36\.500 ngày$/],
      [{ amount: '5', unit: 'years' }, 'offset.amount', /^Độ dời các mốc thời gian phải là số$/],
      [{ amount: 5, unit: 'weeks' }, 'offset.unit', /^Đơn vị độ dời phải là ngày, tháng hoặc năm$/],
      [{ unit: 'years' }, 'offset.amount', /là bắt buộc$/],
    ];
    for (const [offset, field, message] of cases) {
      const res = await t.send('POST', `${source}/copy`, secretary, body(offset));
      expect(res.statusCode, JSON.stringify(offset)).toBe(400);
      expect(res.json().error.fields[field], JSON.stringify(offset)).toMatch(message);
    }
    const period = await t.send(
      'POST',
      `${source}/copy`,
      secretary,
      body({ amount: 5, unit: 'years' }, { periodEnd: 2024 }),
    );
    expect(period.statusCode).toBe(400);
    expect(period.json().error.fields.periodEnd).toBe(
      'Năm kết thúc giai đoạn phải bằng hoặc sau năm bắt đầu',
    );
    expect(await count()).toBe(n);
  });

  it('lets only who may create conferences copy one (a unit head may not)', async () => {
    const head = await t.login('tdp5');
    const res = await t.send('POST', `${source}/copy`, head, body({ amount: 5, unit: 'years' }));
    expect(res.statusCode).toBe(403);
    expect((await t.send('GET', `${source}/copy-preview`, head)).statusCode).toBe(403);
  });
});

describe('copying for the next period, 5 years on', () => {
  it('makes the new conference with the plan of the new period', async () => {
    const res = await t.send('POST', `${source}/copy`, secretary, body({ amount: 5, unit: 'years' }));
    expect(res.statusCode, res.body).toBe(201);
    copyId = res.json().id;
    expect(copyId).not.toBe(t.demo.conferenceId);
    copy = await snapshot(`/api/conferences/${copyId}`);
    const plan = copy.conf.plan;
    expect(plan.name).toBe('Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030');
    expect([plan.periodStart, plan.periodEnd, copy.conf.conferenceDate]).toEqual([2025, 2030, '2025-03-31']);
    expect([plan.documentNumber, plan.signedAt]).toEqual([null, null]);
    expect(plan.agendaTemplate).toEqual(before.conf.plan.agendaTemplate);
    expect(plan.delegateRules).toEqual(before.conf.plan.delegateRules);
    // a new plan, not signed: the derived lifecycle does not count the plan step as done
    expect(copy.conf.lifecycle.steps[0].key).toBe('plan');
    expect(copy.conf.lifecycle.steps[0].state).not.toBe('done');
  });

  it('moves every milestone by 5 years, none done', async () => {
    const moved = (d: string | null) => (d ? `${Number(d.slice(0, 4)) + 5}${d.slice(4)}` : null);
    expect(copy.milestones.map((m) => [m.title, m.startDate, m.endDate])).toEqual(
      before.milestones.map((m) => [m.title, moved(m.startDate), moved(m.endDate)]),
    );
    expect(copy.milestones[0]!.startDate).toBe('2025-03-15');
    expect(copy.milestones.every((m) => !m.done)).toBe(true);
  });

  it('has the award forms with their criteria and the quotas per unit', async () => {
    const strip = (f: Form) => ({ code: f.code, name: f.name, criteria: f.criteria, k: f.prizeCoefficient });
    expect(copy.forms.map(strip)).toEqual(before.forms.map(strip));
    expect(copy.forms.some((f) => f.criteria.length > 0)).toBe(true);
    expect(copy.forms.every((f) => !before.forms.some((b) => b.id === f.id))).toBe(true);
    expect(copy.quotas).toEqual(before.quotas);
    expect(copy.quotas.length).toBeGreaterThan(0);
    expect(copy.quotaTotal).toBe(before.quotaTotal);
  });

  it('has the program as a template: session times, performances, items without the speeches', async () => {
    expect(copy.session).toEqual(before.session);
    expect(copy.performances).toEqual(before.performances);
    expect(copy.agenda).toEqual(before.agenda.filter((i) => !i.speech));
    expect(before.agenda.some((i) => i.speech)).toBe(true);
  });

  it('has the tasks due 5 years later, to do, linked to the new milestones and budget lines', async () => {
    expect(copy.tasks).toHaveLength(before.tasks.length);
    const byTitle = new Map(before.tasks.map((x) => [x.title, x]));
    const newMilestones = new Set(copy.milestones.map((m) => m.id));
    for (const task of copy.tasks) {
      const old = byTitle.get(task.title)!;
      expect(task.dueDate).toBe(
        old.dueDate && `${Number(old.dueDate.slice(0, 4)) + 5}${old.dueDate.slice(4)}`,
      );
      expect(task.status).toBe('todo');
      expect(task.budgetLineTitle).toBe(old.budgetLineTitle);
      if (old.milestoneId) expect(newMilestones.has(task.milestoneId!)).toBe(true);
    }
    expect(before.tasks.some((x) => x.status === 'done')).toBe(true);
    expect(copy.tasks.some((x) => x.milestoneId)).toBe(true);
  });

  it('has the budget lines as an estimate, nothing spent yet', async () => {
    const est = (l: Line) => [l.title, l.quantity, l.unitPrice];
    expect(copy.lines.map(est)).toEqual(before.lines.map(est));
    expect(copy.lines.every((l) => l.actualAmount === null)).toBe(true);
    expect(before.lines.some((l) => l.actualAmount !== null)).toBe(true);
  });

  it('takes no nominations, council meetings, delegates or unit reports', () => {
    expect([copy.nominations, copy.meetings, copy.delegates, copy.reports]).toEqual([0, 0, 0, 0]);
  });

  it('writes one audit entry for the copy', async () => {
    const audit = await get(`/api/organizations/${t.demo.organizationId}/audit?conferenceId=${copyId}`);
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['conference.copied']);
    expect(audit.items[0].before.copiedFrom.id).toBe(t.demo.conferenceId);
    expect(audit.items[0].after.offset).toEqual({ amount: 5, unit: 'years' });
  });

  it('leaves the source as it was', async () => {
    const after = await snapshot(source);
    expect(after).toEqual(before);
  });
});

describe('copying by months', () => {
  it('keeps a month-end milestone on the last day of the shorter month', async () => {
    const res = await t.send(
      'POST',
      `${source}/copy`,
      secretary,
      body({ amount: 1, unit: 'months' }, { periodStart: 2020, periodEnd: 2025, name: 'Bản thử' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    // 31/3/2020 (the conference day) + 1 month = 30/4/2020; 15/3 → 15/4
    expect(c.conferenceDate).toBe('2020-04-30');
    const days = (c.milestones as Milestone[]).map((m) => m.startDate);
    expect(days).toContain('2020-04-30');
    expect(days).toContain('2020-04-15');
  });
});
