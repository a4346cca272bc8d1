import { describe, expect, it } from 'vitest';
import { formatVnd } from '../../src/shared/rules/prize-money';
import { harnessForFile, login, openFromConference, seeText } from './harness';

// Chị Hà (secretary) opens "Công việc và hậu cần" from the conference page, creates the tasks
// from the plan and sees owners and red overdue marks (the demo is in 2020); then the budget
// page shows the total in figures and in words. Anh Phúc (finance) sees his own tasks.

const ctx = harnessForFile();

describe('preparation pages', () => {
  it('creates the plan’s tasks and shows owners and overdue marks', async () => {
    await openFromConference(ctx.page, ctx.h, {
      username: 'thuky',
      link: 'Công việc và hậu cần',
      path: 'tasks',
    });
    await ctx.page.getByRole('button', { name: 'Tạo từ kế hoạch' }).click();
    await seeText(ctx.page, 'Hội đồng TĐKT');
    // the created tasks' marks come with the list's next render: wait for one, then count
    await ctx.page.getByTestId('overdue').first().waitFor();
    expect(await ctx.page.getByTestId('overdue').count()).toBeGreaterThan(0);
    await ctx.page.getByRole('tab', { name: /Hậu cần/ }).click();
    await seeText(ctx.page, 'Nước uống phục vụ Hội nghị');
    await seeText(ctx.page, 'Công chức Tài chính - Kế toán');
    await seeText(ctx.page, 'Công chức Văn hóa - Xã hội');
  });

  it('gives a task to a unit, and the unit head finds it under "Việc của tôi"', async () => {
    await ctx.page.getByRole('tab', { name: /Công việc/ }).click();
    await ctx.page.getByRole('button', { name: 'Thêm việc' }).click();
    const dialog = ctx.page.getByRole('dialog');
    await dialog.getByLabel('Tên công việc').fill('Tập dượt tiết mục văn nghệ của Tổ dân phố 5');
    await dialog.getByRole('combobox', { name: 'Đơn vị phụ trách' }).click();
    await ctx.page.getByRole('option', { name: 'Tổ dân phố 5', exact: true }).click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await seeText(ctx.page, 'Tập dượt tiết mục văn nghệ của Tổ dân phố 5');

    const head = await ctx.h.newPage();
    await login(head, 'tdp5');
    await head.goto(`/conferences/${ctx.h.demo.conferenceId}`);
    await seeText(head, 'Việc của tôi');
    await seeText(head, 'Tập dượt tiết mục văn nghệ của Tổ dân phố 5');
    await head.close();
  });

  it('shows the budget total in figures and in words', async () => {
    await ctx.page.goto(`/conferences/${ctx.h.demo.conferenceId}/budget`);
    await seeText(ctx.page, 'Dự trù kinh phí');
    const res = await ctx.page.request.get(`/api/conferences/${ctx.h.demo.conferenceId}/budget`);
    const b = (await res.json()) as { estimate: number; estimateInWords: string };
    expect(b.estimate).toBeGreaterThan(0);
    await ctx.page
      .getByTestId('budget-total')
      .filter({ hasText: formatVnd(b.estimate) })
      .waitFor();
    await seeText(ctx.page, b.estimateInWords);
    await seeText(ctx.page, 'Tự tính');
  });

  it('lists the finance officer’s own tasks on the conference page', async () => {
    const finance = await ctx.h.newPage();
    await login(finance, 'taichinh');
    await finance.goto(`/conferences/${ctx.h.demo.conferenceId}`);
    await seeText(finance, 'Việc của tôi');
    await seeText(finance, 'Tiền thưởng kèm theo các hình thức khen thưởng');
  });
});
