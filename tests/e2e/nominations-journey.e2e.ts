import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng } from '../helpers/files';
import { fillTemplate, personRow } from '../helpers/xlsx';
import { type Harness, login, seeText, startHarness } from './harness';

// Issue 3's "Done when": Bác Tâm (head of TDP 5, on a 390 px phone) imports three nominees from
// the template, attaches a photo, submits; Chị Hà returns one with a reason; he fixes and
// resubmits; she accepts all three and sees the unit's quota filled (3/3).

const FORM = 'Điển hình tiên tiến được biểu dương (cá nhân)';
const NOMINEES = ['Nguyễn Thị Hường', 'Trần Văn Bình', 'Lê Thị Mai'];
const REASON = 'Tóm tắt thành tích chưa nêu kết quả cụ thể, đề nghị bổ sung số liệu.';

let h: Harness;
let office: Page;
let phone: Page;
let cid: string;

/** A day `days` from today in Vietnam time, as YYYY-MM-DD and as typed: dd/mm/yyyy. */
function vietnamDay(days: number) {
  const iso = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, typed: `${d}/${m}/${y}` };
}

const noHorizontalScroll = (p: Page) =>
  p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

const card = (p: Page, name: string) => p.getByTestId('nomination-card').filter({ hasText: name });

beforeAll(async () => {
  h = await startHarness();
  cid = h.demo.conferenceId;
  office = await h.newPage();
  phone = await h.newPage({ width: 390, height: 844 });
});
afterAll(async () => {
  await h?.close();
});

