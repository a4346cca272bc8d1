import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng } from '../../../../tests/helpers/files';
import { individual, multipartFile, setDeadline } from '../../../../tests/helpers/nominations';
import { loginStranger } from '../../../../tests/helpers/strangers';
import { auditTrail, createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import type { ThreadListView, ThreadView } from '../../../shared/schemas/threads';
import { conferenceTasks, notifications, users } from '../../db/schema/index';
import { createUser } from '../users/mutations';

let t: TestApp;
let secretary: string;
let tdp5: string;
let tdp1: string;
let orgUrl: string;
let tdp5Unit: string;
let nominationId: string;
let otherNominationId: string;

const inbox = async (username: string) => {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, u!.id)));
};

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  tdp5 = await t.login('tdp5');
  orgUrl = `/api/organizations/${t.demo.organizationId}`;
  tdp5Unit = t.demo.unitIds.get('Tổ dân phố 5')!;
  const tdp1Unit = t.demo.unitIds.get('Tổ dân phố 1')!;
  await createUser(t.database.db, null, {
    organizationId: t.demo.organizationId,
    username: 'tdp1',
    fullName: 'Đỗ Văn Một',
    password: 'ToDanPho1@2026',
    roles: [{ role: 'unit_head', unitId: tdp1Unit }],
  });
  tdp1 = await t.login('tdp1', 'ToDanPho1@2026');
  await setDeadline(t, secretary, 5);
  const base = `/api/conferences/${t.demo.conferenceId}`;
  const form = t.demo.formIds.get('DHTT-CN')!;
  const n = await t.send(
    'POST',
    `${base}/units/${tdp5Unit}/nominations`,
    tdp5,
    individual(form, 'Nguyễn Thị Hường'),
  );
  expect(n.statusCode).toBe(201);
  nominationId = n.json().id;
  const o = await t.send(
    'POST',
    `${base}/units/${tdp1Unit}/nominations`,
    tdp1,
    individual(form, 'Lê Văn Khác'),
  );
  expect(o.statusCode).toBe(201);
  otherNominationId = o.json().id;
});
afterAll(async () => t?.close());

const open = (cookie: string, body: object) =>
  t.send('POST', `${orgUrl}/threads`, cookie, {
    unitId: tdp5Unit,
    topic: 'Hồ sơ bà Hường thiếu xác nhận',
    bodyHtml: '<p>Xin hỏi cần <b>xác nhận</b> của ai?</p><script>alert(1)</script>',
    ...body,
  });

