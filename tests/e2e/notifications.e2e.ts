// Thông báo end to end: the TDP head gives an email address on the preferences page (phone size),
// the secretary returns a nomination with a reason, the TDP head sees the bell's count, opens the
// notification and lands on the nomination; the test's own SMTP server received the email.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { individual } from '../helpers/nominations';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { type Harness, login, startHarness } from './harness';

const NAME = 'Nguyễn Thị Hường';
const REASON = 'Bổ sung biên bản họp bình xét của tổ dân phố';

describe('notifications', () => {
  let smtp: TestSmtp;
  let h: Harness;
  let office: Page;
  let phone: Page;
  let cid: string;
  let nominationId: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    h = await startHarness({ env: { SMTP_URL: smtp.url } });
    cid = h.demo.conferenceId;
    office = await h.newPage();
    phone = await h.newPage({ width: 390, height: 844 });
    await login(office, 'thuky');
    await login(phone, 'tdp5');
    // the demo's deadline (2020) moved to next week, then a nomination sent by Tổ dân phố 5
    const c = await (await office.request.get(`/api/conferences/${cid}`)).json();
    const m = c.milestones.find((x: { kind: string }) => x.kind === 'submission_deadline');
    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const put = await office.request.put(`/api/conferences/${cid}/milestones/${m.id}`, {
      data: { ...m, startDate: day, endDate: null, done: false, version: m.version },
    });
    expect(put.status()).toBe(200);
    const unitId = h.demo.unitIds.get('Tổ dân phố 5')!;
    const created = await phone.request.post(`/api/conferences/${cid}/units/${unitId}/nominations`, {
      data: individual(h.demo.formIds.get('DHTT-CN')!, NAME),
    });
    expect(created.status()).toBe(201);
    const n = await created.json();
    nominationId = n.id;
    const sent = await phone.request.post(`/api/conferences/${cid}/nominations/${n.id}/submit`, {
      data: { version: n.version },
    });
    expect(sent.status()).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('the TDP head gives an email address on the preferences page', async () => {
    await phone.goto('/notifications/preferences');
    await phone.getByLabel('Địa chỉ email').fill('to5@phuong.gov.vn');
    await phone.getByRole('button', { name: 'Lưu' }).click();
    await phone.getByText('Đã lưu cài đặt thông báo').waitFor();
  });

  it('the secretary returns the nomination with a reason', async () => {
    await office.goto(`/conferences/${cid}/nominations`);
    await office.getByTestId('nominations-table').getByText(NAME).waitFor();
    await office.getByRole('button', { name: `Trả lại: ${NAME}` }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel(/^Lý do/).fill(REASON);
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('the TDP head sees the bell count, opens the notification and lands on the nomination', async () => {
    await phone.goto('/conferences');
    const bell = phone.getByRole('button', { name: 'Thông báo (1 chưa đọc)' });
    await bell.waitFor();
    await bell.click();
    await phone.getByText(`Đề nghị "${NAME}" bị trả lại`).click();
    await phone.waitForURL(`**/conferences/${cid}/nominations/${nominationId}`);
    await phone.getByTestId('return-reason').getByText(REASON).waitFor();
    await phone.getByRole('button', { name: 'Thông báo', exact: true }).waitFor();
  });

  it("the test's SMTP server received the email in Vietnamese with the link", async () => {
    const [mail] = await smtp.waitFor(1, 20_000);
    expect(mail).toMatchObject({ to: 'to5@phuong.gov.vn', subject: `Đề nghị "${NAME}" bị trả lại` });
    expect(mail!.text).toContain(`Lý do: ${REASON}`);
    expect(mail!.text).toContain(`${h.baseUrl}/conferences/${cid}/nominations/${nominationId}`);
  });
});
