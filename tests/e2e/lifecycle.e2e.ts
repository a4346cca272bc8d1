import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, login, seeText, startHarness } from './harness';

// A newcomer on the demo as `npm start` seeds it: the 2020 conference as it concluded and the live
// conference of the next period. Chị Hà sees 2020 concluded everywhere (no overdue banner); Bác
// Tâm (TDP 5) is told on the first page to send his unit's nominations today, and one tap takes
// him there.

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness({ full: true });
  page = await h.newPage();
}, 300_000);
afterAll(async () => {
  await h?.close();
});

describe('the secretary on the 2020 conference, as it concluded', () => {
  it('lands on the list with "Việc cần làm tiếp" for both conferences', async () => {
    await login(page, 'thuky');
    const panel = page.getByTestId('next-steps');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain('Việc cần làm tiếp');
    expect(text).toContain('Hội nghị đã kết thúc');
    expect(text).toMatch(/Còn \d+ đơn vị chưa gửi đủ báo cáo và đề nghị \(hạn \d\d\/\d\d\/\d{4}\)/);
  });

  it('shows the overview concluded: badge, every step done, no overdue banner', async () => {
    await page.goto(`/conferences/${h.demo.conferenceId}`);
    const badge = page.getByTestId('conference-stage');
    await badge.waitFor();
    expect(await badge.textContent()).toBe('Đã kết thúc');
    const steps = page.locator('nav li');
    expect(await steps.count()).toBe(8);
    expect(await page.locator('nav li[data-state="done"]').count()).toBe(8);
    const summary = page.getByTestId('status-summary');
    const text = await summary.textContent();
    expect(text).toContain('Đã kết thúc');
    expect(text).not.toMatch(/\d+ mốc đã quá hạn/);
    expect(text).toContain('không còn mốc nào quá hạn');
    await seeText(page, '31/03/2020 07:30');
  });

  it('shows the same story on the dashboard: 7/7 milestones done, 17/17 units', async () => {
    await page.goto(`/conferences/${h.demo.conferenceId}/dashboard`);
    await page.getByTestId('stat-timeline').waitFor();
    expect(await page.getByTestId('dash-stage').textContent()).toBe('Đã kết thúc');
    expect(await page.getByTestId('stat-timeline').textContent()).toContain('7/7 mốc hoàn thành');
    expect(await page.getByTestId('stat-units').textContent()).toContain('17/17');
    await seeText(page, 'Không có mốc quá hạn');
  });
});

describe('a TDP head on the live conference', () => {
  it('is told to send the unit’s report and nominations today, and one tap opens the unit', async () => {
    const phone = await h.newPage({ width: 390, height: 844 });
    await login(phone, 'tdp5');
    const link = phone.getByTestId('next-steps').locator('[data-kind="unit_submit"]');
    await link.waitFor();
    expect(await link.textContent()).toMatch(
      /Gửi báo cáo và đề nghị của đơn vị trước hết ngày \d\d\/\d\d\/\d{4}/,
    );
    await link.click();
    await phone.waitForURL(`**/units/${h.demo.unitIds.get('Tổ dân phố 5')}`);
  });
});
