import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPagesText } from '../helpers/pdf';
import { fillDateTime } from './date-inputs';
import { type Harness, login, seeText, startHarness } from './harness';
import { A4_PORTRAIT, drawnPage, expectPaperPage, watchCsp } from './pdf-preview';

// Chị Hà opens the documents page of the demo conference, downloads the Kế hoạch as PDF, issues it
// and finds it in the register as "Số: 01/KH-UBND" with its stored PDF.

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});
afterAll(async () => {
  await h?.close();
});

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('documents page', () => {
  it('opens from the conference overview', async () => {
    await login(page, 'thuky');
    await page.goto(`/conferences/${h.demo.conferenceId}`);
    await page.getByRole('link', { name: 'Văn bản', exact: true }).click();
    await page.waitForURL(`**/conferences/${h.demo.conferenceId}/documents`);
    await seeText(page, 'Sổ văn bản');
    await seeText(page, 'Chưa có văn bản nào được ban hành.');
  });

  it('downloads the KH as a PDF with the seed’s headings', async () => {
    const card = page.getByTestId('kind-plan');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Tải PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat((await pdfPagesText(bytes)).join('\n'));
    for (const s of ['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', 'ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN']) {
      expect(text).toContain(s);
    }
  });

  it('previews the KH: pdf.js draws its pages in the dialog, with the PDF’s page count', async () => {
    const csp = watchCsp(page);
    const res = await page.request.get(`/api/conferences/${h.demo.conferenceId}/documents/plan.pdf`);
    const pages = (await pdfPagesText(await res.body())).length;
    expect(pages).toBeGreaterThan(1);
    await page.getByTestId('kind-plan').getByRole('button', { name: 'Xem trước PDF' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Tài liệu có ${pages} trang`).waitFor({ timeout: 30_000 });
    await dialog.getByText(`Trang 1/${pages}`).waitFor();
    const first = await drawnPage(dialog, 1);
    expectPaperPage(first, A4_PORTRAIT, 2_000);
    // pdf.js parses in its own worker (a same-origin file), not on the page's thread
    expect(page.workers().map((w) => w.url())).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/assets\/pdf\.worker[^/]*\.mjs$/)]),
    );
    await dialog.getByRole('button', { name: 'Trang sau ›' }).click();
    await dialog.getByText(`Trang 2/${pages}`).waitFor();
    const second = await drawnPage(dialog, 2);
    expectPaperPage(second, A4_PORTRAIT, 2_000);
    expect(second.fingerprint).not.toBe(first.fingerprint);
    expect(csp.stop()).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('says in Vietnamese when the file cannot be drawn', async () => {
    // a damaged file on the way (the server's own PDFs are read above)
    await page.route('**/documents/plan.pdf', (r) =>
      r.fulfill({ status: 200, contentType: 'application/pdf', body: 'không phải PDF' }),
    );
    await page.getByTestId('kind-plan').getByRole('button', { name: 'Xem trước PDF' }).click();
    const dialog = page.getByRole('dialog');
    const alert = dialog.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('Không hiển thị được bản xem trước');
    expect(await alert.textContent()).toContain('Hãy tải tệp PDF về máy để xem.');
    await page.unroute('**/documents/plan.pdf');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('issues the KH and sees Số: 01/KH-UBND in the register, with the issued PDF', async () => {
    await page.getByTestId('kind-plan').getByRole('button', { name: 'Ban hành' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Người ký/).fill('Lê Đình Thắng');
    await fillDateTime(dialog, 'Thời điểm ký', '18/03/2020', '17:08');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const entry = page.getByTestId('register-entry').filter({ hasText: 'Số: 01/KH-UBND' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Đã ban hành');
    expect(await entry.textContent()).toContain('18/03/2020');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      entry.getByRole('button', { name: 'Tải PDF' }).click(),
    ]);
    const text = flat((await pdfPagesText(await readFile((await download.path()) as string))).join('\n'));
    expect(text).toContain('Số: 01/KH-UBND');
    expect(text).toContain('Văn Yên, ngày 18 tháng 3 năm 2020');
  });

  it('makes a new version of the issued KH: a draft citing Số 01', async () => {
    const entry = page.getByTestId('register-entry').filter({ hasText: 'Số: 01/KH-UBND' });
    await entry.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
    await page.getByTestId('register-entry').filter({ hasText: 'Thay thế Số: 01/KH-UBND' }).waitFor();
  });

  it('fits a 390 px phone', async () => {
    const phone = await h.newPage({ width: 390, height: 844 });
    await login(phone, 'thuky');
    await phone.goto(`/conferences/${h.demo.conferenceId}/documents`);
    await phone.getByTestId('kind-plan').waitFor();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});
