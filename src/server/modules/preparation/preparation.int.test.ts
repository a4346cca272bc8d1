import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import type { TaskListView, TaskView } from '../../../shared/schemas/preparation';

let t: TestApp, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo());
});
afterAll(async () => t?.close());

const get = (url: string, cookie = secretary) => t.send('GET', url, cookie);
const list = async (cookie = secretary, query = '') =>
  (await get(`${base}/tasks${query}`, cookie)).json() as TaskListView;

describe('tasks and the logistics checklist', () => {
  it('creates the plan’s tasks and checklist once, with owners and due dates', async () => {
    const first = await t.send('POST', `${base}/tasks/from-plan`, secretary);
    expect(first.statusCode).toBe(200);
    // 7 milestones + 7 responsibilities + 9 logistics items
    expect(first.json()).toEqual({ added: 23, existing: 0 });
    const again = await t.send('POST', `${base}/tasks/from-plan`, secretary);
    expect(again.json()).toEqual({ added: 0, existing: 23 });

    const { items, conferenceDay } = await list();
    expect(items).toHaveLength(23);
    expect(conferenceDay).toBe('2020-03-31');
    const logistics = items.filter((i) => i.kind === 'logistics');
    expect(logistics.map((l) => l.title)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Văn nghệ/),
        expect.stringMatching(/^Tài liệu/),
        expect.stringMatching(/^Hội trường/),
        expect.stringMatching(/^Ma-két/),
        expect.stringMatching(/^Giấy mời/),
        expect.stringMatching(/^Giấy chứng nhận/),
        expect.stringMatching(/^Hoa/),
        expect.stringMatching(/^Tiền thưởng/),
        expect.stringMatching(/^Nước uống/),
      ]),
    );
    const byTitle = (p: string) => logistics.find((l) => l.title.startsWith(p))!;
    expect(byTitle('Tiền thưởng')).toMatchObject({
      ownerRole: 'finance_officer',
      ownerText: 'Công chức Tài chính - Kế toán',
      dueDate: '2020-03-29',
    });
    expect(byTitle('Văn nghệ')).toMatchObject({ ownerRole: 'culture_officer', dueDate: '2020-03-28' });
    expect(byTitle('Giấy mời')).toMatchObject({ ownerRole: 'secretary', dueDate: '2020-03-24' });
    for (const i of items) {
      expect(i.ownerText).not.toBe('');
      expect(i.dueDate).not.toBeNull();
      // the demo is in 2020: every open item is overdue now
      expect(i.overdue).toBe(true);
    }
    const tasks = items.filter((i) => i.kind === 'task');
    expect(tasks.filter((x) => x.milestoneId)).toHaveLength(7);
    expect(tasks.find((x) => x.ownerRole === 'council_chair' && !x.milestoneId)?.ownerText).toBe(
      'Chủ tịch, các phó chủ tịch Hội đồng TĐKT',
    );
  });

  it('lists each officer’s own tasks; the owner may set the status, others may not', async () => {
    const finance = await t.login('taichinh');
    const culture = await t.login('vanhoa');
    const mineFinance = (await get(`${base}/tasks/mine`, finance)).json().items as TaskView[];
    expect(mineFinance.map((x) => x.title)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Tiền thưởng/),
        expect.stringMatching(/dự trù kinh phí/i),
      ]),
    );
    expect(mineFinance.every((x) => x.ownerRole === 'finance_officer')).toBe(true);
    const mineCulture = (await list(culture, '?mine=true')).items;
    expect(mineCulture.map((x) => x.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Văn nghệ/), expect.stringMatching(/^Ma-két/)]),
    );
    expect(mineCulture.every((x) => x.ownerRole === 'culture_officer')).toBe(true);

    const prize = mineFinance.find((x) => x.title.startsWith('Tiền thưởng'))!;
    expect(prize.permissions).toEqual({ canEdit: false, canDelete: false, canSetStatus: true });
    const other = mineCulture[0]!;
    const refused = await t.send('PUT', `${base}/tasks/${other.id}/status`, finance, {
      status: 'done',
      version: other.version,
    });
    expect(refused.statusCode).toBe(403);
    const done = await t.send('PUT', `${base}/tasks/${prize.id}/status`, finance, {
      status: 'done',
      notes: 'Đã rút tiền mặt',
      version: prize.version,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', overdue: false, notes: 'Đã rút tiền mặt' });
    expect(done.json().completedAt).not.toBeNull();
    const stale = await t.send('PUT', `${base}/tasks/${prize.id}/status`, finance, {
      status: 'todo',
      version: prize.version,
    });
    expect(stale.statusCode).toBe(409);
    expect((await get(`${base}/tasks/mine`, finance)).json().items).toHaveLength(mineFinance.length - 1);
    // the finance officer cannot edit or add tasks
    const add = await t.send('POST', `${base}/tasks`, finance, { title: 'X' });
    expect(add.statusCode).toBe(403);
  });

  it('adds, edits (409 when stale) and deletes a task by hand, audited', async () => {
    const users = (await get(`${base}/tasks/owners`)).json().users as { id: string; fullName: string }[];
    const lan = users.find((u) => u.fullName === 'Nguyễn Thị Lan')!;
    const created = await t.send('POST', `${base}/tasks`, secretary, {
      kind: 'logistics',
      title: 'Mời đội trống thiếu nhi',
      ownerUserId: lan.id,
      dueDate: '2020-03-30',
    });
    expect(created.statusCode).toBe(201);
    const task = created.json() as TaskView;
    expect(task).toMatchObject({ ownerText: 'Nguyễn Thị Lan', source: 'manual', overdue: true });
    const culture = await t.login('vanhoa');
    expect((await list(culture, '?mine=true')).items.some((x) => x.id === task.id)).toBe(true);

    const bad = await t.send('PUT', `${base}/tasks/${task.id}`, secretary, {
      title: 'Mời đội trống',
      dueDate: '2020-02-30',
      version: task.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.dueDate).toMatch(/Hạn hoàn thành/);
    const ok = await t.send('PUT', `${base}/tasks/${task.id}`, secretary, {
      title: 'Mời đội trống',
      ownerRole: 'culture_officer',
      dueDate: '2020-03-29',
      version: task.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Mời đội trống', ownerText: 'Công chức Văn hóa - Xã hội' });
    const stale = await t.send('PUT', `${base}/tasks/${task.id}`, secretary, {
      title: 'Cũ',
      version: task.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.title).toBe('Mời đội trống');
    const del = await t.send('DELETE', `${base}/tasks/${task.id}?version=${ok.json().version}`, secretary);
    expect(del.statusCode).toBe(204);
    const audit = await get(`/api/organizations/${t.demo.organizationId}/audit?entityId=${task.id}`);
    expect(audit.statusCode).toBe(200);
    for (const action of ['task.created', 'task.updated', 'task.deleted'])
      expect(audit.body).toContain(action);
  });

  it('exports the timeline as an iCalendar file, one event per dated item', async () => {
    const res = await get(`${base}/timeline.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['content-disposition']).toMatch(/filename\*=UTF-8''Ti%E1%BA%BFn/);
    const body = res.body;
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    for (const line of body.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const { items } = await list();
    const dated = items.filter((i) => i.dueDate && !i.milestoneId).length + 7;
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(dated);
    expect(body.match(/END:VEVENT/g)).toHaveLength(dated);
    const unfolded = body.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20200331');
    expect(unfolded).toMatch(/SUMMARY:Hậu cần: Nước uống phục vụ Hội nghị/);
    const uids = unfolded.match(/^UID:.*$/gm)!;
    expect(new Set(uids).size).toBe(uids.length);
    // the same rows give the same UIDs next time
    expect((await get(`${base}/timeline.ics`)).body.replace(/\r\n /g, '').match(/^UID:.*$/gm)).toEqual(uids);
  });

  it('answers 401 without a session and hides another organizer’s conference', async () => {
    expect((await t.app.inject({ url: `${base}/tasks` })).statusCode).toBe(401);
    expect((await get('/api/conferences/00000000-0000-4000-8000-000000000000/tasks')).statusCode).toBe(404);
  });
});
