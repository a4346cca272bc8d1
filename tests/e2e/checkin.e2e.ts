import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/shared/rules/vietnamese-text';
import { conferenceDayToday } from './conference-day';
import { launchWithCamera, writeQrVideo } from './fake-camera';
import { type Harness, login, seeText, startHarness } from './harness';

// Issue 5's "Done when": two reception phones (Em Vy's team, 390 px) on the conference day. One
// opens the QR token URL of an invitation (what the phone's camera app opens); the other has
// searched "nguyen van" and sees that check-in appear live, without reloading. A second scan
// changes nothing and says when and by whom; a forged token is refused with a clear message.
// The secretary's gauge shows the demo's 70/30.

const PHONE = { width: 390, height: 844 };

let h: Harness;
let cid: string;
let office: Page;
let phoneA: Page;
let phoneB: Page;
type Entry = { delegateId: string; fullName: string; checkinPath: string };
let invitations: Entry[] = [];

beforeAll(async () => {
  h = await startHarness();
  cid = h.demo.conferenceId;
  [office, phoneA, phoneB] = await Promise.all([h.newPage(), h.newPage(PHONE), h.newPage(PHONE)]);
  await Promise.all([login(office, 'thuky'), login(phoneA, 'letan'), login(phoneB, 'letan')]);

  // The conference is today (the demo's day is 31/3/2020): move its milestone as the secretary would.
  await conferenceDayToday(office, cid);
  const api = `/api/conferences/${cid}`;

  // The tokens printed on the invitations, as the app issues them for the PDFs.
  const issued = await office.request.post(`${api}/delegates/invitations`, { data: {} });
  expect(issued.status()).toBe(200);
  invitations = (await issued.json()).items;
  expect(invitations).toHaveLength(100);
}, 180_000);

let cameraBrowser: Browser | null = null;
const videoDir = mkdtempSync(join(tmpdir(), 'vd-camera-'));

afterAll(async () => {
  await cameraBrowser?.close().catch(() => {});
  await h?.close();
  rmSync(videoDir, { recursive: true, force: true });
});

