import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { individual, setDeadline } from '../../../../tests/helpers/nominations';
import { closedPort, startSmtp, type TestSmtp } from '../../../../tests/helpers/smtp';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import type { InboxView, NotificationPreferencesView } from '../../../shared/schemas/notifications';
import { notificationDeliveries } from '../../db/schema/index';
import { writeDailyDigests } from './delivery-mutations';
import { sendReminders } from './reminder-mutations';
import { emailTransport } from './transport';
import { deliverDue } from './worker';

let t: TestApp;
let smtp: TestSmtp;
let secretary: string;
let tdp5: string;
let base: string;
let tdp5Unit: string;
let form: string;
const origin = 'https://vinhdanh.example.vn';

beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: origin });
  secretary = await t.login('thuky');
  tdp5 = await t.login('tdp5');
  base = `/api/conferences/${t.demo.conferenceId}`;
  tdp5Unit = t.demo.unitIds.get('Tổ dân phố 5')!;
  form = t.demo.formIds.get('DHTT-CN')!;
  await setDeadline(t, secretary, 3);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const inbox = async (cookie: string) =>
  (await t.send('GET', '/api/notifications', cookie)).json() as InboxView;
const prefs = async (cookie: string) =>
  (await t.send('GET', '/api/notifications/preferences', cookie)).json() as NotificationPreferencesView;
const savePrefs = (cookie: string, body: object) =>
  t.send('PUT', '/api/notifications/preferences', cookie, body);
const transport = (url = smtp.url) =>
  emailTransport({ SMTP_URL: url, MAIL_FROM: 'Vinh Danh <vd@localhost>' })!;
const deliveriesTo = (recipient: string) =>
  t.database.db.select().from(notificationDeliveries).where(eq(notificationDeliveries.recipient, recipient));

/** A nomination of Tổ dân phố 5 sent by its head and returned by the secretary; the return's answer. */
async function returned(name: string, reason: string) {
  let n = (
    await t.send('POST', `${base}/units/${tdp5Unit}/nominations`, tdp5, individual(form, name))
  ).json();
  n = (await t.send('POST', `${base}/nominations/${n.id}/submit`, tdp5, { version: n.version })).json();
  const res = await t.send('POST', `${base}/nominations/${n.id}/return`, secretary, {
    version: n.version,
    reason,
  });
  return { res, id: n.id as string };
}

