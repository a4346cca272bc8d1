import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/shared/rules/vietnamese-text';
import { conferenceDayToday } from './conference-day';
import { type Harness, login, startHarness } from './harness';

// Đón tiếp ngoại tuyến: the hall's Wi-Fi drops. Phone A (the volunteer at the door) has the day's
// list on the phone, checks in three delegates by QR code and by name without the network, and
// a forged code; phone B, online, checks in one of the same delegates meanwhile. When A is back
// online its queue syncs: one check-in per delegate on the server, both phones agree, and the
// forged code is shown as refused.

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
  await Promise.all([login(office, 'thuky'), login(phoneA, 'letan'), login(phoneB, 'thuky')]);
  await conferenceDayToday(office, cid);
  const issued = await office.request.post(`/api/conferences/${cid}/delegates/invitations`, { data: {} });
  expect(issued.status()).toBe(200);
  invitations = (await issued.json()).items;
}, 180_000);

afterAll(async () => {
  await h?.close();
});

const indicator = (p: Page) => p.getByTestId('connection-indicator');
const outcome = () => phoneA.getByTestId('checkin-outcome').textContent();

async function byCode(text: string) {
  await phoneA.getByLabel('Mã trên giấy mời').fill(text);
  await phoneA.getByRole('button', { name: 'Đón theo mã' }).click();
}

describe('reception without the network', () => {
  it('checks in offline, syncs once back online, with no duplicate', async () => {
    const [qr1, qr2, named] = [invitations[0]!, invitations[1]!, invitations[2]!];
    await phoneA.goto(`/conferences/${cid}/reception`);
    await phoneA.getByText('Đã lưu 100 đại biểu trên máy để đón khi mất mạng').waitFor();
    expect(await indicator(phoneA).textContent()).toContain('Trực tuyến');
    await phoneB.goto(`/conferences/${cid}/reception`);
    await expect.poll(() => phoneB.getByTestId('arrived-count').textContent()).toBe('Đã đến 0/100');

    await phoneA.context().setOffline(true);
    await expect.poll(() => indicator(phoneA).getAttribute('data-state')).toBe('offline');
    expect(await indicator(phoneA).textContent()).toContain('Ngoại tuyến');

    // by QR code (the invitation's check-in link, as the scanner reads it) and by name
    await byCode(`${h.baseUrl}${qr1.checkinPath}`);
    await expect.poll(outcome).toContain(`Đã đón ${qr1.fullName}`);
    expect(await outcome()).toContain('chờ đồng bộ');
    await byCode(qr2.checkinPath.split('/').pop()!);
    await expect.poll(outcome).toContain(`Đã đón ${qr2.fullName}`);
    await phoneA
      .getByRole('searchbox', { name: 'Tìm theo tên (không cần dấu)' })
      .fill(foldVietnamese(named.fullName));
    const card = phoneA.getByTestId('checkin-card').filter({ hasText: named.fullName }).first();
    await card.getByRole('button', { name: 'Đón' }).click();
    await expect.poll(outcome).toContain(`Đã đón ${named.fullName}`);
    await card.getByTestId('arrived').waitFor();
    await card.getByTestId('pending-mark').waitFor();
    await expect.poll(() => phoneA.getByTestId('pending-count').textContent()).toBe('3 lượt chờ đồng bộ');
    expect(await indicator(phoneA).textContent()).toContain('Ngoại tuyến');

    // a forged code is queued too (the phone cannot tell offline), and refused at sync
    await byCode(randomBytes(32).toString('base64url'));
    await expect.poll(outcome).toContain('chờ đồng bộ');
    await expect.poll(() => phoneA.getByTestId('pending-count').textContent()).toBe('4 lượt chờ đồng bộ');

    // phone B, online, checks in one of the same delegates meanwhile
    const b = await phoneB.request.post(`/api/conferences/${cid}/checkins`, {
      data: { delegateId: qr2.delegateId },
    });
    expect(b.status()).toBe(201);
    await expect.poll(() => phoneB.getByTestId('arrived-count').textContent()).toBe('Đã đến 1/100');

    await phoneA.context().setOffline(false);
    await expect.poll(() => indicator(phoneA).getAttribute('data-state'), { timeout: 15_000 }).toBe('online');
    await phoneA.getByTestId('pending-count').waitFor({ state: 'detached', timeout: 15_000 });
    const refused = phoneA.getByTestId('sync-notices').locator('[data-status="refused"]');
    await expect.poll(() => refused.textContent()).toContain('Mã mời không hợp lệ');

    // the server: exactly one check-in per delegate, the earliest (phone A's, made offline) kept
    const list = await (await office.request.get(`/api/conferences/${cid}/checkin/day-list`)).json();
    const arrived = (list.delegates as { id: string; checkIn: { byName: string } | null }[]).filter(
      (d) => d.checkIn,
    );
    expect(arrived.map((d) => d.id).sort()).toEqual(
      [qr1.delegateId, qr2.delegateId, named.delegateId].sort(),
    );
    expect(arrived.every((d) => d.checkIn!.byName === 'Lê Thị Vy')).toBe(true);
    const summary = await (await office.request.get(`/api/conferences/${cid}/checkin/summary`)).json();
    expect(summary.arrived).toBe(3);

    // both phones show it
    await expect
      .poll(() => phoneB.getByTestId('arrived-count').textContent(), { timeout: 15_000 })
      .toBe('Đã đến 3/100');
    await expect
      .poll(() => phoneA.getByTestId('arrived-count').textContent(), { timeout: 15_000 })
      .toBe('Đã đến 3/100');
  });
});
