// The notifications each action writes, read as its recipients read them (GET /api/notifications):
// who is told, in what words, with which link, and who is not (the actor, the head of another
// unit, the members absent). No SMTP here: each action still answers as before and the email to a
// recipient with an address waits in the outbox ('pending').
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { individual, setDeadline } from '../../../../tests/helpers/nominations';
import { acceptedNominations, meetingWith, SEVEN_MEMBERS } from '../../../../tests/helpers/review';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { unitReportSections } from '../../../../tests/helpers/unit-reports';
import type { DelegateView } from '../../../shared/schemas/delegates';
import type { InboxView, NotificationKind } from '../../../shared/schemas/notifications';
import { notificationDeliveries } from '../../db/schema/index';
import { sendReminders } from './reminder-mutations';

let t: TestApp;
let base: string;
let conf: string; // the app path of the conference
let confName: string;
let secretary: string;
let tdp5: string;
let tdp6: string;
let secretary2: string;
let tdp5Unit: string;
let tdp6Unit: string;
const cookies = new Map<string, string>();

const as = async (username: string) => {
  if (!cookies.has(username)) cookies.set(username, await t.login(username));
  return cookies.get(username)!;
};
const inbox = async (cookie: string) =>
  ((await t.send('GET', '/api/notifications?limit=100', cookie)).json() as InboxView).items;
const ofKind = async (cookie: string, kind: NotificationKind) =>
  (await inbox(cookie)).filter((n) => n.kind === kind);
/** The email of `subject` to `to` is in the outbox, not sent (there is no SMTP). */
async function expectPendingMail(to: string, subject: string) {
  const rows = await t.database.db
    .select()
    .from(notificationDeliveries)
    .where(and(eq(notificationDeliveries.recipient, to), eq(notificationDeliveries.subject, subject)));
  expect(rows.map((r) => r.status)).toEqual(['pending']);
}
const setEmail = async (cookie: string, email: string) => {
  const res = await t.send('PUT', '/api/notifications/preferences', cookie, {
    email,
    emailEnabled: true,
    emailMode: 'immediate',
    mutedKinds: [],
    version: 0,
  });
  expect(res.statusCode).toBe(200);
  expect(res.json().smtpConfigured).toBe(false);
};
const dayFromToday = (days: number) =>
  new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
const vi = (iso: string) => iso.split('-').reverse().join('/');

beforeAll(async () => {
  t = await createTestApp();
  base = `/api/conferences/${t.demo.conferenceId}`;
  conf = `/conferences/${t.demo.conferenceId}`;
  secretary = await as('thuky');
  tdp5 = await as('tdp5');
  tdp5Unit = t.demo.unitIds.get('Tổ dân phố 5')!;
  tdp6Unit = t.demo.unitIds.get('Tổ dân phố 6')!;
  confName = (await t.send('GET', base, secretary)).json().plan.name;
  // a head for Tổ dân phố 6 and a second secretary, made by the administrator
  const admin = await as('admin');
  for (const [username, fullName, role, unitId] of [
    ['tdp6', 'Hoàng Thị Nga', 'unit_head', tdp6Unit],
    ['thuky2', 'Lê Thị Thanh', 'secretary', null],
  ] as const) {
    const res = await t.send('POST', `/api/organizations/${t.demo.organizationId}/users`, admin, {
      username,
      fullName,
      password: 'mat-khau-2020',
      roles: [{ role, unitId }],
    });
    expect(res.statusCode).toBe(201);
  }
  tdp6 = await t.login('tdp6', 'mat-khau-2020');
  secretary2 = await t.login('thuky2', 'mat-khau-2020');
  await setEmail(tdp5, 'to5@phuong.gov.vn');
  await setEmail(tdp6, 'to6@phuong.gov.vn');
  await setEmail(secretary2, 'thuky2@phuong.gov.vn');
  await setEmail(await as('uyvien2'), 'hoa@phuong.gov.vn');
  await setEmail(await as('vanhoa'), 'lan@phuong.gov.vn');
  await setDeadline(t, secretary, 3);
});
afterAll(async () => t?.close());

