import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../helpers/docx';
import { tinyPng } from '../helpers/files';
import { pdfPagesText } from '../helpers/pdf';
import { fillDateTime } from './date-inputs';
import { type Harness, login, seeText, startHarness } from './harness';
import { A4_LANDSCAPE, A4_PORTRAIT, drawnPage, expectPaperPage, watchCsp } from './pdf-preview';

// Chị Hà (thư ký) on the demo as it happened in 2020 (honorees decided on 25/3/2020): from the
// documents page she downloads every kind as DOCX and as PDF and reads each file as the clerk
// would, picks the meeting of the BB, sets the QĐ's rounding and legal basis and issues the QĐ;
// then on the certificate page she adds the seal and downloads the batch in both modes.

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness({ history: true });
  page = await h.newPage();
  await login(page, 'thuky');
});
afterAll(async () => {
  await h?.close();
});

const flat = (s: string) => s.replace(/\s+/g, ' ');

async function download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path()) as string) };
}

/** The kind's DOCX and PDF as downloaded from its card, each as one line of text. */
async function both(kind: string): Promise<{ docx: string; pdf: string }> {
  const card = page.getByTestId(`kind-${kind}`);
  const docx = await download(card.getByRole('button', { name: 'Tải DOCX' }));
  expect(docx.name).toMatch(/\.docx$/);
  const pdf = await download(card.getByRole('button', { name: 'Tải PDF' }));
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  return {
    docx: flat((await readDocx(docx.bytes)).paragraphs.map((p) => p.text).join('\n')),
    pdf: flat((await pdfPagesText(pdf.bytes)).join('\n')),
  };
}

// Each kind: the title line and what the clerk checks against the data.
const EXPECTED: [kind: string, parts: string[]][] = [
  [
    'plan',
    ['KẾ HOẠCH', 'Văn Yên, ngày 18 tháng 3 năm 2020', 'Ngày 31/3/2020: tổ chức Hội nghị', 'Lê Đình Thắng'],
  ],
  ['program', ['CHƯƠNG TRÌNH', 'Đón tiếp đại biểu', 'Giữ bình yên cho từng khu dân cư']],
  ['invitation', ['GIẤY MỜI', 'Hội trường UBND phường Văn Yên']],
  [
    'delegate_list',
    ['DANH SÁCH', 'Nguyễn Văn An', 'Tổ dân phố 1', 'Trần Thị Hường', 'Đại diện Tổ dân phố 5'],
  ],
  ['submission', ['TỜ TRÌNH', 'Kính gửi: Chủ tịch UBND phường Văn Yên', 'Võ Thị Lan Anh']],
  ['minutes', ['BIÊN BẢN', 'ngày 25 tháng 3 năm 2020', 'Trần Thị Hường', 'Đặng Thị Thu Hà']],
  [
    'decision',
    ['QUYẾT ĐỊNH', 'DANH SÁCH CÁC TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG', 'Tổ dân phố 5', 'Tổng số tiền thưởng:'],
  ],
  ['notice', ['THÔNG BÁO', 'Hồ Đức Anh', 'Trường Tiểu học Văn Yên']],
];

