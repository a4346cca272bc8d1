import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPagesText } from '../helpers/pdf';
import { type Harness, login, seeText, startHarness } from './harness';

// Chị Hà, on her phone (390 px), opens the certificate page from the conference, enters her
// printer's calibration (the note says where the text moves), saves, and prints the alignment sheet.

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage({ width: 390, height: 844 });
});
afterAll(async () => {
  await h?.close();
});

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('certificates page at 390 px', () => {
  it('opens from the conference overview without sideways scrolling', async () => {
    await login(page, 'thuky');
    await page.goto(`/conferences/${h.demo.conferenceId}`);
    await page.getByRole('link', { name: 'In giấy khen' }).click();
    await page.waitForURL(`**/conferences/${h.demo.conferenceId}/certificates`);
    await seeText(page, 'Căn chỉnh máy in');
    // No honoree yet in the demo: the batch cannot be printed.
    await seeText(page, 'Chưa có người/tập thể nào được chọn vinh danh');
    expect(await page.getByRole('button', { name: 'Tải giấy khen (PDF)' }).isDisabled()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('enters a calibration with a live note, saves it and prints the alignment sheet', async () => {
    await page.getByRole('button', { name: 'Thêm máy in' }).click();
    await page.getByLabel('Tên máy in').fill('Canon LBP 2900');
    await page.getByLabel('Lệch ngang (mm)').fill('1.5');
    await page.getByLabel('Lệch dọc (mm)').fill('-2');
    await seeText(page, 'Máy in Canon LBP 2900: mọi ô chữ dịch sang phải 1,5 mm, lên trên 2 mm.');
    await page.getByLabel('Lệch ngang (mm)').fill('25');
    await seeText(page, 'Độ lệch ngang phải trong khoảng ±20 mm');
    expect(await page.getByRole('button', { name: 'Lưu cài đặt' }).isDisabled()).toBe(true);
    await page.getByLabel('Lệch ngang (mm)').fill('1.5');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await seeText(page, 'Đã lưu cài đặt giấy khen');

    await page.getByText('In trên phôi').first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'In tờ thử căn chỉnh' }).click(),
    ]);
    const bytes = await readFile((await download.path()) as string);
    const text = flat((await pdfPagesText(bytes)).join('\n'));
    expect(text).toContain('máy in: Canon LBP 2900');
    expect(text).toContain('ngang +1,5 mm, dọc -2 mm');
  });
});
