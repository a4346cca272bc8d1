import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, login, seeText, startHarness } from './harness';

// Editing the plan: the shared rules show live, and the server refuses what they refuse.

const SHARES_ERROR = 'Tổng tỷ lệ các nhóm đại biểu phải bằng 100% (hiện là 95%)';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});
afterAll(async () => {
  await h?.close();
});

describe('plan edit', () => {
  it('shows the shares rule live and refuses to save', async () => {
    await login(page, 'thuky');
    await page.goto(`/conferences/${h.demo.conferenceId}`);
    await page.getByRole('link', { name: 'Sửa kế hoạch' }).click();
    await page.waitForURL('**/plan');
    const guests = page.getByLabel('Tỷ lệ (%) — Đại biểu khách mời');
    await guests.fill('25');
    await page.getByTestId('shares-error').getByText(SHARES_ERROR).waitFor();
    await page.getByTestId('live-issues').getByText(SHARES_ERROR).waitFor();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('save-error').getByText('Còn 1 lỗi cần sửa trước khi lưu').waitFor();
    expect(page.url()).toContain('/plan');
  });

  it('the server refuses the same plan with the message on the field', async () => {
    const detail = await (await page.request.get(`/api/conferences/${h.demo.conferenceId}`)).json();
    detail.plan.delegateRules.categories[1].sharePercent = 25;
    const res = await page.request.put(`/api/conferences/${h.demo.conferenceId}/plan`, {
      data: { plan: detail.plan, version: detail.version },
    });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error.fields['plan.delegateRules.categories']).toBe(SHARES_ERROR);
  });

  it('saves a valid change and shows it with its history', async () => {
    await page.getByLabel('Tỷ lệ (%) — Đại biểu khách mời').fill('30');
    await page.getByText('Kế hoạch hợp lệ').waitFor();
    await page.getByLabel(/^Số đại biểu tối đa/).fill('120');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(`**/conferences/${h.demo.conferenceId}`);
    await seeText(page, 'Tối đa 120 đại biểu');
    const history = page.getByTestId('history-panel');
    await history.getByText('Sửa kế hoạch').first().waitFor();
    const text = await history.textContent();
    expect(text).toContain('Trần Thị Hà');
    expect(text).toMatch(/Số đại biểu tối đa:\s*100\s*→\s*120/);
  });

  it('copies the conference into a new one and opens its plan', async () => {
    await page.getByRole('link', { name: 'Hội nghị', exact: true }).click();
    await page.waitForURL('**/conferences');
    await page.getByRole('button', { name: 'Sao chép thành hội nghị mới' }).click();
    await page.waitForURL(/\/conferences\/[0-9a-f-]{36}\/plan$/);
    expect(page.url()).not.toContain(h.demo.conferenceId);
    const name = await page.getByLabel(/^Tên hội nghị( \*)?$/).inputValue();
    expect(name).toBe('Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025 (bản sao)');
    // The copy keeps the plan's numbers (with this run's edit).
    expect(await page.getByLabel(/^Số đại biểu tối đa/).inputValue()).toBe('120');
  });
});
