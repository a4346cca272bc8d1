import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { harnessForFile, login } from './harness';

// Báo cáo tổng kết of the live conference as `npm start` seeds it: the secretary opens it from the
// conference page, its figures equal the dashboard's for the same conference (both pages read as a
// user reads them), then edits a section, saves, reloads and finds the text kept.

const s = harnessForFile({ full: true });
const live = () => (s.h.demo as unknown as { liveConferenceId: string }).liveConferenceId;

/** A table's rows as "label → first number" (the row header, then the first cell). */
async function counts(table: Locator): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const row of await table.locator('tbody tr').all()) {
    const label = ((await row.locator('th').first().textContent()) ?? '').trim();
    const first = ((await row.locator('td').first().textContent()) ?? '').trim();
    out[label] = Number(first.replace(/\D.*$/s, ''));
  }
  return out;
}

describe('báo cáo tổng kết (summary report)', () => {
  it('shows the same figures as the dashboard, and keeps an edited section', async () => {
    const { page } = s;
    await login(page, 'thuky');
    await page.goto(`/conferences/${live()}`);
    await page.getByRole('link', { name: 'Báo cáo tổng kết' }).first().click();
    await page.waitForURL(`**/conferences/${live()}/summary-report`);
    await page.getByRole('heading', { level: 1, name: 'Báo cáo tổng kết' }).waitFor();

    const stats = page.getByTestId('sr-statistics');
    const total = Number(await stats.getByTestId('sr-nominations').textContent());
    const reportByGender = await counts(page.getByTestId('sr-by-gender'));
    const reportByForm = await counts(page.getByTestId('sr-by-form'));
    const reportByGroup = await counts(page.getByTestId('sr-by-group'));
    expect(total).toBeGreaterThan(0);

    await page.goto(`/conferences/${live()}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Bảng điều khiển' }).waitFor();
    const table = async (testId: string) => {
      const card = page.getByTestId(testId);
      await card.getByRole('button', { name: 'Xem bảng số liệu' }).click();
      const t = card.locator('table');
      await t.waitFor();
      return counts(t);
    };
    const dashByGender = await table('dash-by-gender');
    const dashByForm = await table('dash-by-form');
    const dashByGroup = await table('dash-by-group');
    expect(reportByGender).toEqual(dashByGender);
    expect(reportByForm).toEqual(dashByForm);
    expect(reportByGroup).toEqual(dashByGroup);
    expect(Object.values(dashByForm).reduce((a, b) => a + b, 0)).toBe(total);

    // edit Part 2's first section, save, reload
    await page.goto(`/conferences/${live()}/summary-report`);
    const goals = page.getByTestId('section-goals');
    const text =
      'Phấn đấu đến năm 2030 phường Văn Yên đạt chuẩn đô thị văn minh.\n\n- 100% tổ dân phố văn hóa';
    await goals.getByRole('textbox').fill(text);
    await goals.getByRole('button', { name: 'Lưu mục' }).click();
    await goals.getByText(/Sửa lần cuối: Trần Thị Hà/).waitFor();
    await page.reload();
    await page.getByTestId('section-goals').getByRole('textbox').waitFor();
    expect(await page.getByTestId('section-goals').getByRole('textbox').inputValue()).toBe(text);
    // the history holds the saved text
    await page.getByTestId('section-goals').getByRole('button', { name: 'Lịch sử sửa' }).click();
    await page
      .getByTestId('history-goals')
      .getByText(/Phiên bản 2 — Trần Thị Hà/)
      .waitFor();
  });
});