describe('notifications', () => {
  it('keeps the address and preferences per user, 409 on a stale version, names a bad address', async () => {
    expect(await prefs(tdp5)).toEqual({
      email: null,
      emailEnabled: true,
      emailMode: 'immediate',
      mutedKinds: [],
      version: 0,
      smtpConfigured: true,
    });
    const bad = await savePrefs(tdp5, {
      email: 'tdp5@',
      emailEnabled: true,
      emailMode: 'immediate',
      mutedKinds: [],
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.email).toBe('Email không đúng định dạng (ví dụ: ten@phuong.gov.vn)');
    const ok = await savePrefs(tdp5, {
      email: 'To5@Phuong.gov.vn',
      emailEnabled: true,
      emailMode: 'immediate',
      mutedKinds: [],
      version: 0,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ email: 'to5@phuong.gov.vn', version: 1 });
    const stale = await savePrefs(tdp5, {
      email: null,
      emailEnabled: false,
      emailMode: 'daily',
      mutedKinds: [],
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect((await prefs(tdp5)).email).toBe('to5@phuong.gov.vn');
  });

  it('a returned nomination reaches the unit head in the inbox and by email (Vietnamese, with the link)', async () => {
    const { res, id } = await returned('Võ Thị Lan', 'Bổ sung biên bản họp bình xét');
    expect(res.statusCode).toBe(200);
    const box = await inbox(tdp5);
    expect(box.unread).toBe(1);
    expect(box.items[0]).toMatchObject({
      kind: 'nomination_returned',
      title: 'Đề nghị "Võ Thị Lan" bị trả lại',
      link: `/conferences/${t.demo.conferenceId}/nominations/${id}`,
      read: false,
    });
    // the secretary's inbox has nothing of it
    expect((await inbox(secretary)).items.some((n) => n.title.includes('Võ Thị Lan'))).toBe(false);

    const run = await deliverDue(t.database.db, transport(), { origin });
    expect(run).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    expect(mail).toMatchObject({ to: 'to5@phuong.gov.vn', subject: 'Đề nghị "Võ Thị Lan" bị trả lại' });
    expect(mail!.text).toContain('Lý do: Bổ sung biên bản họp bình xét');
    expect(mail!.text).toContain(
      `Xem chi tiết: ${origin}/conferences/${t.demo.conferenceId}/nominations/${id}`,
    );
    const [row] = await deliveriesTo('to5@phuong.gov.vn');
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(mail!.messageId).toBe(row!.messageId);
    // nothing more to send
    expect(await deliverDue(t.database.db, transport(), { origin })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });

    // read: by its owner only
    const other = await t.send('POST', `/api/notifications/${box.items[0]!.id}/read`, secretary);
    expect(other.statusCode).toBe(404);
    const read = await t.send('POST', `/api/notifications/${box.items[0]!.id}/read`, tdp5);
    expect(read.json()).toEqual({ unread: 0 });
    expect((await inbox(tdp5)).items[0]!.read).toBe(true);
  });

  it('a refusing or down mail server: the return still answers 200, the delivery is retried with the reason, then failed', async () => {
    smtp.refuse(true);
    const { res } = await returned('Đặng Văn Tú', 'Thiếu bản nhận xét của chi bộ');
    expect(res.statusCode).toBe(200);
    expect((await inbox(tdp5)).unread).toBe(1);
    const t0 = new Date();
    const first = await deliverDue(t.database.db, transport(), { origin, now: () => t0 });
    expect(first).toEqual({ sent: 0, retried: 1, failed: 0 });
    const pending = (await deliveriesTo('to5@phuong.gov.vn')).find((d) => d.subject.includes('Đặng Văn Tú'))!;
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending.lastError).toMatch(/550.*từ chối nhận/);
    expect(pending.nextAttemptAt.getTime() - t0.getTime()).toBe(60_000);
    smtp.refuse(false);

    // now down: nothing listens; each later attempt after its backoff fails, the fifth for good
    const down = transport(`smtp://127.0.0.1:${await closedPort()}`);
    let at = t0.getTime();
    const outcomes = [];
    for (const wait of [1, 5, 30, 120]) {
      at += wait * 60_000;
      outcomes.push(await deliverDue(t.database.db, down, { origin, now: () => new Date(at) }));
    }
    expect(outcomes.map((o) => (o.failed ? 'failed' : o.retried ? 'retried' : 'none'))).toEqual([
      'retried',
      'retried',
      'retried',
      'failed',
    ]);
    const failed = (await deliveriesTo('to5@phuong.gov.vn')).find((d) => d.subject.includes('Đặng Văn Tú'))!;
    expect(failed).toMatchObject({ status: 'failed', attempts: 5 });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
  });

  it('a daily digest instead of immediate emails: one email with the unread titles, once a day', async () => {
    const p = await prefs(tdp5);
    const saved = await savePrefs(tdp5, { ...p, emailMode: 'daily', smtpConfigured: undefined });
    expect(saved.statusCode).toBe(200);
    const before = smtp.received.length;
    await returned('Lý Thị Mai', 'Ảnh chân dung chưa rõ');
    expect(await deliverDue(t.database.db, transport(), { origin })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    // 08:00 tomorrow in Vietnam: the digest leaves
    const tomorrow8 = new Date(Date.now() + 86_400_000);
    tomorrow8.setUTCHours(1, 0, 0, 0);
    expect(await writeDailyDigests(t.database.db, tomorrow8)).toBe(1);
    expect(await writeDailyDigests(t.database.db, new Date(tomorrow8.getTime() + 3600_000))).toBe(0);
    expect(await deliverDue(t.database.db, transport(), { origin, now: () => tomorrow8 })).toMatchObject({
      sent: 1,
    });
    const mails = await smtp.waitFor(before + 1);
    const digest = mails[before]!;
    expect(digest.subject).toMatch(/^Vinh Danh: \d+ thông báo mới trong ngày$/);
    expect(digest.text).toContain('• Đề nghị "Lý Thị Mai" bị trả lại');
    expect(digest.text).toContain(`${origin}/notifications`);
    // the inbox still has it, unread
    expect((await inbox(tdp5)).items[0]).toMatchObject({
      title: 'Đề nghị "Lý Thị Mai" bị trả lại',
      read: false,
    });
  });

  it('marks all read', async () => {
    expect((await inbox(tdp5)).unread).toBeGreaterThan(0);
    expect((await t.send('POST', '/api/notifications/read-all', tdp5)).json()).toEqual({ unread: 0 });
    expect((await inbox(tdp5)).unread).toBe(0);
    expect((await t.send('GET', '/api/notifications')).statusCode).toBe(401);
  });

  it('reminds the head of a unit with nothing sent 3 and 1 days before the deadline, once however often it runs', async () => {
    const now = new Date();
    expect(await sendReminders(t.database.db, now)).toBe(1);
    expect(await sendReminders(t.database.db, now)).toBe(0);
    const box = await inbox(tdp5);
    expect(box.items.filter((n) => n.kind === 'deadline_soon')).toHaveLength(1);
    expect(box.items[0]!.title).toMatch(/^Còn 3 ngày đến hạn nộp hồ sơ \(\d\d\/\d\d\/\d{4}\)$/);
    expect(box.items[0]!.link).toBe(`/conferences/${t.demo.conferenceId}/units/${tdp5Unit}`);
    // one day before: again, unless the unit has sent something meanwhile
    await setDeadline(t, secretary, 1);
    const n = (await t.send('GET', `${base}/nominations?unitId=${tdp5Unit}`, tdp5)).json().items[0];
    const resent = await t.send('POST', `${base}/nominations/${n.id}/submit`, tdp5, { version: n.version });
    expect(resent.statusCode).toBe(200);
    expect(await sendReminders(t.database.db, now)).toBe(0);
    await t.send('POST', `${base}/nominations/${n.id}/return`, secretary, {
      version: resent.json().version,
      reason: 'Còn thiếu xác nhận',
    });
    expect(await sendReminders(t.database.db, now)).toBe(1);
    expect((await inbox(tdp5)).items.find((x) => x.kind === 'deadline_soon')!.title).toMatch(/^Còn 1 ngày/);
  });
});
