import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng } from '../helpers/files';
import { nativeDateInputs } from './date-inputs';
import { type Harness, login, seeText, startHarness } from './harness';

// Bác Tâm, head of residential group 5, on a 390 px phone: reads the conference, then proposes
// someone — saves half a form, takes her photo before the first save, completes it and sends it.

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage({ width: 390, height: 844 });
});
afterAll(async () => {
  await h?.close();
});

const noHorizontalScroll = (p: Page) =>
  p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

describe('unit head on a phone', () => {
  it('logs in and reads the conference overview', async () => {
    await login(page, 'tdp5');
    await page.getByText('Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025').click();
    await seeText(page, 'Mốc thời gian');
    await seeText(page, '23/03/2020');
    await seeText(page, 'Tối đa 100 đại biểu');
    // Read only: no edit buttons for him.
    expect(await page.getByRole('button', { name: /^Sửa mốc/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Sửa kế hoạch' }).count()).toBe(0);
    expect(await noHorizontalScroll(page)).toBe(true);
  });

  it('opened from a link, his unit page asks the server for each of its parts once', async () => {
    // A full load of the address, as from a link in a message: the app asks for the session, the
    // conference, his unit's nominations, quota and report together, and none of them twice.
    const unitId = h.demo.unitIds.get('Tổ dân phố 5');
    const asked: string[] = [];
    const record = (r: { method(): string; url(): string }) => {
      const url = new URL(r.url());
      if (r.method() === 'GET' && url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
    };
    page.on('request', record);
    await page.goto(`/conferences/${h.demo.conferenceId}/units/${unitId}`);
    await page.getByRole('heading', { level: 1, name: 'Tổ dân phố 5' }).waitFor();
    await page.waitForLoadState('networkidle');
    page.off('request', record);
    const base = `/api/conferences/${h.demo.conferenceId}`;
    for (const part of [
      '/api/auth/me',
      base,
      `${base}/submissions`,
      `${base}/quotas`,
      `${base}/nominations?unitId=${unitId}&limit=500&offset=0`,
      `${base}/units/${unitId}/report`,
    ])
      expect(
        asked.filter((a) => a === part),
        part,
      ).toHaveLength(1);
    expect(asked.length - new Set(asked).size, asked.join('\n')).toBe(0);
  });

  it('sees only his own unit on the units page', async () => {
    await page.getByRole('button', { name: 'Mở/đóng menu' }).click();
    await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    await page.waitForURL('**/units');
    await seeText(page, 'Tổ dân phố 5');
    const text = await page.locator('main').textContent();
    expect(text).not.toContain('Tổ dân phố 4');
    expect(text).not.toContain('Công an phường');
    expect(await page.getByRole('button', { name: 'Thêm đơn vị' }).count()).toBe(0);
    expect(await noHorizontalScroll(page)).toBe(true);
  });
});

const FORM = 'Điển hình tiên tiến được biểu dương (cá nhân)';
const NAME = 'Hoàng Thị Xuân';

/** Do two boxes on the screen overlap? */
async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) throw new Error('not on screen');
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

const top = async (l: Locator) => (await l.boundingBox())?.y ?? Number.NaN;

describe('a nominee from the phone: half a form, a photo, then sending', () => {
  beforeAll(async () => {
    // The demo's deadline (23/3/2020) has passed: the secretary moves it a week ahead.
    const office = await h.newPage();
    await login(office, 'thuky');
    const cid = h.demo.conferenceId;
    const conf = await (await office.request.get(`/api/conferences/${cid}`)).json();
    const m = conf.milestones.find((x: { kind: string }) => x.kind === 'submission_deadline');
    const day = new Date(Date.now() + 7 * 3600_000 + 7 * 86_400_000).toISOString().slice(0, 10);
    const res = await office.request.put(`/api/conferences/${cid}/milestones/${m.id}`, {
      data: { ...m, startDate: day, endDate: null, version: m.version },
    });
    expect(res.status()).toBe(200);
  });

  it('saves a half-filled draft with a photo taken before the first save', async () => {
    const unitId = h.demo.unitIds.get('Tổ dân phố 5');
    await page.goto(`/conferences/${h.demo.conferenceId}/units/${unitId}`);
    await page.getByRole('link', { name: 'Thêm người được đề nghị' }).click();
    await page.waitForURL('**/nominations/new');
    await page.getByLabel(/^Hình thức khen thưởng đề nghị/).selectOption({ label: FORM });
    await page.getByLabel(/^Họ và tên/).fill(NAME);
    // the review box asks for four things, but a draft may leave them half done
    await page.getByLabel('Đơn vị đã họp bình xét').check();
    const meeting = page.getByLabel(/^Ngày họp bình xét/);
    expect(await meeting.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await meeting.fill('19/3/2020');
    await meeting.blur();
    expect(await meeting.inputValue()).toBe('19/03/2020');
    await page.getByLabel(/^Số thành viên có mặt/).fill('9');
    expect(await nativeDateInputs(page)).toBe(0);

    // "Chụp ảnh": the phone's camera; the photo waits for the save, shown small at once
    await page
      .locator('input[type="file"][capture]')
      .setInputFiles({ name: 'anh-chan-dung.png', mimeType: 'image/png', buffer: tinyPng() });
    const files = page.getByTestId('attachments');
    const staged = files.getByTestId('attachment-thumbnail');
    await staged.waitFor();
    expect(await staged.getAttribute('src')).toMatch(/^blob:/);
    const save = page.getByRole('button', { name: 'Lưu bản nháp' });
    expect(await top(files)).toBeLessThan(await top(save));
    expect(await noHorizontalScroll(page)).toBe(true);

    await save.click();
    await page.waitForURL(/\/nominations\/[0-9a-f-]{36}$/);
    const title = page.getByRole('heading', { level: 1, name: NAME });
    await title.waitFor();
    // the page opens at its top, and the notice does not cover its title on a phone
    const titleBox = await title.boundingBox();
    expect(titleBox!.y).toBeGreaterThan(0);
    expect(titleBox!.y + titleBox!.height).toBeLessThan(844);
    const toast = page.locator('.mantine-Notification-root').filter({ hasText: 'Đã lưu đề nghị (bản nháp)' });
    await toast.waitFor();
    expect(await overlap(toast, title)).toBe(false);
    expect(await top(toast)).toBeGreaterThan(844 / 2); // phones: at the bottom, away from titles
    // the photo was stored with the draft: its thumbnail is the server's image, loaded
    const thumb = page.getByTestId('attachments').getByTestId('attachment-thumbnail');
    await thumb.waitFor();
    expect(await thumb.getAttribute('src')).toMatch(/\/attachments\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => thumb.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
      .toBeGreaterThan(0);
    await page.getByTestId('attachments').getByText('anh-chan-dung.png').waitFor();
    await seeText(page, 'Họp ngày 19/03/2020');
    expect(await noHorizontalScroll(page)).toBe(true);
  });

  it('is told what is missing, completes it, confirms and sends', async () => {
    await page.getByRole('button', { name: 'Gửi cho Hội đồng' }).click();
    const incomplete = page.getByRole('dialog', { name: 'Chưa gửi được: còn thiếu thông tin' });
    const missing = incomplete.getByTestId('missing-fields');
    await missing.getByText('Năm sinh là bắt buộc').waitFor();
    await missing.getByText('Số phiếu đồng ý là bắt buộc').waitFor();
    expect(await missing.textContent()).not.toMatch(/YYYY/i);
    await incomplete.getByRole('link', { name: 'Sửa thông tin' }).click();
    await page.waitForURL('**/edit');

    await page.locator('label').filter({ hasText: /^Nữ$/ }).click();
    await page.getByLabel(/^Năm sinh/).fill('1961');
    await page.getByLabel(/^Chức vụ\/nghề nghiệp/).fill('Tổ phó tổ dân phố');
    await page.getByLabel(/^Nhóm đối tượng/).selectOption({ label: 'Người trực tiếp lao động sản xuất' });
    await page.getByLabel(/^Số phiếu đồng ý/).fill('9');
    await page.getByLabel(/^Tổng số phiếu/).fill('9');
    expect(await page.getByLabel(/^Ngày họp bình xét/).inputValue()).toBe('19/03/2020');
    await page.getByTestId('attachment-thumbnail').waitFor();
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.waitForURL(/\/nominations\/[0-9a-f-]{36}$/);

    // everything that is sent, the photo included, is above the button that sends it
    const send = page.getByRole('button', { name: 'Gửi cho Hội đồng' });
    await send.waitFor();
    expect(await top(page.getByTestId('attachments'))).toBeLessThan(await top(send));
    await send.click();
    const confirm = page.getByRole('dialog', { name: 'Gửi đề nghị cho Hội đồng?' });
    const what = (await confirm.getByTestId('confirm-what').textContent()) ?? '';
    for (const part of [NAME, FORM, 'Tổ dân phố 5', 'Kèm 1 tệp đính kèm']) expect(what).toContain(part);
    expect(await noHorizontalScroll(page)).toBe(true);
    await confirm.getByRole('button', { name: 'Gửi cho Hội đồng' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByText('Đã gửi', { exact: true }).first().waitFor();
    const history = page.getByTestId('history');
    await history.getByText('Đơn vị gửi cho Hội đồng').waitFor();
    expect(await history.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · Nguyễn Văn Tâm/);
    await seeText(page, 'Họp ngày 19/03/2020: 9 thành viên có mặt, 9/9 phiếu đồng ý');
  });
});
