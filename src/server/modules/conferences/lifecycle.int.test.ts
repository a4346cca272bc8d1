import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { individual } from '../../../../tests/helpers/nominations';
import { pdfPagesText } from '../../../../tests/helpers/pdf';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { addDays } from '../../../shared/rules/tasks';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { ConferenceListView, ConferenceView } from '../../../shared/schemas/conferences';
import type { Dashboard } from '../../../shared/schemas/dashboard';

// The two demo conferences as `npm start` seeds them: 2020 as it concluded, and the live one of
// the next period dated from today. What a user sees, read through the API.

let t: TestApp;
let secretary: string;
let old: string;
let live: string;
beforeAll(async () => {
  t = await createTestApp({}, { history: true, live: true });
  secretary = await t.login('thuky');
  const list = (await t.send('GET', '/api/conferences', secretary)).json() as ConferenceListView;
  old = list.items.find((c) => c.periodStart === 2020)!.id;
  live = list.items.find((c) => c.periodStart === 2025)!.id;
}, 240_000);
afterAll(async () => t?.close());

const get = async <T>(url: string, cookie = secretary) => {
  const res = await t.send('GET', url, cookie);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json() as T;
};
const listAs = async (username: string) =>
  get<ConferenceListView>('/api/conferences', await t.login(username));
const pdfText = async (url: string) => {
  const res = await t.send('GET', url, secretary);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return (await pdfPagesText(res.rawPayload)).join(' ').replace(/\s+/g, ' ');
};

describe('the 2020 demo with its history reads as concluded, on every page', () => {
  it('overview: concluded, every step done, no milestone overdue, day and start time from the milestone', async () => {
    const c = await get<ConferenceView>(`/api/conferences/${old}`);
    expect(c.lifecycle.stage).toBe('concluded');
    expect(c.lifecycle.steps.map((s) => s.state)).not.toContain('current');
    expect(c.lifecycle.milestones).toEqual({ total: 7, completed: 7, overdue: 0 });
    expect(c.milestones.filter((m) => m.state === 'overdue')).toEqual([]);
    expect(c.lifecycle.next).toEqual([]);
    expect([c.conferenceDate, c.startTime]).toEqual(['2020-03-31', '07:30']);
  });

  it('dashboard: the same stage, 7/7 milestones and 0 overdue, 17/17 units submitted', async () => {
    const d = await get<Dashboard>(`/api/conferences/${old}/dashboard`);
    expect(d.lifecycle.stage).toBe('concluded');
    expect(d.timeline).toMatchObject({ total: 7, completed: 7, overdue: 0, percent: 100 });
    expect(d.submissions).toMatchObject({ unitCount: 17, submittedCount: 17, notSubmitted: [] });
  });

  it('the register holds the issued QĐ (01/QĐ-UBND, 28/03/2020) and the certificates print it', async () => {
    const cert = await get<{ issuedDecision: { numberLine: string; date: string } | null }>(
      `/api/conferences/${old}/certificates/settings`,
    );
    expect(cert.issuedDecision).toMatchObject({ numberLine: 'Số: 01/QĐ-UBND', date: '2020-03-28' });
  });

  it('the list shows it concluded with its date; the secretary is told so', async () => {
    const c = (await listAs('thuky')).items.find((x) => x.id === old)!;
    expect(c).toMatchObject({ stage: 'concluded', conferenceDate: '2020-03-31', startTime: '07:30' });
    expect(c.todo.map((x) => x.kind)).toEqual(['concluded']);
  });
});