describe('notifications written by the actions', () => {
  it('deadline_soon: 3 days before, to the head of a unit with nothing sent, once however often it runs', async () => {
    // Tổ dân phố 5 has sent a nomination; Tổ dân phố 6 nothing
    const form = t.demo.formIds.get('DHTT-CN')!;
    const n = (
      await t.send('POST', `${base}/units/${tdp5Unit}/nominations`, tdp5, individual(form, 'Võ Thị Lan'))
    ).json();
    const sent = await t.send('POST', `${base}/nominations/${n.id}/submit`, tdp5, { version: n.version });
    expect(sent.statusCode).toBe(200);
    const now = new Date();
    expect(await sendReminders(t.database.db, now)).toBe(1);
    expect(await sendReminders(t.database.db, now)).toBe(0);
    const title = `Còn 3 ngày đến hạn nộp hồ sơ (${vi(dayFromToday(3))})`;
    expect(await ofKind(tdp6, 'deadline_soon')).toEqual([
      expect.objectContaining({ title, link: `${conf}/units/${tdp6Unit}`, read: false }),
    ]);
    expect((await ofKind(tdp6, 'deadline_soon'))[0]!.body).toContain('Tổ dân phố 6 chưa gửi hồ sơ');
    expect(await ofKind(tdp5, 'deadline_soon')).toEqual([]);
    await expectPendingMail('to6@phuong.gov.vn', title);
  });

  it('report_returned: to the head of the unit, not to the secretary who returned it nor another unit', async () => {
    const url = `${base}/units/${tdp5Unit}/report`;
    let r = (
      await t.send('PUT', url, tdp5, {
        sections: unitReportSections,
        numbers: { commendations: [], directWorkerSharePercent: 60 },
        version: 0,
      })
    ).json();
    r = (await t.send('POST', `${url}/submit`, tdp5, { version: r.version })).json();
    expect(r.status).toBe('submitted');
    const res = await t.send('POST', `${url}/return`, secretary, {
      version: r.version,
      reason: 'Bổ sung số liệu khen thưởng năm 2019',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'returned' });
    const [note, ...more] = await ofKind(tdp5, 'report_returned');
    expect(more).toEqual([]);
    expect(note).toMatchObject({
      title: 'Báo cáo của Tổ dân phố 5 bị trả lại',
      link: `${conf}/units/${tdp5Unit}/report`,
    });
    expect(note!.body).toContain('Lý do: Bổ sung số liệu khen thưởng năm 2019');
    expect(await ofKind(secretary, 'report_returned')).toEqual([]);
    expect(await ofKind(tdp6, 'report_returned')).toEqual([]);
    await expectPendingMail('to5@phuong.gov.vn', 'Báo cáo của Tổ dân phố 5 bị trả lại');
  });

  it('deadline_reopened: to the head of that unit only', async () => {
    const until = dayFromToday(10);
    const res = await t.send('POST', `${base}/units/${tdp6Unit}/reopen`, secretary, {
      until,
      reason: 'Tổ trưởng đi vắng',
    });
    expect(res.statusCode).toBe(201);
    const title = `Hạn nộp hồ sơ của Tổ dân phố 6 được gia hạn đến ${vi(until)}`;
    expect(await ofKind(tdp6, 'deadline_reopened')).toEqual([
      expect.objectContaining({ title, link: `${conf}/units/${tdp6Unit}` }),
    ]);
    expect(await ofKind(tdp5, 'deadline_reopened')).toEqual([]);
    expect(await ofKind(secretary, 'deadline_reopened')).toEqual([]);
    await expectPendingMail('to6@phuong.gov.vn', title);
  });

  it('meeting_scheduled: to each council member with a login, not to the secretary who scheduled it', async () => {
    const res = await t.send('POST', `${base}/meetings`, secretary, {
      term: '2020-2025',
      title: 'Họp xét khen thưởng',
      meetingDate: '2020-03-25',
      place: 'Hội trường UBND phường',
      quorumNumerator: 2,
      quorumDenominator: 3,
    });
    expect(res.statusCode).toBe(201);
    const meetingId = res.json().id;
    const title = 'Lịch họp Hội đồng: Họp xét khen thưởng';
    for (const member of [...SEVEN_MEMBERS, 'uyvien6']) {
      const got = await ofKind(await as(member), 'meeting_scheduled');
      expect(got, member).toEqual([
        expect.objectContaining({ title, link: `${conf}/review/meetings/${meetingId}` }),
      ]);
    }
    expect((await ofKind(await as('uyvien'), 'meeting_scheduled'))[0]!.body).toContain(
      'vào 25/03/2020 tại Hội trường UBND phường',
    );
    expect(await ofKind(secretary, 'meeting_scheduled')).toEqual([]);
    expect(await ofKind(tdp5, 'meeting_scheduled')).toEqual([]);
    await expectPendingMail('hoa@phuong.gov.vn', title);
  });

  it('ballot_opened: an electronic ballot, to the members present only', async () => {
    const ids = await acceptedNominations(t, [{ unit: 'Tổ dân phố 1', name: 'Trần Thị Bích' }]);
    const m = await meetingWith(t, SEVEN_MEMBERS);
    const created = await t.send('POST', `${m.url}/ballots`, secretary, {
      title: 'Phiếu kín đợt 1',
      mode: 'electronic',
      items: ids.map((nominationId) => ({ nominationId })),
    });
    expect(created.statusCode).toBe(201);
    const ballotId = created.json().id;
    const opened = await t.send('POST', `${m.url}/ballots/${ballotId}/open`, secretary);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ status: 'open' });
    const title = 'Phiếu bầu đã mở: Phiếu kín đợt 1';
    for (const member of SEVEN_MEMBERS) {
      expect(await ofKind(await as(member), 'ballot_opened'), member).toEqual([
        expect.objectContaining({
          title,
          link: `${conf}/review/meetings/${m.id}/ballots/${ballotId}/vote`,
        }),
      ]);
    }
    // absent: Ngô Văn Bình (uyvien6) and the secretary
    expect(await ofKind(await as('uyvien6'), 'ballot_opened')).toEqual([]);
    expect(await ofKind(secretary, 'ballot_opened')).toEqual([]);
    await expectPendingMail('hoa@phuong.gov.vn', title);
  });

  it('invitation_issued: to the head of each delegate unit, one line with its count', async () => {
    const all = (await t.send('GET', `${base}/delegates`, secretary)).json().items as DelegateView[];
    const of5 = all.filter((d) => d.unitId === tdp5Unit && d.rsvpStatus === 'not_sent').slice(0, 2);
    const of6 = all.filter((d) => d.unitId === tdp6Unit && d.rsvpStatus === 'not_sent').slice(0, 1);
    const guest = all.find((d) => d.unitId === null && d.rsvpStatus === 'not_sent')!;
    expect([of5.length, of6.length]).toEqual([2, 1]);
    const res = await t.send('POST', `${base}/delegates/invitations/sent`, secretary, {
      items: [...of5, ...of6, guest].map((d) => ({ id: d.id, version: d.version })),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ marked: 4, unchanged: 0 });
    const title = `Giấy mời dự ${confName} đã phát hành`;
    const [to5, ...more5] = await ofKind(tdp5, 'invitation_issued');
    const [to6, ...more6] = await ofKind(tdp6, 'invitation_issued');
    expect([more5, more6]).toEqual([[], []]);
    expect(to5).toMatchObject({ title, link: `${conf}/delegates` });
    expect(to5!.body).toContain('2 giấy mời cho đại biểu của Tổ dân phố 5');
    expect(to6!.body).toContain('1 giấy mời cho đại biểu của Tổ dân phố 6');
    expect(await ofKind(secretary, 'invitation_issued')).toEqual([]);
    // "đã gửi" is not an answer: no rsvp_received
    expect(await ofKind(secretary2, 'rsvp_received')).toEqual([]);
    await expectPendingMail('to6@phuong.gov.vn', title);
  });

  it('rsvp_received: to the other secretaries, not to the one who recorded it', async () => {
    const all = (await t.send('GET', `${base}/delegates`, secretary)).json().items as DelegateView[];
    const [a, b] = all.filter((d) => d.rsvpStatus === 'sent');
    const yes = await t.send('PUT', `${base}/delegates/${a!.id}/rsvp`, secretary, {
      rsvpStatus: 'attending',
      version: a!.version,
    });
    expect(yes.statusCode).toBe(200);
    const no = await t.send('PUT', `${base}/delegates/${b!.id}/rsvp`, secretary2, {
      rsvpStatus: 'declined',
      version: b!.version,
    });
    expect(no.statusCode).toBe(200);
    const attending = `${a!.fullName} xác nhận tham dự`;
    const declined = `${b!.fullName} báo vắng`;
    expect((await ofKind(secretary2, 'rsvp_received')).map((n) => [n.title, n.link])).toEqual([
      [attending, `${conf}/delegates`],
    ]);
    expect((await ofKind(secretary, 'rsvp_received')).map((n) => [n.title, n.link])).toEqual([
      [declined, `${conf}/delegates`],
    ]);
    expect(await ofKind(tdp5, 'rsvp_received')).toEqual([]);
    await expectPendingMail('thuky2@phuong.gov.vn', attending);
  });

  it('task_assigned: to the new owner on create and on a change of owner, not when assigning oneself', async () => {
    const owners = (await t.send('GET', `${base}/tasks/owners`, secretary)).json().users as {
      id: string;
      fullName: string;
    }[];
    const id = (name: string) => owners.find((u) => u.fullName === name)!.id;
    const due = dayFromToday(5);
    const made = await t.send('POST', `${base}/tasks`, secretary, {
      kind: 'logistics',
      title: 'Thuê âm thanh hội trường',
      ownerUserId: id('Nguyễn Thị Lan'),
      dueDate: due,
    });
    expect(made.statusCode).toBe(201);
    const title = 'Được giao công việc: Thuê âm thanh hội trường';
    const [got, ...more] = await ofKind(await as('vanhoa'), 'task_assigned');
    expect(more).toEqual([]);
    expect(got).toMatchObject({ title, link: `${conf}/tasks` });
    expect(got!.body).toContain(`hạn ${vi(due)}`);
    await expectPendingMail('lan@phuong.gov.vn', title);

    const mine = await t.send('POST', `${base}/tasks`, secretary, {
      title: 'Soạn kịch bản điều hành',
      ownerUserId: id('Trần Thị Hà'),
    });
    expect(mine.statusCode).toBe(201);
    expect(await ofKind(secretary, 'task_assigned')).toEqual([]);

    // the secretary hands it to the finance officer: told; Lan is not told again
    const task = made.json();
    const moved = await t.send('PUT', `${base}/tasks/${task.id}`, secretary, {
      kind: 'logistics',
      title: task.title,
      ownerUserId: id('Hoàng Văn Phúc'),
      dueDate: due,
      version: task.version,
    });
    expect(moved.statusCode).toBe(200);
    expect((await ofKind(await as('taichinh'), 'task_assigned')).map((n) => n.title)).toEqual([title]);
    expect(await ofKind(await as('vanhoa'), 'task_assigned')).toHaveLength(1);
  });

  it('task_overdue: to the owner of a task past its due date, once', async () => {
    const owners = (await t.send('GET', `${base}/tasks/owners`, secretary)).json().users as {
      id: string;
      fullName: string;
    }[];
    const made = await t.send('POST', `${base}/tasks`, secretary, {
      title: 'In giấy khen',
      ownerUserId: owners.find((u) => u.fullName === 'Nguyễn Thị Lan')!.id,
      dueDate: dayFromToday(-2),
    });
    expect(made.statusCode).toBe(201);
    const now = new Date();
    expect(await sendReminders(t.database.db, now)).toBe(1);
    expect(await sendReminders(t.database.db, now)).toBe(0);
    const title = 'Công việc quá hạn: In giấy khen';
    const got = await ofKind(await as('vanhoa'), 'task_overdue');
    expect(got).toEqual([expect.objectContaining({ title, link: `${conf}/tasks` })]);
    expect(got[0]!.body).toContain(`quá hạn ${vi(dayFromToday(-2))}`);
    expect(await ofKind(secretary, 'task_overdue')).toEqual([]);
    await expectPendingMail('lan@phuong.gov.vn', title);
  });
});
