import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, login, openFromConference, seeText, startHarness } from './harness';

// Bảng điều khiển: the secretary opens it from the conference page, sees the charts drawn (SVG) and
// opens a chart's numbers as a table; on a 390 px phone nothing overflows sideways.

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function openDashboard(page: Page) {
  await openFromConference(page, h, { username: 'thuky', link: 'Mở bảng điều khiển', path: 'dashboard' });
  await page.getByRole('heading', { level: 1, name: 'Bảng điều khiển' }).waitFor();
}

describe('dashboard (bảng điều khiển)', () => {
  it('shows the charts and their numbers as a table', async () => {
    const page = await h.newPage();
    await openDashboard(page);

    // the charts are drawn: bars (our SVG) and rings (RingProgress SVG)
    const byUnit = page.getByTestId('dash-by-unit');
    await byUnit.locator('svg[data-chart="bar"]').waitFor();
    expect(await byUnit.locator('svg[data-chart="bar"] rect').count()).toBeGreaterThanOrEqual(17);
    await page.getByTestId('dash-timeline').locator('svg').first().waitFor();
    const delegates = page.getByTestId('dash-delegates');
    await delegates.locator('svg').first().waitFor();

    // units that have not submitted, by name (nothing is submitted in the fresh demo)
    const units = page.getByTestId('dash-units');
    await units.getByRole('rowheader', { name: 'Tổ dân phố 5' }).waitFor();
    expect(await units.getByText('0/17 đơn vị đã nộp đủ').count()).toBe(1);

    // the table toggle: hidden until asked, then a real table with the numbers
    expect(await delegates.locator('table').count()).toBe(0);
    const toggle = delegates.getByRole('button', { name: 'Xem bảng số liệu' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const table = delegates.locator('table');
    await table.waitFor();
    expect(
      await delegates.getByRole('button', { name: 'Ẩn bảng số liệu' }).getAttribute('aria-expanded'),
    ).toBe('true');
    // the demo list: 70 exemplary delegates and 30 guests
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^Đại biểu điển hình tiên tiến.* 70 70%$/),
      expect.stringMatching(/^Đại biểu khách mời 30 30%$/),
    ]);
    const total = await table.locator('tfoot th').allTextContents();
    expect(total).toEqual(['Tổng cộng', '100', '100%']);

    // nominations by unit: one row per unit, all 0 before anyone sends
    await byUnit.getByRole('button', { name: 'Xem bảng số liệu' }).click();
    const unitRows = byUnit.locator('table tbody tr');
    await unitRows.first().waitFor();
    expect(await unitRows.count()).toBe(17);
    await seeText(page, 'Dự trù kinh phí');
  });

  it('fits a 390 px phone', async () => {
    const page = await h.newPage({ width: 390, height: 844 });
    await openDashboard(page);
    await page.getByTestId('dash-by-unit').locator('svg[data-chart="bar"]').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('is not offered to a unit head', async () => {
    const page = await h.newPage();
    await login(page, 'tdp5');
    await page.goto(`/conferences/${h.demo.conferenceId}`);
    await seeText(page, 'Mốc thời gian');
    expect(await page.getByRole('link', { name: 'Mở bảng điều khiển' }).count()).toBe(0);
  });
});
