import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { pdfPagesText } from '../helpers/pdf';
import { harnessForFile, login } from './harness';

// Chị Hà (thư ký) on the 2020 demo: the budget page and the draft QĐ name the same base salary and
// the same date (no QĐ date set yet: the conference day, 31/03/2020, 1.490.000 đ). She sets the
// draft QĐ's date to 01/07/2026 on the documents page; the QĐ, the budget and the award forms all
// follow (2.530.000 đ) and say so.

// the 2020 history while its QĐ was still a draft (the concluded demo prices on the issued QĐ)
const ctx = harnessForFile({ history: 'draft' });
const cid = () => ctx.h.demo.conferenceId;

/** The draft QĐ's PDF as downloaded from its card on the documents page, as one line of text. */
async function decisionPdf(): Promise<string> {
  const card = ctx.page.getByTestId('kind-decision');
  const [d] = await Promise.all([
    ctx.page.waitForEvent('download'),
    card.getByRole('button', { name: 'Tải PDF' }).click(),
  ]);
  const bytes = await readFile((await d.path()) as string);
  return (await pdfPagesText(bytes)).join(' ').replace(/\s+/g, ' ');
}

describe('the prizes name their date and base salary', () => {
  it('budget page and QĐ: the same base salary on the conference day', async () => {
    await login(ctx.page, 'thuky');
    await ctx.page.goto(`/conferences/${cid()}/budget`);
    const budget = ctx.page.getByTestId('budget-prize-basis');
    await budget.getByText('Tính theo lương cơ sở 1.490.000 đ áp dụng ngày 31/03/2020').waitFor();
    expect(await budget.textContent()).toContain('chưa đặt ngày QĐ: lấy ngày tổ chức Hội nghị');

    await budget.getByRole('link', { name: 'Đặt ngày QĐ' }).click();
    await ctx.page.waitForURL(`**/conferences/${cid()}/documents*`);
    const draft = ctx.page.getByTestId('draft-prize-basis');
    await draft.getByText('lương cơ sở 1.490.000 đ áp dụng ngày 31/03/2020').waitFor();
    expect(await decisionPdf()).toContain(
      'mức lương cơ sở 1.490.000 đồng áp dụng vào ngày 31 tháng 3 năm 2020',
    );
  });

  it('sets the draft QĐ’s date: the QĐ, the budget and the award forms follow', async () => {
    const section = ctx.page.getByRole('region', { name: 'Cài đặt văn bản' });
    await section.getByLabel(/^Ngày Quyết định khen thưởng/).fill('01/07/2026');
    await section.getByRole('button', { name: 'Lưu cài đặt văn bản' }).click();
    await ctx.page.getByText('Đã lưu cài đặt văn bản').first().waitFor();
    const draft = ctx.page.getByTestId('draft-prize-basis');
    await draft.getByText('lương cơ sở 2.530.000 đ áp dụng ngày 01/07/2026').waitFor();
    expect(await decisionPdf()).toContain(
      'mức lương cơ sở 2.530.000 đồng áp dụng vào ngày 01 tháng 7 năm 2026',
    );

    await ctx.page.goto(`/conferences/${cid()}/budget`);
    const budget = ctx.page.getByTestId('budget-prize-basis');
    await budget.getByText('Tính theo lương cơ sở 2.530.000 đ áp dụng ngày 01/07/2026').waitFor();
    expect(await budget.textContent()).toContain('ngày QĐ dự thảo do Văn phòng đặt');

    await ctx.page.goto(`/conferences/${cid()}/award-forms`);
    await ctx.page.getByTestId('prize-basis').getByText('2.530.000 đ áp dụng ngày 01/07/2026').waitFor();
    // the demo's individual form: 0,3 × 2.530.000
    await ctx.page.getByTestId('award-form').filter({ hasText: 'Tiền thưởng 759.000 đ' }).first().waitFor();
  });
});
