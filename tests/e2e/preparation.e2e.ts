import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatVnd } from '../../src/shared/rules/prize-money';
import { type Harness, login, seeText, startHarness } from './harness';

// Chị Hà (secretary) opens "Công việc và hậu cần" from the conference page, creates the tasks
// from the plan and sees owners and red overdue marks (the demo is in 2020); then the budget
// page shows the total in figures and in words. Anh Phúc (finance) sees his own tasks.

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});
afterAll(async () => {
  await h?.close();
});

describe('preparation pages', () => {
  it('creates the plan’s tasks and shows owners and overdue marks', async () => {
    await login(page, 'thuky');
    await page.goto(`/conferences/${h.demo.conferenceId}`);
    await page.getByRole('link', { name: 'Công việc và hậu cần' }).click();
    await page.waitForURL(`**/conferences/${h.demo.conferenceId}/tasks`);
    await page.getByRole('button', { name: 'Tạo từ kế hoạch' }).click();
    await seeText(page, 'Hội đồng TĐKT');
    expect(await page.getByTestId('overdue').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: /Hậu cần/ }).click();
    await seeText(page, 'Nước uống phục vụ Hội nghị');
    await seeText(page, 'Công chức Tài chính - Kế toán');
    await seeText(page, 'Công chức Văn hóa - Xã hội');
  });

  it('shows the budget total in figures and in words', async () => {
    await page.goto(`/conferences/${h.demo.conferenceId}/budget`);
    await seeText(page, 'Dự trù kinh phí');
    const res = await page.request.get(`/api/conferences/${h.demo.conferenceId}/budget`);
    const b = (await res.json()) as { estimate: number; estimateInWords: string };
    expect(b.estimate).toBeGreaterThan(0);
    await page
      .getByTestId('budget-total')
      .filter({ hasText: formatVnd(b.estimate) })
      .waitFor();
    await seeText(page, b.estimateInWords);
    await seeText(page, 'Tự tính');
  });

  it('lists the finance officer’s own tasks on the conference page', async () => {
    const finance = await h.newPage();
    await login(finance, 'taichinh');
    await finance.goto(`/conferences/${h.demo.conferenceId}`);
    await seeText(finance, 'Việc của tôi');
    await seeText(finance, 'Tiền thưởng kèm theo các hình thức khen thưởng');
  });
});
