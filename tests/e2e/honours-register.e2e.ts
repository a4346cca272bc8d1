import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAST_HONOUR_FORMS } from '../../src/server/seed/van-yen-past-honours';
import { type Harness, login, seeText, startHarness } from './harness';

// Sổ khen thưởng on a phone (390 px): the secretary imports the earlier honours
// (tests/fixtures/past-honours.xlsx), looks a name up without diacritics, opens the person's page,
// merges a likely duplicate and splits it again; nothing is wider than the screen.

const FIXTURE = join(import.meta.dirname, '../fixtures/past-honours.xlsx');
let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage({ width: 390, height: 844 });
});
afterAll(async () => {
  await h?.close();
});

const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the honours register on a phone', () => {
  it('imports the earlier decisions, all rows at once', async () => {
    await login(page, 'thuky');
    const org = `/api/organizations/${h.demo.organizationId}`;
    // the register's catalogue of forms (the demo seed adds it; here through the API)
    for (const f of PAST_HONOUR_FORMS) {
      const res = await page.request.post(`${org}/honour-forms`, { data: f });
      expect([201, 409]).toContain(res.status());
    }
    await page.getByRole('button', { name: 'Mở/đóng menu' }).click();
    await page.getByRole('link', { name: 'Sổ khen thưởng' }).click();
    await page.waitForURL('**/honours');
    await page.getByRole('link', { name: 'Nhập khen thưởng cũ' }).click();
    await page.locator('input[type="file"]').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    const done = page.getByTestId('import-done');
    await done.waitFor();
    expect(await done.textContent()).toMatch(/Đã nhập 78 khen thưởng \(27 người\/tập thể mới vào sổ\)/);
    expect(await sideways()).toBeLessThanOrEqual(0);

    // the same file again: every row is already in the register, nothing is stored
    await page.reload();
    await page.locator('input[type="file"]').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toMatch(
      /Dòng 5, cột 'Số quyết định': Trần Thị Hường đã có .* trong sổ/,
    );
    expect(await sideways()).toBeLessThanOrEqual(0);
  });

  it('finds a name without diacritics and opens the person’s page', async () => {
    await page.goto('/honours');
    await page.getByLabel('Họ tên / tên tập thể').fill('thu ha');
    await seeText(page, '9 khen thưởng');
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page.getByTestId('honour-cards').getByRole('link', { name: 'Đặng Thị Thu Hà' }).first().click();
    await page.waitForURL('**/honours/subjects/**');
    await seeText(page, 'Sinh năm 1979');
    await seeText(page, 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)');
    expect(await sideways()).toBeLessThanOrEqual(0);
  });

  it('merges a likely duplicate after a confirm, and splits it again', async () => {
    await page.goto('/honours/duplicates');
    const pair = page.getByTestId('duplicate-pair').filter({ hasText: 'Đặng Thị Thu Hà' });
    await pair.getByText('Cùng họ tên, năm sinh lệch 1 năm').waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await pair.getByRole('button', { name: /Gộp/ }).click();
    await page.getByRole('radio', { name: /1979/ }).check();
    await page.getByRole('dialog').getByRole('button', { name: 'Gộp' }).click();
    await page.waitForURL('**/honours/subjects/**');
    await seeText(page, 'Định danh đã gộp vào đây');
    await page.getByRole('button', { name: /Tách Đặng Thị Thu Hà/ }).click();
    await seeText(page, 'Đã tách định danh.');
    expect(await page.getByText('Định danh đã gộp vào đây').count()).toBe(0);
  });
});
