import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conferenceDayToday } from './conference-day';
import { type Harness, login, startHarness } from './harness';

// A reception volunteer (390 px phone) taps "Đón" on the wrong person and takes it back with
// "Hoàn tác": after confirming, the person reads as not arrived again, "Đón" is offered again and
// the arrived count goes back down.

const PHONE = { width: 390, height: 844 };

let h: Harness;
let cid: string;
let phone: Page;

beforeAll(async () => {
  h = await startHarness();
  cid = h.demo.conferenceId;
  const office = await h.newPage();
  phone = await h.newPage(PHONE);
  await Promise.all([login(office, 'thuky'), login(phone, 'letan')]);
  await conferenceDayToday(office, cid);
}, 180_000);

afterAll(async () => {
  await h?.close();
});

const arrivedCount = () => phone.getByTestId('arrived-count').textContent();

/** The button fits the phone's width and is big enough to tap (≥ 44 px high). */
async function expectTappable(name: string) {
  const box = await phone.getByRole('button', { name }).first().boundingBox();
  expect(box).not.toBeNull();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
}

describe('reception undoes a check-in', () => {
  it('checks in the wrong person, undoes it, and the person is not arrived again', async () => {
    await phone.goto(`/conferences/${cid}/reception`);
    await expect.poll(arrivedCount).toBe('Đã đến 0/100');
    await phone.getByRole('searchbox', { name: 'Tìm theo tên (không cần dấu)' }).fill('huong');
    const card = phone.getByTestId('checkin-card').filter({ hasText: 'Nguyễn Thị Hường' });
    await card.getByRole('button', { name: 'Đón' }).click();
    await expect
      .poll(() => phone.getByTestId('checkin-outcome').textContent())
      .toContain('Đã đón Nguyễn Thị Hường');
    await expect.poll(arrivedCount).toBe('Đã đến 1/100');
    await card.getByTestId('arrived').waitFor();

    // "Hoàn tác" under the answer and on the card, both reachable on the phone
    const undoName = 'Hoàn tác lượt đón Nguyễn Thị Hường';
    expect(await phone.getByRole('button', { name: undoName }).count()).toBe(2);
    await expectTappable(undoName);
    await phone.getByTestId('checkin-outcome').getByRole('button', { name: undoName }).click();

    // a confirmation first: "Không" keeps the check-in
    const dialog = phone.getByRole('dialog', { name: 'Hoàn tác lượt đón?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Nguyễn Thị Hường sẽ trở lại danh sách chưa đến');
    await dialog.getByRole('button', { name: 'Không, giữ lượt đón' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await arrivedCount()).toBe('Đã đến 1/100');

    await card.getByRole('button', { name: undoName }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Hoàn tác lượt đón' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => phone.getByTestId('checkin-outcome').textContent())
      .toMatch(/^Đã hoàn tác lượt đón Nguyễn Thị Hường \(lúc \d\d:\d\d\): chưa đến$/);
    expect(await phone.getByTestId('checkin-outcome').getAttribute('data-kind')).toBe('undone');
    await expect.poll(arrivedCount).toBe('Đã đến 0/100');
    await card.getByRole('button', { name: 'Đón' }).waitFor();
    expect(await card.getByTestId('arrived').count()).toBe(0);

    // the not-arrived list has her again
    await phone.getByRole('link', { name: 'Danh sách chưa đến' }).click();
    await phone.getByText('Nguyễn Thị Hường').first().waitFor();
  });
});
