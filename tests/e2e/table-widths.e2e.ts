import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, login, startHarness } from './harness';
import { acceptNominees, COLLECTIVES, INDIVIDUALS } from './review-data';

// The office's two long lists on a 1366×768 laptop and a 390×844 phone: every column header reads
// in full (no header cell cut), nothing scrolls sideways, and each row's actions are on screen.

const SIZES = [
  { name: 'laptop 1366×768', width: 1366, height: 768 },
  { name: 'phone 390×844', width: 390, height: 844 },
] as const;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // nominations waiting for the office: each row offers Tiếp nhận / Trả lại / Không tiếp nhận
  const office = await h.newPage();
  await login(office, 'thuky');
  await acceptNominees(h, office, [...INDIVIDUALS, ...COLLECTIVES], ['submit']);
}, 180_000);
afterAll(async () => {
  await h?.close();
});

/** Header cells cut (content wider than the cell), as "label: scrollWidth > clientWidth". */
const cutHeaders = (table: Locator) =>
  table.evaluate((t) =>
    [...t.querySelectorAll('th')]
      .filter((th) => th.scrollWidth > th.clientWidth + 1)
      .map((th) => `${th.textContent}: ${th.scrollWidth} > ${th.clientWidth}`),
  );

/** Elements of the page that scroll sideways (the page itself included). */
const sidewaysScrollers = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push('page');
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const style = getComputedStyle(el);
      if (!/(auto|scroll)/.test(style.overflowX)) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });

/** Every given control lies inside the viewport. */
async function allOnScreen(page: Page, controls: Locator, what: string) {
  const n = await controls.count();
  expect(n, `no ${what}`).toBeGreaterThan(0);
  const width = page.viewportSize()!.width;
  for (let i = 0; i < Math.min(n, 10); i++) {
    const box = await controls.nth(i).boundingBox();
    expect(box, `${what} ${i} not rendered`).not.toBeNull();
    expect(box!.x, `${what} ${i} left of the screen`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${what} ${i} right of the screen`).toBeLessThanOrEqual(width);
  }
}

describe.each(SIZES)('the long lists on a $name', (size) => {
  let page: Page;
  beforeAll(async () => {
    page = await h.newPage({ width: size.width, height: size.height });
    await login(page, 'thuky');
  });

  it('delegates: full headers, no sideways scroll, the row actions on screen', async () => {
    await page.goto(`/conferences/${h.demo.conferenceId}/delegates`);
    const table = page.getByTestId('delegates-table');
    await table.waitFor();
    expect(await cutHeaders(table)).toEqual([]);
    expect(await sidewaysScrollers(page)).toEqual([]);
    await allOnScreen(page, table.getByRole('button', { name: /^Thao tác/ }), 'row action');
  });

  it('nominations: full headers, no sideways scroll, the review buttons on screen', async () => {
    await page.goto(`/conferences/${h.demo.conferenceId}/nominations`);
    await page
      .getByRole('button', { name: /^Tiếp nhận: / })
      .filter({ visible: true })
      .first()
      .waitFor();
    const table = page.getByTestId('nominations-table');
    if (await table.isVisible()) expect(await cutHeaders(table)).toEqual([]);
    expect(await sidewaysScrollers(page)).toEqual([]);
    await allOnScreen(
      page,
      page.getByRole('button', { name: /^(Tiếp nhận|Trả lại|Không tiếp nhận): / }).filter({ visible: true }),
      'review button',
    );
  });
});
