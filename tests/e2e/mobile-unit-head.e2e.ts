import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, login, seeText, startHarness } from './harness';

// Bác Tâm, head of residential group 5, on a 390 px phone.

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
