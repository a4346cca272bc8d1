import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfPagesText } from '../helpers/pdf';
import { readSheet } from '../helpers/xlsx';
import { harnessForFile, login, seeText } from './harness';

// Issue 13 (seams): the secretary reorders units without sort numbers, exports and prints the
// honorees, and prints and marks the invitations of the delegates she ticked.

const s = harnessForFile({ history: true });

async function download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([s.page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path()) as string) };
}

describe('seams between pages', () => {
  it('moves a unit up with its button; no sort numbers on the page', async () => {
    const { page } = s;
    await login(page, 'thuky');
    await page.goto('/units');
    const rows = page.locator('tbody tr').filter({ visible: true });
    await rows.first().waitFor();
    const names = async () => (await rows.locator('td:nth-child(2)').allTextContents()).map((n) => n.trim());
    const before = await names();
    expect(before.length).toBeGreaterThan(3);
    expect(await page.getByRole('columnheader', { name: 'Thứ tự' }).count()).toBe(1);
    expect((await rows.first().textContent()) ?? '').not.toMatch(/\b10\b/);
    await page.getByRole('button', { name: `Chuyển ${before[1]} lên trên` }).click();
    await page.waitForFunction(
      (first) => document.querySelector('tbody tr td:nth-child(2)')?.textContent?.trim() === first,
      before[1],
    );
    expect(await names()).toEqual([before[1], before[0], ...before.slice(2)]);
  });

  it('exports the honorees to Excel and opens them as a print page under the national heading', async () => {
    const { page } = s;
    const cid = s.h.demo.conferenceId;
    await page.goto(`/conferences/${cid}/honorees`);
    const total = Number(/^(\d+)/.exec((await page.getByTestId('honorees-total').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    const xlsx = await download(page.getByRole('button', { name: 'Xuất Excel' }));
    expect(xlsx.name).toBe('Danh-sach-vinh-danh.xlsx');
    expect((await readSheet(xlsx.bytes)).text.length).toBe(total + 2);
    await page.getByRole('link', { name: 'In danh sách' }).click();
    await page.waitForURL('**/honorees/print');
    await seeText(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    await seeText(page, 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC VINH DANH');
    expect(await page.getByTestId('honoree-row').count()).toBe(total);
  });

  it('prints the invitations of three ticked delegates and marks them sent', async () => {
    const { page } = s;
    const cid = s.h.demo.conferenceId;
    await page.goto(`/conferences/${cid}/delegates`);
    const table = page.getByTestId('delegates-table');
    const boxes = table.getByRole('checkbox', { name: /^Chọn đại biểu:/ });
    await boxes.first().waitFor();
    const rsvp = (name: string) => table.getByRole('row').filter({ hasText: name }).getByLabel('Xác nhận');
    const chosen: string[] = [];
    const answered: string[] = [];
    for (const i of [0, 1, 2]) {
      const box = boxes.nth(i);
      const name = ((await box.getAttribute('aria-label')) ?? '').replace('Chọn đại biểu: ', '');
      chosen.push(name);
      answered.push(await rsvp(name).inputValue());
      await box.check();
    }
    await page.getByRole('button', { name: 'In giấy mời đã chọn (3)' }).click();
    const pdf = await download(page.getByRole('menuitem', { name: 'Tải giấy mời đã chọn (PDF, A5)' }));
    expect(pdf.name).toBe('Giay-moi-da-chon-A5.pdf');
    const pages = await pdfPagesText(pdf.bytes);
    expect(pages).toHaveLength(3);
    for (const [i, text] of pages.entries()) expect(text.replace(/\s+/g, ' ')).toContain(chosen[i]);

    await page.getByRole('button', { name: 'Đánh dấu đã gửi giấy mời (3)' }).click();
    await seeText(page, /Đã đánh dấu gửi giấy mời cho \d+ đại biểu/);
    // "Chưa gửi" became "Đã gửi"; an answer already received stays
    const expected = answered.map((a) => (a === 'Chưa gửi' ? 'Đã gửi' : a));
    for (const [i, name] of chosen.entries()) {
      await expect.poll(() => rsvp(name).inputValue()).toBe(expected[i]);
    }
  });
});