describe('every document of the 2020 demo, downloaded from the documents page', () => {
  it('shows every kind as available', async () => {
    await page.goto(`/conferences/${h.demo.conferenceId}/documents`);
    await seeText(page, 'Sổ văn bản');
    for (const [kind] of EXPECTED) {
      const card = page.getByTestId(`kind-${kind}`);
      await card.waitFor();
      expect(await card.getByRole('button', { name: 'Tải PDF' }).isDisabled(), kind).toBe(false);
    }
  });

  for (const [kind, parts] of EXPECTED) {
    it(`downloads ${kind} as DOCX and PDF with its data`, async () => {
      const { docx, pdf } = await both(kind);
      for (const [format, text] of [
        ['docx', docx],
        ['pdf', pdf],
      ] as const) {
        for (const p of parts) expect(text, `${kind}.${format}: ${p}`).toContain(p);
        expect(text, `${kind}.${format}`).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      }
    });
  }

  it('gives the QĐ total in figures and in words, in đồng', async () => {
    const { docx, pdf } = await both('decision');
    for (const text of [docx, pdf]) {
      // No QĐ date set: the draft is priced on the conference day, 31/3/2020, as the budget is.
      // The demo's "biểu dương" forms: 0,6 × 1.490.000 per collective, 0,3 × per individual
      expect(text).toContain('mức lương cơ sở 1.490.000 đồng áp dụng vào ngày 31 tháng 3 năm 2020');
      expect(text).toContain('894.000');
      expect(text).toContain('447.000');
      // 5 collectives × 894.000 + 7 individuals × 447.000
      expect(text).toContain(
        `Tổng số tiền thưởng: ${(5 * 894_000 + 7 * 447_000).toLocaleString('de-DE')} đồng`,
      );
      expect(text).toMatch(/Bằng chữ: [A-ZĐÀ-Ỹ][^.]* đồng/u);
      expect(text).toContain('(có danh sách kèm theo)');
      // dated the conference day: it cites the laws in force then (the 2003 law, Decree 91/2017)
      expect(text).toContain('Nghị định số 91/2017/NĐ-CP');
    }
  });

  it('previews the QĐ in the page: every page of the PDF drawn by pdf.js', async () => {
    const csp = watchCsp(page);
    const res = await page.request.get(`/api/conferences/${h.demo.conferenceId}/documents/decision.pdf`);
    const pages = (await pdfPagesText(await res.body())).length;
    await page.getByTestId('kind-decision').getByRole('button', { name: 'Xem trước PDF' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Tài liệu có ${pages} trang`).waitFor({ timeout: 30_000 });
    const seen = new Set<number>();
    for (let n = 1; n <= pages; n++) {
      if (n > 1) await dialog.getByRole('button', { name: 'Trang sau ›' }).click();
      await dialog.getByText(`Trang ${n}/${pages}`).waitFor();
      const drawn = await drawnPage(dialog, n);
      expectPaperPage(drawn, A4_PORTRAIT, 500);
      seen.add(drawn.fingerprint);
    }
    expect(seen.size).toBe(pages);
    expect(await dialog.getByRole('button', { name: 'Trang sau ›' }).isDisabled()).toBe(true);
    expect(csp.stop()).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});

describe('choices and settings on the documents page', () => {
  it('picks the council meeting of the BB from a list of the closed meetings', async () => {
    const card = page.getByTestId('kind-minutes');
    const select = card.getByLabel('Phiên họp');
    expect(await select.inputValue()).toContain(
      'Họp Hội đồng Thi đua - Khen thưởng xét chọn điển hình tiên tiến',
    );
    expect(await select.inputValue()).toContain('25/03/2020');
    const { pdf } = await both('minutes');
    expect(pdf).toContain('Họp Hội đồng Thi đua - Khen thưởng xét chọn điển hình tiên tiến');
  });

  it('saves the prize rounding in the document settings', async () => {
    const section = page.getByRole('region', { name: 'Cài đặt văn bản' });
    await section.getByLabel('Làm tròn tiền thưởng').click();
    await page.getByRole('option', { name: 'Làm tròn lên đến chục nghìn đồng' }).click();
    await section.getByLabel('Dùng căn cứ pháp lý mặc định').uncheck({ force: true });
    const basis = section.getByLabel('Căn cứ pháp lý của Quyết định');
    await basis.fill(
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Quy chế thi đua, khen thưởng của phường;',
    );
    await section.getByRole('button', { name: 'Lưu cài đặt văn bản' }).click();
    await seeText(page, 'Đã lưu cài đặt văn bản');
    const { docx } = await both('decision');
    expect(docx).toContain('Căn cứ Quy chế thi đua, khen thưởng của phường;');
    expect(docx).not.toContain('Nghị định số 152/2025/NĐ-CP');
  });

  // The 2020 history already holds the QĐ issued on 28/3/2020 (Số 01/QĐ-UBND): a new one is 02.
  it('issues the QĐ: Số 02/QĐ-UBND in the register, after the 01 of the history', async () => {
    await page.getByTestId('kind-decision').getByRole('button', { name: 'Ban hành' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Người ký/).fill('Lê Đình Thắng');
    await fillDateTime(dialog, 'Thời điểm ký', '28/03/2020', '09:00');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('register-entry').filter({ hasText: 'Số: 01/QĐ-UBND' }).waitFor();
    await page.getByTestId('register-entry').filter({ hasText: 'Số: 02/QĐ-UBND' }).waitFor();
  });
});

describe('the certificates of the 2020 honorees', () => {
  let honorees: number;

  it('opens the certificate page with the honoree count', async () => {
    await page.goto(`/conferences/${h.demo.conferenceId}/certificates`);
    const res = await page.request.get(`/api/conferences/${h.demo.conferenceId}/certificates/settings`);
    honorees = (await res.json()).honoreeCount;
    expect(honorees).toBeGreaterThanOrEqual(10);
    await seeText(page, String(honorees));
    const note = page.getByTestId('cert-decision-note');
    expect(await note.textContent()).toContain(
      'Quyết định khen thưởng đã ban hành: Số: 02/QĐ-UBND ngày 28/03/2020',
    );
  });

  it('uploads a seal image (a non-image is refused)', async () => {
    const seal = page.getByTestId('cert-image-seal');
    await seal.locator('input[type=file]').setInputFiles({
      name: 'con-dau.png',
      mimeType: 'image/png',
      buffer: Buffer.from('MZ not an image at all'),
    });
    await seeText(page, 'chỉ nhận ảnh PNG hoặc JPG');
    await seal
      .locator('input[type=file]')
      .setInputFiles({ name: 'con-dau.png', mimeType: 'image/png', buffer: tinyPng() });
    await seal.getByRole('img', { name: 'Ảnh con dấu' }).waitFor();
  });

  it('previews the first certificate drawn in the page: one landscape A4 page', async () => {
    const csp = watchCsp(page);
    await page.getByRole('button', { name: 'Xem trước trang đầu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Tài liệu có 1 trang').waitFor({ timeout: 30_000 });
    await dialog.getByText('Trang 1/1').waitFor();
    expectPaperPage(await drawnPage(dialog, 1), A4_LANDSCAPE, 2_000);
    expect(csp.stop()).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('downloads the batch on the full design: one page per honoree', async () => {
    await page.getByText('Mẫu đầy đủ').first().click();
    const pdf = await download(page.getByRole('button', { name: 'Tải giấy khen (PDF)' }));
    const pages = await pdfPagesText(pdf.bytes);
    expect(pages).toHaveLength(honorees);
    const all = flat(pages.join('\n'));
    expect(all).toContain('Trần Thị Hường');
    expect(all).toContain('Trường Tiểu học Văn Yên');
    expect(flat(pages[0]!)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all).toContain('02/QĐ-UBND');
    // the seal is drawn on the design
    expect(pdf.bytes.toString('latin1')).toContain('/Subtype /Image');
  });

  it('downloads the batch for pre-printed blanks: one page per honoree, only the variable fields', async () => {
    await page.getByText('In trên phôi').first().click();
    const pdf = await download(page.getByRole('button', { name: 'Tải giấy khen (PDF)' }));
    const pages = await pdfPagesText(pdf.bytes);
    expect(pages).toHaveLength(honorees);
    const all = flat(pages.join('\n'));
    expect(all).toContain('Trần Thị Hường');
    expect(all).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all).toContain('02/QĐ-UBND');
    expect(pdf.bytes.toString('latin1')).not.toContain('/Subtype /Image');
  });
});
