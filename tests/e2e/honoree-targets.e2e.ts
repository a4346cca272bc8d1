import { expect, it } from 'vitest';
import { harnessForFile, login, seeText } from './harness';

// Chị Hà (thư ký) on the 2020 demo, its honorees decided: she gives the individual form of the
// conference a minimum the council did not reach. The editor refuses a minimum above the maximum
// under the field; saved, the form's card shows the number and the honorees page warns.

const ctx = harnessForFile({ history: 'draft' });
const cid = () => ctx.h.demo.conferenceId;
const FORM = 'Điển hình tiên tiến được biểu dương (cá nhân)';

it('sets a minimum on an award form; the honorees page warns when the council chose fewer', async () => {
  const page = ctx.page;
  await login(page, 'thuky');
  const honorees = await (await page.request.get(`/api/conferences/${cid()}/honorees`)).json();
  const group = honorees.groups.find((g: { awardFormName: string }) => g.awardFormName === FORM);
  const selected: number = group?.items.length ?? 0;
  expect(selected).toBeGreaterThan(0);
  expect(honorees.unmetTargets).toEqual([]);

  await page.goto(`/conferences/${cid()}/award-forms`);
  await page.getByRole('button', { name: `Sửa: ${FORM}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tối thiểu').fill(String(selected + 2));
  await dialog.getByLabel('Tối đa').fill(String(selected + 1));
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  // under the field itself (the banner above repeats it after "Dữ liệu không hợp lệ: ")
  await dialog
    .getByText(`Số tối thiểu (${selected + 2}) lớn hơn số tối đa (${selected + 1})`, { exact: true })
    .waitFor();
  expect(await dialog.getByLabel('Tối thiểu').getAttribute('aria-invalid')).toBe('true');

  await dialog.getByLabel('Tối đa').fill('');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page
    .getByTestId('award-form')
    .filter({ hasText: FORM })
    .getByText(`Số được vinh danh: tối thiểu ${selected + 2}`)
    .waitFor();

  await page.goto(`/conferences/${cid()}/honorees`);
  const warning = page.getByTestId('honoree-targets');
  await warning.getByText('Chưa đủ số lượng cần vinh danh').waitFor();
  await seeText(
    page,
    `Hình thức «${FORM}»: cần tối thiểu ${selected + 2}, mới có ${selected} người/tập thể được vinh danh.`,
  );
  // the council's results stand as voted
  expect(await page.getByTestId('honoree').count()).toBe(
    honorees.groups.reduce((n: number, g: { items: unknown[] }) => n + g.items.length, 0),
  );
});
