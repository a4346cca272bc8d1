import { describe, expect, it } from 'vitest';
import { nativeDateInputs } from './date-inputs';
import { harnessForFile, openFromConference, seeText } from './harness';

// Editing the plan: the shared rules show live, and the server refuses what they refuse.

const SHARES_ERROR = 'Tổng tỷ lệ các nhóm đại biểu phải bằng 100% (hiện là 95%)';

const ctx = harnessForFile();

describe('plan edit', () => {
  it('shows the shares rule live and refuses to save', async () => {
    await openFromConference(ctx.page, ctx.h, { username: 'thuky', link: 'Sửa kế hoạch', path: 'plan' });
    // dates as dd/mm/yyyy and times in 24 hours, whatever the browser: no native date/time inputs
    const signed = (part: string) =>
      ctx.page.getByLabel(`Thời điểm ký: ${part}`, { exact: true }).inputValue();
    expect([await signed('ngày'), await signed('giờ'), await signed('phút'), await signed('giây')]).toEqual([
      '18/03/2020',
      '17',
      '08',
      '42',
    ]);
    expect(await nativeDateInputs(ctx.page)).toBe(0);
    const guests = ctx.page.getByLabel('Tỷ lệ (%) — Đại biểu khách mời');
    await guests.fill('25');
    await ctx.page.getByTestId('shares-error').getByText(SHARES_ERROR).waitFor();
    await ctx.page.getByTestId('live-issues').getByText(SHARES_ERROR).waitFor();
    await ctx.page.getByRole('button', { name: 'Lưu' }).click();
    await ctx.page.getByTestId('save-error').getByText('Còn 1 lỗi cần sửa trước khi lưu').waitFor();
    expect(ctx.page.url()).toContain('/plan');
  });

  it('the server refuses the same plan with the message on the field', async () => {
    const detail = await (await ctx.page.request.get(`/api/conferences/${ctx.h.demo.conferenceId}`)).json();
    detail.plan.delegateRules.categories[1].sharePercent = 25;
    const res = await ctx.page.request.put(`/api/conferences/${ctx.h.demo.conferenceId}/plan`, {
      data: { plan: detail.plan, version: detail.version },
    });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error.fields['plan.delegateRules.categories']).toBe(SHARES_ERROR);
  });

  it('saves a valid change and shows it with its history', async () => {
    await ctx.page.getByLabel('Tỷ lệ (%) — Đại biểu khách mời').fill('30');
    await ctx.page.getByText('Kế hoạch hợp lệ').waitFor();
    await ctx.page.getByLabel(/^Số đại biểu tối đa/).fill('120');
    await ctx.page.getByRole('button', { name: 'Lưu' }).click();
    await ctx.page.waitForURL(`**/conferences/${ctx.h.demo.conferenceId}`);
    await seeText(ctx.page, 'Tối đa 120 đại biểu');
    const history = ctx.page.getByTestId('history-panel');
    await history.getByText('Sửa kế hoạch').first().waitFor();
    const text = await history.textContent();
    expect(text).toContain('Trần Thị Hà');
    expect(text).toMatch(/Số đại biểu tối đa:\s*100\s*→\s*120/);
  });

  it('names a unit in the speech composition: choosing it names the part, the overview shows it', async () => {
    const page = ctx.page;
    await page.getByRole('link', { name: 'Sửa kế hoạch' }).first().click();
    await page.waitForURL(`**/conferences/${ctx.h.demo.conferenceId}/plan`);
    // the third part, "Cơ quan, đơn vị", becomes "Công an phường" by name
    await page.getByRole('combobox', { name: 'Loại 3', exact: true }).click();
    await page.getByRole('option', { name: 'Một đơn vị cụ thể' }).click();
    await page.getByLabel('Tên phần 3', { exact: true }).fill('');
    await page.getByRole('combobox', { name: 'Đơn vị 3', exact: true }).click();
    await page.getByRole('option', { name: 'Công an phường' }).click();
    expect(await page.getByLabel('Tên phần 3', { exact: true }).inputValue()).toBe('Công an phường');
    await page.getByText('Kế hoạch hợp lệ').waitFor();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(`**/conferences/${ctx.h.demo.conferenceId}`);
    await seeText(page, '1 × Công an phường');
  });

  it('gives the delegation a part by delegate category: "đúng bằng 1 khách mời"', async () => {
    const page = ctx.page;
    await page.getByRole('link', { name: 'Sửa kế hoạch' }).first().click();
    await page.waitForURL(`**/conferences/${ctx.h.demo.conferenceId}/plan`);
    await page.getByRole('button', { name: 'Thêm phần của đoàn' }).click();
    await page.getByRole('combobox', { name: 'Tiêu chí — phần 1 của đoàn', exact: true }).click();
    await page.getByRole('option', { name: 'Nhóm đại biểu' }).click();
    await page.getByRole('combobox', { name: 'Giá trị — phần 1 của đoàn', exact: true }).click();
    await page.getByRole('option', { name: 'Đại biểu khách mời' }).click();
    await page.getByText('Kế hoạch hợp lệ').waitFor();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(`**/conferences/${ctx.h.demo.conferenceId}`);
    await page.getByTestId('delegation-quota-parts').getByText('Đúng bằng 1 × Đại biểu khách mời').waitFor();
    const detail = await (await page.request.get(`/api/conferences/${ctx.h.demo.conferenceId}`)).json();
    expect(detail.plan.delegationQuota.parts).toEqual([
      { dimension: 'category', value: 'guest', count: 1, op: 'exact' },
    ]);
  });

  it('copies the conference for the next period, after confirming, and the copy keeps this run’s edit', async () => {
    await ctx.page.getByRole('link', { name: 'Hội nghị', exact: true }).click();
    await ctx.page.waitForURL('**/conferences');
    await ctx.page.getByRole('button', { name: 'Sao chép cho giai đoạn sau' }).click();
    const dialog = ctx.page.getByRole('dialog', { name: 'Sao chép hội nghị cho giai đoạn sau' });
    await dialog.getByRole('button', { name: 'Xác nhận sao chép' }).click();
    await ctx.page.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
    expect(ctx.page.url()).not.toContain(ctx.h.demo.conferenceId);
    await ctx.page.getByRole('link', { name: 'Sửa kế hoạch' }).first().click();
    await ctx.page.waitForURL(/\/conferences\/[0-9a-f-]{36}\/plan$/);
    const name = await ctx.page.getByLabel(/^Tên hội nghị( \*)?$/).inputValue();
    expect(name).toBe('Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030');
    // The copy keeps the plan's numbers (with this run's edit).
    expect(await ctx.page.getByLabel(/^Số đại biểu tối đa/).inputValue()).toBe('120');
  });

  it('warns live of figures that contradict each other, and saves them only once confirmed', async () => {
    // on the copy's plan: a cap of 5 cannot hold a delegation of 1 collective and 5 individuals
    const page = ctx.page;
    const warning = 'gồm 1 tập thể và 5 cá nhân (6) nhưng Hội nghị chỉ có tối đa 5 đại biểu';
    await page.getByLabel(/^Số đại biểu tối đa/).fill('5');
    await page.getByTestId('plan-warnings').getByText(warning, { exact: false }).waitFor();
    await page.getByText('Kế hoạch hợp lệ').waitFor(); // a warning, not an error
    await page.getByRole('button', { name: 'Lưu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kế hoạch có số liệu mâu thuẫn nhau' });
    await dialog.getByText(warning, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Quay lại sửa' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toMatch(/\/plan$/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByRole('button', { name: 'Vẫn lưu' }).click();
    await page.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
    await seeText(page, 'Tối đa 5 đại biểu');
    const history = page.getByTestId('history-panel');
    await history.getByText('Sửa kế hoạch').first().waitFor();
    const text = await history.textContent();
    expect(text).toContain('Cảnh báo đã xác nhận vẫn lưu');
    expect(text).toContain(warning);
  });
});
