import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfQrCodes } from '../helpers/pdf';
import { type Harness, login, seeText, startHarness } from './harness';

// The public face of the honour board: an anonymous visitor on a phone lands on Văn Yên's 2020
// board with its photos, opens a person; a certificate's QR (read from the PDF the secretary
// prints) opens its verification page; an altered code is refused; axe-core finds no serious or
// critical WCAG 2.1 AA violation on the public pages at 390 px and 1366 px.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let h: Harness;
let visitor: Page;
let personPath = '';
let verifyPath = '';

beforeAll(async () => {
  h = await startHarness({ full: true });
  visitor = await h.newPage(PHONE);
}, 240_000);
afterAll(async () => {
  await h?.close();
});

describe('the public honour board', () => {
  it('takes an anonymous visitor of "/" to Văn Yên\'s board, photos loaded', async () => {
    await visitor.goto('/');
    await visitor.waitForURL('**/vinh-danh');
    await seeText(visitor, 'Vinh danh điển hình tiên tiến');
    await seeText(visitor, /Văn Yên/);
    const eager = visitor.locator('img[loading="eager"]');
    expect(await eager.count()).toBeGreaterThan(0);
    await visitor.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('img[loading="eager"]')].every((i) => i.complete),
    );
    const widths = await eager.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(widths.every((w) => w > 0)).toBe(true);
    expect(await visitor.context().cookies()).toEqual([]);
  });

  it("opens a person's page with the photo, the form and the decision", async () => {
    const link = visitor.locator('.card .name a').first();
    const name = (await link.textContent())!.trim();
    await link.click();
    await visitor.waitForURL('**/vinh-danh/nguoi/**');
    personPath = new URL(visitor.url()).pathname;
    await expect(visitor.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(name);
    await seeText(visitor, 'Hình thức khen thưởng');
    await seeText(visitor, /Quyết định số/);
    const img = visitor.locator('article img').first();
    await visitor.waitForFunction(
      () => (document.querySelector('article img') as HTMLImageElement | null)?.complete,
    );
    expect(await img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  });

  it('verifies a printed certificate through its QR, and refuses an altered code', async () => {
    const secretary = await h.newPage();
    await login(secretary, 'thuky');
    const res = await secretary.request.get(
      `/api/conferences/${h.demo.conferenceId}/certificates.pdf?mode=design`,
    );
    expect(res.status()).toBe(200);
    const url = pdfQrCodes(Buffer.from(await res.body()))[0];
    expect(url).toMatch(/\/xac-minh\/[0-9A-Z]{12}$/);
    verifyPath = new URL(url!).pathname;
    await visitor.goto(url!);
    await seeText(visitor, 'là giấy khen thật');
    await seeText(visitor, 'Cơ quan khen thưởng');
    const code = verifyPath.slice(-12);
    const altered = `${code.slice(0, 5)}${code[5] === '7' ? '8' : '7'}${code.slice(6)}`;
    await visitor.goto(`/xac-minh?ma=${altered}`);
    await seeText(visitor, 'có thể đã bị sửa');
  });
});

describe('axe-core on the public pages: no serious or critical violation', () => {
  const targets = () => [
    ['the home', '/vinh-danh'],
    ['the organizer board', `/vinh-danh/don-vi/${h.demo.organizationId}`],
    ['a person', personPath],
    ['a verification', verifyPath],
  ];
  for (const viewport of [PHONE, DESKTOP]) {
    it(`at ${viewport.width} px`, async () => {
      await visitor.setViewportSize(viewport);
      const problems: string[] = [];
      for (const [name, path] of targets()) {
        expect(path, name).not.toBe('');
        await visitor.goto(path!);
        const { violations } = await new AxeBuilder({ page: visitor }).withTags(WCAG_AA).analyze();
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
          problems.push(
            `${name}: [${v.impact}] ${v.id} — ${v.help} at ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 4)
              .join(', ')}`,
          );
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