describe('a unit raises a thread, the office answers', () => {
  let thread: ThreadView;

  it('opens a thread about a nomination of the unit, sanitized, and tells the secretary', async () => {
    const res = await open(tdp5, { nominationId });
    expect(res.statusCode).toBe(201);
    thread = res.json();
    expect(thread.status).toBe('new');
    expect(thread.unit.name).toBe('Tổ dân phố 5');
    expect(thread.nomination?.name).toBe('Nguyễn Thị Hường');
    expect(thread.conference?.id).toBe(t.demo.conferenceId);
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]!.side).toBe('unit');
    expect(thread.messages[0]!.bodyHtml).not.toContain('<script');
    expect(thread.messages[0]!.bodyHtml).toContain('<strong>xác nhận</strong>');
    expect(thread.permissions).toMatchObject({ canReply: true, canAnswer: false, canManage: false });
    const told = await inbox('thuky');
    expect(told.map((n) => [n.kind, n.title, n.link])).toContainEqual([
      'thread_opened',
      'Tổ dân phố 5 gửi phản ánh: Hồ sơ bà Hường thiếu xác nhận',
      `/threads/${thread.id}`,
    ]);
  });

  it('refuses another unit, a nomination of another unit, and an empty text — naming the field', async () => {
    const other = await open(tdp5, { unitId: t.demo.unitIds.get('Tổ dân phố 1')! });
    expect(other.statusCode).toBe(403);
    const wrongNom = await open(tdp5, { nominationId: otherNominationId });
    expect(wrongNom.statusCode).toBe(400);
    expect(wrongNom.json().error.fields.nominationId).toBe('Hồ sơ đề nghị không thuộc đơn vị của phản ánh');
    const empty = await open(tdp5, { bodyHtml: '<p> </p>' });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('Nội dung không được để trống');
    expect((await open(secretary, {})).statusCode).toBe(403);
  });

  it('attaches a sniffed file to the message and refuses a lying one', async () => {
    const url = `/api/threads/${thread.id}/messages/${thread.messages[0]!.id}/attachments`;
    const send = (name: string, bytes: Buffer) => {
      const body = multipartFile(name, bytes);
      return t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: tdp5, ...body.headers },
        payload: body.payload,
      });
    };
    const ok = await send('anh-chup.png', tinyPng());
    expect(ok.statusCode).toBe(200);
    const file = ok.json().messages[0].attachments[0];
    expect(file).toMatchObject({ fileName: 'anh-chup.png', mimeType: 'image/png' });
    const bad = await send('giay-to.pdf', Buffer.from('MZ not a pdf at all'));
    expect(bad.statusCode).toBe(400);
    const got = await t.send('GET', `/api/threads/${thread.id}/attachments/${file.id}`, secretary);
    expect(got.rawPayload.equals(tinyPng())).toBe(true);
  });

  it('shows a unit head only their unit’s threads; the office sees all, with filters', async () => {
    const mine = (await t.send('GET', `${orgUrl}/threads`, tdp5)).json() as ThreadListView;
    expect(mine.items.map((x) => x.id)).toEqual([thread.id]);
    expect(mine.units.map((u) => u.name)).toEqual(['Tổ dân phố 5']);
    expect(mine.assignees).toEqual([]);
    const theirs = (await t.send('GET', `${orgUrl}/threads`, tdp1)).json() as ThreadListView;
    expect(theirs.items).toEqual([]);
    expect((await t.send('GET', `/api/threads/${thread.id}`, tdp1)).statusCode).toBe(404);
    const office = (await t.send('GET', `${orgUrl}/threads?status=new`, secretary)).json() as ThreadListView;
    expect(office.items.map((x) => x.id)).toEqual([thread.id]);
    expect(office.permissions.canManage).toBe(true);
    expect(office.assignees.map((a) => a.name)).toContain('Trần Thị Hà');
    const answered = (await t.send('GET', `${orgUrl}/threads?status=answered`, secretary)).json();
    expect(answered.items).toEqual([]);
    const stranger = await loginStranger(t);
    expect((await t.send('GET', `/api/threads/${thread.id}`, stranger.cookie)).statusCode).toBe(404);
    expect((await t.send('GET', `${orgUrl}/threads`, stranger.cookie)).statusCode).toBe(403);
  });

  it('answers: status answered, the unit heads told "Văn phòng đã trả lời phản ánh"', async () => {
    const res = await t.send('POST', `/api/threads/${thread.id}/messages`, secretary, {
      bodyHtml: '<p>Cần xác nhận của Chi hội trưởng.</p>',
    });
    expect(res.statusCode).toBe(200);
    thread = res.json();
    expect(thread.status).toBe('answered');
    expect(thread.messages.map((m) => [m.side, m.authorName])).toEqual([
      ['unit', 'Nguyễn Văn Tâm'],
      ['office', 'Trần Thị Hà'],
    ]);
    const told = await inbox('tdp5');
    expect(told.map((n) => [n.kind, n.title, n.body])).toContainEqual([
      'thread_answered',
      'Văn phòng đã trả lời phản ánh: Hồ sơ bà Hường thiếu xác nhận',
      'Văn phòng trả lời phản ánh, kiến nghị "Hồ sơ bà Hường thiếu xác nhận" của đơn vị: Cần xác nhận của Chi hội trưởng.',
    ]);
    expect(await inbox('tdp1')).toEqual([]);
  });

  it('a unit reply on an answered thread reopens it to in progress', async () => {
    const res = await t.send('POST', `/api/threads/${thread.id}/messages`, tdp5, {
      bodyHtml: 'Đã rõ, cảm ơn.',
    });
    expect(res.statusCode).toBe(200);
    thread = res.json();
    expect(thread.status).toBe('in_progress');
  });

  it('assigns to staff only, sets status on its version (409 when stale), closed takes no message', async () => {
    const me = (await t.send('GET', '/api/auth/me', secretary)).json().user;
    const notStaff = await t.send('PUT', `/api/threads/${thread.id}/assignee`, secretary, {
      assigneeId: (await t.database.db.select().from(users).where(eq(users.username, 'tdp5')))[0]!.id,
      version: thread.version,
    });
    expect(notStaff.statusCode).toBe(400);
    const assigned = await t.send('PUT', `/api/threads/${thread.id}/assignee`, secretary, {
      assigneeId: me.id,
      version: thread.version,
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().assignee.name).toBe('Trần Thị Hà');
    const stale = await t.send('PUT', `/api/threads/${thread.id}/status`, secretary, {
      status: 'closed',
      version: thread.version,
    });
    expect(stale.statusCode).toBe(409);
    thread = assigned.json();
    const byUnit = await t.send('PUT', `/api/threads/${thread.id}/status`, tdp5, {
      status: 'closed',
      version: thread.version,
    });
    expect(byUnit.statusCode).toBe(403);
    const closed = await t.send('PUT', `/api/threads/${thread.id}/status`, secretary, {
      status: 'closed',
      version: thread.version,
    });
    expect(closed.statusCode).toBe(200);
    thread = closed.json();
    expect(thread.status).toBe('closed');
    expect(thread.ageDays).toBeNull();
    expect(thread.permissions.canAnswer).toBe(false);
    const reply = await t.send('POST', `/api/threads/${thread.id}/messages`, tdp5, { bodyHtml: 'Còn nữa' });
    expect(reply.statusCode).toBe(422);
    expect(reply.json().error.message).toContain('đã đóng');
  });

  it('turns a thread into a task of its conference, owned by the assignee, once', async () => {
    const reopened = await t.send('PUT', `/api/threads/${thread.id}/status`, secretary, {
      status: 'in_progress',
      version: thread.version,
    });
    thread = reopened.json();
    expect(thread.permissions.canMakeTask).toBe(true);
    const res = await t.send('POST', `/api/threads/${thread.id}/task`, secretary, {
      dueDate: null,
      version: thread.version,
    });
    expect(res.statusCode).toBe(200);
    thread = res.json();
    const [task] = await t.database.db
      .select()
      .from(conferenceTasks)
      .where(eq(conferenceTasks.id, thread.taskId!));
    expect(task).toMatchObject({
      conferenceId: t.demo.conferenceId,
      title: 'Phản ánh: Hồ sơ bà Hường thiếu xác nhận',
      ownerUserId: thread.assignee!.id,
    });
    const again = await t.send('POST', `/api/threads/${thread.id}/task`, secretary, {
      version: thread.version,
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.message).toBe('Phản ánh này đã được chuyển thành công việc');
  });

  it('audits every write', async () => {
    const trail = await auditTrail(t, thread.id, secretary);
    expect(trail).toEqual(
      expect.arrayContaining([
        'thread.opened Nguyễn Văn Tâm',
        'thread.file_added Nguyễn Văn Tâm',
        'thread.answered Trần Thị Hà',
        'thread.replied Nguyễn Văn Tâm',
        'thread.assigned Trần Thị Hà',
        'thread.status_changed Trần Thị Hà',
        'thread.task_created Trần Thị Hà',
      ]),
    );
  });

  it('counts the open threads and the oldest one’s age on the conference dashboard', async () => {
    const board = async () =>
      (await t.send('GET', `/api/conferences/${t.demo.conferenceId}/dashboard`, secretary)).json().threads;
    expect(await board()).toEqual({ open: 1, ofConference: 1, oldestAgeDays: 0 });
    const closed = await t.send('PUT', `/api/threads/${thread.id}/status`, secretary, {
      status: 'closed',
      version: thread.version,
    });
    expect(closed.statusCode).toBe(200);
    expect(await board()).toEqual({ open: 0, ofConference: 0, oldestAgeDays: null });
  });
});