describe('the live demo works today without editing a date', () => {
  it('is taking nominations; each role is told what to do next', async () => {
    const today = todayInVietnam();
    const c = await get<ConferenceView>(`/api/conferences/${live}`);
    expect(c.lifecycle.stage).toBe('nominate');
    expect(c.conferenceDate).toBe(addDays(today, 1));
    expect(c.lifecycle.milestones.overdue).toBe(0);
    const todo = async (user: string) =>
      (await listAs(user)).items.find((x) => x.id === live)!.todo.map((x) => [x.kind, x.date]);
    expect(await todo('tdp5')).toEqual([['unit_submit', today]]);
    expect((await todo('uyvien')).map(([k]) => k)).toEqual(['vote']);
    expect(await todo('letan')).toEqual([['checkin_open', addDays(today, 1)]]);
    const staff = await todo('thuky');
    expect(staff[0]).toEqual(['lifecycle', today]);
  });

  it('accepts a TDP head’s nomination, sent today', async () => {
    const tdp5 = await t.login('tdp5');
    const conf = await get<ConferenceView>(`/api/conferences/${live}`);
    const unit = t.demo.unitIds.get('Tổ dân phố 5')!;
    const forms = await get<{ items: { id: string; code: string }[] }>(
      `/api/conferences/${live}/award-forms`,
      tdp5,
    );
    const form = forms.items.find((f) => f.code === 'DHTT-CN')!;
    const created = await t.send(
      'POST',
      `/api/conferences/${conf.id}/units/${unit}/nominations`,
      tdp5,
      individual(form.id, 'Nguyễn Thị Thu'),
    );
    expect(created.statusCode, created.body).toBe(201);
    const sent = await t.send(
      'POST',
      `/api/conferences/${live}/nominations/${created.json().id}/submit`,
      tdp5,
      {
        version: created.json().version,
      },
    );
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('submitted');
  });

  it('takes a council member’s secret vote in the open ballot, once', async () => {
    const uyvien = await t.login('uyvien');
    const vote = (await listAs('uyvien')).items.find((x) => x.id === live)!.todo[0]!;
    const meeting = await get<{ ballots: { id: string; items: { id: string }[] }[] }>(
      `/api/conferences/${live}/meetings/${vote.meetingId}`,
      uyvien,
    );
    const ballot = meeting.ballots.find((b) => b.id === vote.ballotId)!;
    const choices = Object.fromEntries(ballot.items.map((i) => [i.id, 'agree']));
    const url = `/api/conferences/${live}/meetings/${vote.meetingId}/ballots/${vote.ballotId}/cast`;
    const cast = await t.send('POST', url, uyvien, { choices });
    expect(cast.statusCode, cast.body).toBe(200);
    expect(cast.json().receipt).toBeTruthy();
    expect((await t.send('POST', url, uyvien, { choices })).statusCode).toBe(409);
    expect((await listAs('uyvien')).items.find((x) => x.id === live)!.todo.map((x) => x.kind)).not.toContain(
      'vote',
    );
  });

  it('lets reception check a delegate in today', async () => {
    const letan = await t.login('letan');
    const found = await get<{ items: { id: string }[] }>(
      `/api/conferences/${live}/checkin/search?q=nguyen van`,
      letan,
    );
    const res = await t.send('POST', `/api/conferences/${live}/checkins`, letan, {
      delegateId: found.items[0]!.id,
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('milestones: marked done by a person, one conference day for every page', () => {
  it('refuses closing the live deadline while units are missing; marks and reopens another, audited', async () => {
    const c = await get<ConferenceView>(`/api/conferences/${live}`);
    const deadline = c.milestones.find((m) => m.kind === 'submission_deadline')!;
    const refused = await t.send(
      'PUT',
      `/api/conferences/${live}/milestones/${deadline.id}/done`,
      secretary,
      {
        done: true,
        version: deadline.version,
      },
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(
      /^Chưa đóng được hạn nộp: hạn là ngày .* và còn \d+ đơn vị chưa gửi/,
    );
    const finish = c.milestones.find((m) => m.kind === 'other' && m.state === 'today')!;
    const url = `/api/conferences/${live}/milestones/${finish.id}/done`;
    const done = await t.send('PUT', url, secretary, { done: true, version: finish.version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ done: true, version: finish.version + 1 });
    expect((await t.send('PUT', url, secretary, { done: false, version: finish.version })).statusCode).toBe(
      409,
    );
    const uyvien = await t.login('uyvien');
    expect((await t.send('PUT', url, uyvien, { done: false, version: finish.version + 1 })).statusCode).toBe(
      403,
    );
    const audit = await get<{ items: { action: string; entityId: string }[] }>(
      `/api/organizations/${c.organizationId}/audit?entityId=${finish.id}`,
    );
    expect(audit.items.map((a) => a.action)).toContain('milestone.completed');
  });

  it('moving the conference-day milestone moves the header, the list, the invitation and the program', async () => {
    const c = await get<ConferenceView>(`/api/conferences/${old}`);
    const day = c.milestones.find((m) => m.kind === 'conference_day')!;
    const res = await t.send('PUT', `/api/conferences/${old}/milestones/${day.id}`, secretary, {
      ...day,
      startDate: '2020-04-02',
      startTime: '14:00',
      version: day.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await get<ConferenceView>(`/api/conferences/${old}`);
    expect([after.conferenceDate, after.startTime]).toEqual(['2020-04-02', '14:00']);
    const summary = (await listAs('thuky')).items.find((x) => x.id === old)!;
    expect([summary.conferenceDate, summary.startTime]).toEqual(['2020-04-02', '14:00']);
    const invitation = await pdfText(`/api/conferences/${old}/documents/invitation.pdf`);
    expect(invitation).toContain('14 giờ 00 phút, ngày 02 tháng 4 năm 2020');
    const program = await pdfText(`/api/conferences/${old}/documents/program.pdf`);
    expect(program).toContain('14 giờ 00 phút, ngày 02 tháng 4 năm 2020');
    const plan = await pdfText(`/api/conferences/${old}/documents/plan.pdf`);
    expect(plan).toContain('Ngày 2/4/2020: tổ chức Hội nghị');
  });
});
