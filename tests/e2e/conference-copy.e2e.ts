import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { harnessForFile, login, seeText } from './harness';

// Chị Hà prepares the next period: from the conference list she copies the 2020–2025 conference.
// The dialog names what is copied and what is not and shows the milestones as they will be; she
// tries a one-month move, goes back to the default five years, confirms, and finds the new
// conference with its milestones five years on and the award forms with their criteria.

const ctx = harnessForFile();
let dialog: Locator;
let source: { forms: { name: string; criteria: string[] }[]; delegates: number };

describe('copying a conference for the next period', () => {
  it('opens the dialog from the conference list with the next period filled in', async () => {
    const { page, h } = ctx;
    await login(page, 'thuky');
    const api = `/api/conferences/${h.demo.conferenceId}`;
    source = {
      forms: (await (await page.request.get(`${api}/award-forms`)).json()).items,
      delegates: (await (await page.request.get(`${api}/delegates`)).json()).items.length,
    };
    await page.getByRole('button', { name: 'Sao chép cho giai đoạn sau' }).click();
    dialog = page.getByRole('dialog', { name: 'Sao chép hội nghị cho giai đoạn sau' });
    await dialog.waitFor();
    expect(await dialog.getByLabel(/^Tên hội nghị mới/).inputValue()).toBe(
      'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030',
    );
    expect(await dialog.getByLabel(/^Năm bắt đầu giai đoạn/).inputValue()).toBe('2025');
    expect(await dialog.getByLabel(/^Năm kết thúc giai đoạn/).inputValue()).toBe('2030');
    expect(await dialog.getByLabel(/^Dời các mốc thời gian thêm/).inputValue()).toBe('5');
    expect(await dialog.getByLabel('Đơn vị', { exact: true }).inputValue()).toBe('năm');
  });

  it('names what is copied and what is not, with the numbers of the source', async () => {
    const copied = dialog.getByTestId('copy-copied');
    const criteria = source.forms.reduce((n, f) => n + f.criteria.length, 0);
    await copied.getByText('7 mốc thời gian, dời theo độ dời đã chọn').waitFor();
    await copied
      .getByText(`${source.forms.length} hình thức khen thưởng cùng ${criteria} tiêu chí`)
      .waitFor();
    for (const part of [
      'Kế hoạch: tên và giai đoạn mới',
      'Chỉ tiêu đề nghị của',
      'Chương trình làm mẫu',
      'công việc',
      'dòng dự trù kinh phí',
    ]) {
      await copied.getByText(part).first().waitFor();
    }
    const left = dialog.getByTestId('copy-not-copied');
    await left.getByText(`${source.delegates} đại biểu trong danh sách`).waitFor();
    for (const part of [
      'đề nghị vinh danh',
      'phiên họp Hội đồng cùng phiếu bầu',
      'báo cáo đánh giá của đơn vị',
      'văn bản trong sổ văn bản',
    ]) {
      await left.getByText(part).first().waitFor();
    }
  });

  it('shows the milestones as they will be, following the chosen offset', async () => {
    const rows = dialog.getByTestId('copy-milestone');
    expect(await rows.count()).toBe(7);
    const last = rows.last(); // the conference day, 31/03/2020
    expect(await last.textContent()).toContain('31/03/2025');
    expect(await last.textContent()).toContain('(trước: 31/03/2020)');
    await dialog.getByLabel(/^Dời các mốc thời gian thêm/).fill('1');
    await dialog.getByLabel('Đơn vị', { exact: true }).click();
    await ctx.page.getByRole('option', { name: 'tháng' }).click();
    // one month after 31 March is the last day of April
    await last.getByText('30/04/2020').waitFor();
    await dialog.getByLabel('Đơn vị', { exact: true }).click();
    await ctx.page.getByRole('option', { name: 'năm' }).click();
    await dialog.getByLabel(/^Dời các mốc thời gian thêm/).fill('5');
    await last.getByText('31/03/2025').waitFor();
  });

  it('copies after the confirmation and opens the new conference, its milestones five years on', async () => {
    const { page, h } = ctx;
    await dialog.getByRole('button', { name: 'Xác nhận sao chép' }).click();
    await page.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
    expect(page.url()).not.toContain(h.demo.conferenceId);
    await seeText(page, 'Đã tạo hội nghị mới cho giai đoạn 2025 – 2030.');
    await page.getByRole('heading', { name: /giai đoạn 2025 - 2030/ }).waitFor();
    const timeline = page.getByRole('region', { name: 'Mốc thời gian' });
    await timeline.getByText('31/03/2025').waitFor();
    const text = (await timeline.textContent()) ?? '';
    for (const d of ['15/03/2025', '15/03/2025 – 17/03/2025', '18/03/2025 – 20/03/2025', '23/03/2025']) {
      expect(text).toContain(d);
    }
    expect(text).not.toMatch(/\d\d\/\d\d\/2020/);
  });

  it('has the award forms with their criteria', async () => {
    const { page } = ctx;
    await page.getByRole('link', { name: 'Hình thức & tiêu chí' }).first().click();
    await page.waitForURL(/\/award-forms$/);
    const cards = page.getByTestId('award-form');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(source.forms.length);
    for (const f of source.forms) {
      const card = cards.filter({ hasText: f.name });
      await card.first().waitFor();
      for (const c of f.criteria) expect(await card.first().textContent()).toContain(c);
    }
  });

  it('leaves the source in the list, beside the copy', async () => {
    const { page } = ctx;
    await page.goto('/conferences');
    await seeText(page, 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025');
    await seeText(page, 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030');
  });
});
