import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, login, seeText, startHarness } from './harness';

// The "Done when" journey: the secretary (Chị Hà) edits a milestone of the demo conference and
// sees the change on the overview and its audit entry with her name.

const NEW_TITLE =
  'Hạn chót: các đơn vị gửi báo cáo, danh sách đề xuất và tóm tắt thành tích về Hội đồng TĐKT';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});
afterAll(async () => {
  await h?.close();
});

const editButton = (p: Page, date: string) => p.getByRole('button', { name: new RegExp(`^Sửa mốc ${date}`) });

describe('secretary edits a milestone', () => {
  it('logs in and opens the demo conference', async () => {
    await login(page, 'thuky');
    await page.getByText('Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025').click();
    await page.waitForURL(`**/conferences/${h.demo.conferenceId}`);
    await seeText(page, 'Mốc thời gian');
    // The lifecycle stepper, derived from the facts: without its history the 2020 conference day
    // has passed with nothing recorded, so "Sau hội nghị" is current and the skipped steps say so.
    const current = page.locator('[aria-current="step"]');
    expect(await current.textContent()).toContain('Sau hội nghị');
    expect(await page.locator('li[data-state="missed"]').count()).toBe(5);
    // The seed's deadline, formatted dd/mm/yyyy, with its state badge.
    await seeText(page, '23/03/2020');
    expect(await page.getByText('Quá hạn', { exact: true }).count()).toBeGreaterThan(0);
    await seeText(page, 'Tối đa 100 đại biểu');
    expect(await page.getByTestId('agenda').locator('li').count()).toBe(13);
  });

  it('shows per-field errors from the server', async () => {
    await editButton(page, '23/03/2020').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Nội dung/).fill('');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Nội dung mốc không được để trống').first().waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('edits the 23/3/2020 deadline and sees the change on the overview', async () => {
    await editButton(page, '23/03/2020').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Ngày bắt đầu/).fill('24/3/2020');
    await dialog.getByLabel(/^Nội dung/).fill(NEW_TITLE);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await seeText(page, NEW_TITLE);
    await editButton(page, '24/03/2020').waitFor();
    expect(await editButton(page, '23/03/2020').count()).toBe(0);
  });

  it('lists the edit in the history panel, naming Trần Thị Hà', async () => {
    const history = page.getByTestId('history-panel');
    await history.getByText('Sửa mốc thời gian').first().waitFor();
    const text = await history.textContent();
    expect(text).toContain('Trần Thị Hà');
    expect(text).toContain('23/03/2020');
    expect(text).toContain('24/03/2020');
  });

  it('keeps a concurrent change and offers to reload it (409)', async () => {
    await editButton(page, '24/03/2020').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Someone else saves the same milestone in the meantime (same session, through the API).
    const detail = await (await page.request.get(`/api/conferences/${h.demo.conferenceId}`)).json();
    const m = detail.milestones.find((x: { startDate: string }) => x.startDate === '2020-03-24');
    const other = await page.request.put(`/api/conferences/${h.demo.conferenceId}/milestones/${m.id}`, {
      data: {
        ...m,
        responsible: 'Văn phòng (người khác sửa)',
        id: undefined,
        state: undefined,
        sortOrder: undefined,
      },
    });
    expect(other.status()).toBe(200);
    await dialog.getByLabel(/^Người\/bộ phận phụ trách/).fill('Các ban ngành, đoàn thể, tổ dân phố');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Dữ liệu đã bị người khác sửa').waitFor();
    await dialog.getByText('Văn phòng (người khác sửa)').first().waitFor();
    await dialog.getByRole('button', { name: 'Tải bản hiện tại để sửa tiếp' }).click();
    expect(await dialog.getByLabel(/^Người\/bộ phận phụ trách/).inputValue()).toBe(
      'Văn phòng (người khác sửa)',
    );
    await dialog.getByLabel('Đã hoàn thành').check();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await seeText(page, 'Đã xong');
  });

  it('shows the entry on the audit page', async () => {
    await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    await page.waitForURL('**/audit');
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    const row = table.locator('tr', { hasText: 'Sửa mốc thời gian' }).filter({ hasText: '23/03/2020' });
    await row.first().waitFor();
    const text = await row.first().textContent();
    expect(text).toContain('Trần Thị Hà');
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(text).toContain(NEW_TITLE.slice(0, 40));
  });
});