describe('reception on two phones', () => {
  it('shows the secretary the demo list at 70/30 on the live gauge', async () => {
    await office.goto(`/conferences/${cid}/delegates`);
    const gauge = office.getByTestId('composition-gauge');
    await gauge.waitFor();
    await expect.poll(() => gauge.getByTestId('gauge-total').textContent()).toBe('100/100 đại biểu');
    const exemplary = gauge.locator('[data-testid^="gauge-share:"]').first();
    const guests = gauge.locator('[data-testid^="gauge-share:"]').nth(1);
    expect(await exemplary.textContent()).toContain('70 người · 70%');
    expect(await guests.textContent()).toContain('30 người · 30%');
    expect(await gauge.locator('[data-ok="false"]').count()).toBe(0);
    await seeText(office, 'Đúng cơ cấu');
  });

  it('checks in by the QR URL on one phone; the other sees it live in its "nguyen van" search', async () => {
    // Phone B: the reception page, searching without accents.
    await phoneB.goto(`/conferences/${cid}/reception`);
    await phoneB.getByRole('searchbox', { name: 'Tìm theo tên (không cần dấu)' }).fill('nguyen van');
    const cards = phoneB.getByTestId('checkin-card');
    await cards.first().waitFor();
    const names = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(foldVietnamese(n)).toContain('nguyen van');
    await expect.poll(() => phoneB.getByTestId('live-state').textContent()).toBe('Trực tiếp');
    await seeText(phoneB, 'Đã đến 0/100');

    // Phone A opens the invitation's QR URL of the first one phone B sees.
    const id = (await cards.first().getAttribute('data-id')) ?? '';
    const target = invitations.find((e) => e.delegateId === id);
    expect(target).toBeDefined();
    await phoneA.goto(target!.checkinPath);
    const outcome = phoneA.getByTestId('checkin-outcome');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-kind')).toBe('new');
    expect(await outcome.textContent()).toContain(`Đã đón ${target!.fullName}`);

    // Phone B, not reloaded: the card turns to "Đã đón lúc … bởi Lê Thị Vy" and the count moves.
    const card = phoneB.locator(`[data-testid="checkin-card"][data-id="${id}"]`);
    await card.getByTestId('arrived').waitFor({ timeout: 5_000 });
    expect(await card.getByTestId('arrived').textContent()).toMatch(/Đã đón lúc \d\d:\d\d bởi Lê Thị Vy/);
    await seeText(phoneB, 'Đã đến 1/100');

    // A second scan changes nothing and says when and by whom.
    await phoneA.goto(target!.checkinPath);
    await expect.poll(() => phoneA.getByTestId('checkin-outcome').getAttribute('data-kind')).toBe('repeat');
    expect(await phoneA.getByTestId('checkin-outcome').textContent()).toMatch(
      /Đã đón lúc \d\d:\d\d bởi Lê Thị Vy/,
    );
    await seeText(phoneB, 'Đã đến 1/100');
  });

  it('checks in with one tap from the search, seen live on the other phone', async () => {
    const cards = phoneB.getByTestId('checkin-card');
    const open = cards.filter({ hasNot: phoneB.getByTestId('arrived') }).first();
    const id = (await open.getAttribute('data-id')) ?? '';
    await phoneA.goto(`/conferences/${cid}/reception`);
    await seeText(phoneA, 'Đã đến 1/100');
    await open.getByRole('button', { name: 'Đón' }).click();
    await expect.poll(() => phoneB.getByTestId('checkin-outcome').getAttribute('data-kind')).toBe('new');
    await seeText(phoneA, 'Đã đến 2/100');
    await phoneA.getByRole('searchbox', { name: 'Tìm theo tên (không cần dấu)' }).fill('nguyen van');
    await phoneA.locator(`[data-testid="checkin-card"][data-id="${id}"]`).getByTestId('arrived').waitFor();
  });

  it('refuses a forged token URL with a clear message and records nothing', async () => {
    await phoneA.goto(`/checkin/${randomBytes(32).toString('base64url')}`);
    const outcome = phoneA.getByTestId('checkin-outcome');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-kind')).toBe('error');
    expect(await outcome.textContent()).toContain('Mã mời không hợp lệ');
    await phoneB.reload();
    await seeText(phoneB, 'Đã đến 2/100');
  });

  it('lists who has not arrived, ready to print, and refuses a walk-in over the cap with the numbers', async () => {
    await phoneB.goto(`/conferences/${cid}/reception/not-arrived`);
    await seeText(phoneB, 'Đại biểu chưa đến — 98 người');
    expect(await phoneB.getByTestId('not-arrived').locator('tbody tr').count()).toBe(98);

    await phoneA.goto(`/conferences/${cid}/reception`);
    await phoneA.getByRole('button', { name: 'Khách đến không có trong danh sách' }).click();
    const dialog = phoneA.getByRole('dialog');
    await dialog.getByLabel(/^Họ và tên/).fill('Trần Văn Khách');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText(/Vượt số đại biểu tối đa.*100/).waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await seeText(phoneA, 'Đã đến 2/100');
  });

  it('moves the secretary’s gauge as the list changes; a broken list needs the chair; RSVP with a substitute', async () => {
    await office.goto(`/conferences/${cid}/delegates`);
    const gauge = office.getByTestId('composition-gauge');
    await gauge.waitFor();
    const exemplary = gauge.locator('[data-testid^="gauge-share:"]').first();
    const guests = gauge.locator('[data-testid^="gauge-share:"]').nth(1);
    // One exemplary delegate becomes a guest: 69/31 breaks the "≤ 30% guests" rule.
    await office.getByRole('button', { name: 'Thao tác' }).first().click();
    await office.getByRole('menuitem', { name: 'Sửa' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel(/^Nhóm đại biểu/).click();
    await office.getByRole('option', { name: 'Đại biểu khách mời' }).click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => exemplary.textContent()).toContain('69 người · 69%');
    expect(await guests.textContent()).toContain('31 người · 31%');
    expect(await guests.getAttribute('data-ok')).toBe('false');
    // Removing 2 guests gets back to ≤ 30% (29/99); removing 1 would leave 30/99 = 30.3%.
    expect(await guests.textContent()).toContain('Thừa 2 đại biểu khách mời so với mức tối đa 30%');
    await seeText(office, 'Chưa đúng cơ cấu');

    // The secretary may not finalize a list that breaks a rule: that takes the chair's reason.
    await office.getByRole('button', { name: 'Chốt danh sách' }).click();
    const finalize = office.getByRole('dialog');
    await finalize.getByText('Thừa 2 đại biểu khách mời so với mức tối đa 30%').waitFor();
    await finalize.getByText('Chỉ Chủ tịch Hội đồng được chốt danh sách chưa đúng cơ cấu.').waitFor();
    expect(await finalize.getByRole('button', { name: 'Chốt danh sách' }).isDisabled()).toBe(true);
    await finalize.getByRole('button', { name: 'Hủy' }).click();

    // RSVP: a delegate sends a substitute, whose name is kept.
    await office.getByLabel('Xác nhận', { exact: true }).first().click();
    await office.getByRole('option', { name: 'Cử người dự thay' }).click();
    const substitute = office.getByRole('dialog');
    await substitute.getByLabel(/^Họ tên người dự thay/).fill('Lê Văn Thế');
    await substitute.getByRole('button', { name: 'Lưu' }).click();
    await seeText(office, 'Lê Văn Thế');
  });
});

describe('scanning with the phone camera', () => {
  it('reads the invitation QR code from the camera and checks the delegate in', async () => {
    // A delegate nobody has checked in yet, and the URL printed on their invitation.
    const summary = await (await office.request.get(`/api/conferences/${cid}/checkin/not-arrived`)).json();
    const target = invitations.find((e) => e.delegateId === summary.items[0].id)!;
    const url = `${h.baseUrl}${target.checkinPath}`;
    cameraBrowser = await launchWithCamera(writeQrVideo(videoDir, url));
    const context = await cameraBrowser.newContext({ baseURL: h.baseUrl, viewport: PHONE, locale: 'vi-VN' });
    context.setDefaultTimeout(15_000);
    const phone = await context.newPage();
    await login(phone, 'letan');
    await phone.goto(`/conferences/${cid}/reception`);
    await phone.getByRole('button', { name: 'Quét mã QR' }).click();
    const outcome = phone.getByTestId('checkin-outcome');
    await outcome.waitFor({ timeout: 20_000 });
    expect(await outcome.textContent()).toContain(target.fullName);
    expect(await outcome.getAttribute('data-kind')).not.toBe('error');
    // The other phone sees it arrive.
    await phoneB.goto(`/conferences/${cid}/reception/not-arrived`);
    await seeText(phoneB, 'Đại biểu chưa đến — 97 người');
    await phone.getByRole('button', { name: 'Tắt camera' }).click();
  });
});
