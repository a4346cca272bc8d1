import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenePicture } from '../../src/server/seed/demo-pictures';
import { type Harness, login, seeText, startHarness } from './harness';

// Tin bài công khai: the culture officer (vanhoa) uploads photos through the library page (a GIF
// among them is refused in Vietnamese, naming the file), writes an article with one as its cover
// and publishes it; an anonymous visitor finds it on the organizer's articles with the picture,
// opens it (OpenGraph picture and title for Zalo/Facebook), and the Atom feed has it. The article
// list, the article and an album page pass axe-core (WCAG 2.1 AA) at 390 and 1366 px.

const TITLE = 'Tuyên dương điển hình tiên tiến phường Văn Yên';
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let h: Harness;
let staff: Page;
let dir: string;
const found: { articlePath?: string; albumPath?: string; assetId?: string } = {};

beforeAll(async () => {
  h = await startHarness();
  staff = await h.newPage({ width: 1280, height: 900 });
  dir = mkdtempSync(join(tmpdir(), 'vd-e2e-media-'));
  writeFileSync(
    join(dir, 'Hội nghị 2020.jpg'),
    await scenePicture('Hội nghị điển hình tiên tiến phường Văn Yên 2020'),
  );
  writeFileSync(
    join(dir, 'hoạt hình.gif'),
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .gif()
      .toBuffer(),
  );
});
afterAll(async () => {
  await h?.close();
});

describe('an article from the culture officer to the public', () => {
  it('uploads photos on the library page, each with its own outcome', async () => {
    await login(staff, 'vanhoa');
    await staff.getByRole('link', { name: 'Thư viện ảnh' }).click();
    await staff.waitForURL('**/publicity/media');
    await staff
      .locator('input[type="file"]')
      .setInputFiles([join(dir, 'Hội nghị 2020.jpg'), join(dir, 'hoạt hình.gif')]);
    await seeText(staff, 'Đã tải lên');
    await seeText(
      staff,
      'Ảnh "hoạt hình.gif" không được nhận: nội dung tệp là GIF; chỉ nhận ảnh JPG, PNG hoặc WebP',
    );
    const card = staff.getByTestId('media-card').filter({ hasText: 'Hội nghị 2020' });
    await card.waitFor();
    expect(await card.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  });

  it('writes the article with that photo as its cover and publishes it', async () => {
    await staff.getByRole('link', { name: 'Tin bài' }).click();
    await staff.getByRole('link', { name: 'Viết tin bài' }).click();
    await staff.getByLabel(/^Tiêu đề/).fill(TITLE);
    await staff.getByLabel(/^Tóm tắt/).fill('Hội nghị biểu dương 25 tập thể, cá nhân tiêu biểu.');
    await staff.getByLabel(/^Ảnh bìa/).selectOption({ label: 'Hội nghị 2020' });
    const body = staff.getByTestId('article-body-editor');
    await body.click();
    await body.pressSequentially('Sáng 31/3/2020, phường Văn Yên tổ chức hội nghị.');
    await staff.getByRole('button', { name: 'Lưu' }).click();
    await staff.waitForURL(/\/publicity\/articles\/[0-9a-f-]{36}$/);
    // a change not saved yet holds publishing back (publishing reloads the form and would drop it)
    await body.click();
    await body.press('End');
    await body.pressSequentially(' Đến dự có 100 đại biểu.');
    await seeText(staff, 'Lưu tin bài trước khi đăng.');
    expect(await staff.getByRole('button', { name: 'Đăng ngay' }).isDisabled()).toBe(true);
    await staff.getByRole('button', { name: 'Lưu' }).click();
    await staff.getByText('Lưu tin bài trước khi đăng.').waitFor({ state: 'detached' });
    await staff.getByRole('button', { name: 'Đăng ngay' }).click();
    const panel = staff.getByTestId('publish-panel');
    await panel.getByText('Đã đăng', { exact: true }).waitFor();
    const link = panel.getByRole('link', { name: 'Xem trang công khai' });
    found.articlePath = (await link.getAttribute('href')) ?? undefined;
    expect(found.articlePath).toMatch(/^\/tin-bai\/bai\/[0-9a-f-]{36}$/);
  });

  it('shows it to an anonymous visitor with its picture, and in the Atom feed', async () => {
    const visitor = await h.newPage({ width: 390, height: 844 });
    const org = h.demo.organizationId;
    await visitor.goto(`/tin-bai/don-vi/${org}`);
    const item = visitor.locator('li.card').filter({ hasText: TITLE });
    const img = item.locator('img');
    await img.waitFor();
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
      .toBeGreaterThan(0);
    expect(await img.getAttribute('alt')).toBe('Hội nghị 2020');
    found.assetId = /\/anh\/([0-9a-f-]{36})\//.exec((await img.getAttribute('src')) ?? '')?.[1];
    await item.getByRole('link', { name: TITLE }).click();
    await visitor.waitForURL(`**${found.articlePath}`);
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await seeText(visitor, 'Sáng 31/3/2020, phường Văn Yên tổ chức hội nghị. Đến dự có 100 đại biểu.');
    const og = await visitor.locator('meta[property="og:image"]').getAttribute('content');
    // the preview is the largest size, a JPEG every link-preview crawler reads
    expect(og).toMatch(new RegExp(`^${h.baseUrl}/anh/${found.assetId}/\\d+$`));
    const preview = await visitor.request.get(og!);
    expect(preview.headers()['content-type']).toBe('image/jpeg');
    expect(await visitor.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
    const feed = await visitor.request.get(`/feed/${org}/atom.xml`);
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    expect(xml).toContain(TITLE);
    expect(xml).toContain(`${h.baseUrl}${found.articlePath}`);
  });

  it('publishes an album of the photo (through the API) for the exhibition page', async () => {
    const api = `/api/organizations/${h.demo.organizationId}`;
    const created = await staff.request.post(`${api}/albums`, {
      data: {
        title: 'Triển lãm ảnh phong trào thi đua yêu nước',
        assetIds: [found.assetId],
        coverAssetId: found.assetId,
      },
    });
    expect(created.status()).toBe(201);
    const album = await created.json();
    const published = await staff.request.post(`${api}/albums/${album.id}/publish`, {
      data: { publish: true, version: album.version },
    });
    found.albumPath = (await published.json()).publicPath;
    expect(found.albumPath).toBe(`/thu-vien/album/${album.id}`);
  });
});

describe('axe-core on the public gallery and articles: no serious or critical violation', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 900 },
  ]) {
    for (const target of ['articles', 'article', 'album'] as const) {
      it(`${target} at ${viewport.width} px`, async () => {
        const path =
          target === 'articles'
            ? `/tin-bai/don-vi/${h.demo.organizationId}`
            : target === 'article'
              ? found.articlePath!
              : found.albumPath!;
        const p = await h.newPage(viewport);
        await p.goto(path);
        await p.locator('h1').waitFor();
        const result = await new AxeBuilder({ page: p }).withTags(WCAG_AA).analyze();
        const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        const report = blocking
          .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
          .join('\n');
        expect(report).toBe('');
        expect(
          await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        ).toBeLessThanOrEqual(0);
      });
    }
  }
});