describe('nominations: import, attach, submit, return, fix, accept', () => {
  const deadline = vietnamDay(7);

  it('the secretary moves the submission deadline after today (milestone modal)', async () => {
    await login(office, 'thuky');
    await office.goto(`/conferences/${cid}`);
    await office
      .getByRole('button', { name: /^Sửa mốc 23\/03\/2020/ })
      .first()
      .click();
    const dialog = office.getByRole('dialog');
    // The deadline keeps its kind: it is what closes the units' submissions.
    expect(await dialog.getByLabel(/^Loại mốc/).inputValue()).toBe('Hạn gửi hồ sơ đề nghị');
    await dialog.getByLabel(/^Ngày bắt đầu/).fill(deadline.typed);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await office.getByRole('button', { name: new RegExp(`^Sửa mốc ${deadline.typed}`) }).waitFor();
    const subs = await (await office.request.get(`/api/conferences/${cid}/submissions`)).json();
    expect(subs.deadline).toBe(deadline.iso);
  });

  it('the TDP head sees the countdown and his quota on his phone', async () => {
    await login(phone, 'tdp5');
    await phone.goto(`/conferences/${cid}`);
    await phone.getByRole('link', { name: 'Mở hồ sơ đề nghị của đơn vị' }).click();
    await phone.waitForURL(`**/conferences/${cid}/units/*`);
    await seeText(phone, 'Còn 7 ngày để gửi hồ sơ');
    const quota = phone.getByTestId('unit-quota');
    await quota.waitFor();
    expect(await quota.textContent()).toContain(`${FORM}0/3`);
    expect(await noHorizontalScroll(phone)).toBe(true);
  });

  it('downloads the template, fills three nominees in Excel and imports them', async () => {
    await phone.getByRole('link', { name: 'Nhập danh sách từ Excel' }).click();
    await phone.waitForURL('**/import');
    const [download] = await Promise.all([
      phone.waitForEvent('download'),
      phone.getByRole('button', { name: 'Tải mẫu Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const template = await readFile((await download.path()) as string);
    const filled = await fillTemplate(
      template,
      NOMINEES.map((name, i) =>
        personRow(FORM, name, { gender: i === 1 ? 'Nam' : 'Nữ', birthYear: 1960 + i }),
      ),
    );
    const file = join(tmpdir(), `danh-sach-tdp5-${Date.now()}.xlsx`);
    await writeFile(file, filled);
    // a unit head imports from Excel only (importing another Vinh Danh's dossier is office work)
    expect(await phone.getByTestId('dossier-import').count()).toBe(0);
    await phone.locator('input[type="file"]').setInputFiles(file);
    await phone.getByTestId('chosen-file').waitFor();
    await phone.getByRole('button', { name: 'Nhập danh sách' }).click();
    await phone.getByTestId('import-done').getByText('Đã nhập 3 đề nghị').waitFor();
    expect(await noHorizontalScroll(phone)).toBe(true);

    await phone
      .getByTestId('import-done')
      .getByRole('link', { name: /Về hồ sơ đơn vị/ })
      .click();
    for (const name of NOMINEES) await card(phone, name).getByText('Bản nháp').waitFor();
  });

  it('attaches a photo taken on the phone to one nominee', async () => {
    await card(phone, NOMINEES[0]!).getByRole('link').click();
    await phone.getByRole('heading', { name: NOMINEES[0] }).waitFor();
    // "Chụp ảnh" opens the phone's camera (capture); "Chọn tệp" offers files too
    const camera = phone.locator('input[type="file"][capture]');
    expect(await camera.getAttribute('accept')).toBe('image/*');
    await camera.setInputFiles({ name: 'anh-chan-dung.png', mimeType: 'image/png', buffer: tinyPng() });
    await phone.getByTestId('attachments').getByText('anh-chan-dung.png').waitFor();
    expect(await noHorizontalScroll(phone)).toBe(true);
    await phone.getByRole('link', { name: /Quay lại/ }).click();
  });

  it('submits all three', async () => {
    await phone.getByRole('button', { name: 'Gửi 3 đề nghị cho Hội đồng' }).click();
    // asked first, naming each nominee
    const dialog = phone.getByRole('dialog');
    for (const name of NOMINEES) await dialog.getByTestId('confirm-what').getByText(name).waitFor();
    await dialog.getByRole('button', { name: 'Gửi 3 đề nghị cho Hội đồng' }).click();
    await dialog.waitFor({ state: 'hidden' });
    for (const name of NOMINEES) await card(phone, name).getByText('Đã gửi', { exact: true }).waitFor();
    await phone.getByTestId('unit-quota').getByText('3/3').waitFor();
  });

  it('writes and sends the unit report', async () => {
    await phone.getByRole('link', { name: 'Soạn báo cáo' }).click();
    await phone.waitForURL('**/report');
    await phone
      .getByLabel(/Kết quả các phong trào thi đua/)
      .fill('Tổ dân phố 5 duy trì danh hiệu Tổ dân phố văn hóa 5 năm liền.');
    await phone.getByRole('button', { name: 'Thêm dòng số liệu' }).click();
    await phone
      .locator('input')
      .and(phone.getByLabel('Hình thức khen thưởng'))
      .fill('Giấy khen của Chủ tịch UBND phường');
    await phone.getByLabel('Số cá nhân').fill('4');
    await phone.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await phone.getByText('Đã gửi', { exact: true }).first().waitFor();
    await phone.getByText('Tổ dân phố 5 duy trì danh hiệu').waitFor();
    expect(await noHorizontalScroll(phone)).toBe(true);
    await phone.getByRole('link', { name: /Về hồ sơ đơn vị/ }).click();
    await phone.getByTestId('unit-quota').waitFor();
  });

  it('the secretary finds one without diacritics and returns it with a reason', async () => {
    await office.goto(`/conferences/${cid}/nominations`);
    await office.getByTestId('nominations-table').waitFor();
    await office.getByLabel(/^Tìm theo tên/).fill('huong');
    const table = office.getByTestId('nominations-table');
    await table.getByText(NOMINEES[0]!).waitFor();
    await office.getByRole('button', { name: `Trả lại: ${NOMINEES[0]}` }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel(/^Lý do/).fill(REASON);
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await table.getByText('Bị trả lại').waitFor();
  });

  it('the TDP head sees the reason, fixes the nominee and resubmits', async () => {
    await phone.reload();
    await card(phone, NOMINEES[0]!).getByText(REASON, { exact: false }).waitFor();
    await card(phone, NOMINEES[0]!).getByRole('link').click();
    await phone.getByTestId('return-reason').getByText(REASON).waitFor();
    await phone.getByRole('link', { name: 'Sửa thông tin' }).click();
    const editor = phone.getByRole('textbox', { name: 'Tóm tắt thành tích' });
    await editor.click();
    await phone.keyboard.press('End');
    await phone.keyboard.press('Enter');
    await phone.keyboard.type('Năm 2019 vận động 120/120 hộ phân loại rác, thu gom 2 tấn phế liệu gây quỹ.');
    await phone.getByRole('button', { name: 'Lưu', exact: true }).click();
    await phone.waitForURL(/\/nominations\/[^/]+$/);
    await phone.getByTestId('summary-view').getByText('120/120 hộ').waitFor();
    expect(await noHorizontalScroll(phone)).toBe(true);
    await phone.getByRole('button', { name: 'Gửi lại' }).click();
    const dialog = phone.getByRole('dialog', { name: 'Gửi lại đề nghị cho Hội đồng?' });
    await dialog.getByTestId('confirm-what').getByText(NOMINEES[0]!).waitFor();
    await dialog.getByRole('button', { name: 'Gửi lại' }).click();
    await phone.getByText('Đã gửi lại', { exact: true }).first().waitFor();
    // the reason stays in the history after the resubmission
    const history = phone.getByTestId('history');
    await history.getByText('Văn phòng trả lại').waitFor();
    await history.getByText(REASON, { exact: false }).waitFor();
    await history.getByText('Đơn vị gửi lại').waitFor();
  });

  it('the secretary accepts all three and sees the unit’s quota filled', async () => {
    await office.goto(`/conferences/${cid}/nominations`);
    const table = office.getByTestId('nominations-table');
    await table.waitFor();
    for (const name of NOMINEES) {
      const accept = office.getByRole('button', { name: `Tiếp nhận: ${name}`, exact: true });
      await accept.click();
      await accept.waitFor({ state: 'detached' });
    }
    expect(await table.getByText('Đã tiếp nhận').count()).toBe(3);

    await office.getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
    const row = office.getByTestId('quota-grid').locator('tr[data-unit="Tổ dân phố 5"]');
    await row.waitFor();
    expect(await row.locator('td[data-form="DHTT-CN"]').getByTestId('cell-fill').textContent()).toBe('3/3');

    await office.getByRole('link', { name: 'Tình hình nộp hồ sơ' }).click();
    const sub = office.getByTestId('submissions-table').locator('tr', { hasText: 'Tổ dân phố 5' });
    await sub.waitFor();
    const text = await sub.textContent();
    expect(text).toContain('3 đã gửi');
    expect(text).toContain('3 tiếp nhận');
    expect(text).toContain('3/5');
    expect(text).toContain('Đã gửi');
  });
});
