// What the PDF preview shows, read from the page as a user sees it: the page count line, and the
// pixels pdf.js drew on the canvas (size, ink, a fingerprint to tell two pages apart).
import type { ConsoleMessage, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export type DrawnPage = {
  /** On-screen size of the canvas, CSS pixels. */
  cssWidth: number;
  cssHeight: number;
  /** How many pixels are clearly dark (text, lines): an empty or white page has none. */
  dark: number;
  /** How many pixels are not white at all. */
  inked: number;
  /** A cheap fingerprint of the pixels, to tell two drawn pages apart. */
  fingerprint: number;
};

/** Waits until page `n` is drawn on the preview's canvas and reads its pixels. */
export async function drawnPage(dialog: Locator, n: number): Promise<DrawnPage> {
  const canvas = dialog.locator(`canvas[data-drawn-page="${n}"]`);
  await canvas.waitFor({ timeout: 30_000 });
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let dark = 0;
    let inked = 0;
    let fingerprint = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      const light = a === 0 ? 255 : (r + g + b) / 3;
      if (light < 250) inked++;
      if (light < 128) {
        dark++;
        fingerprint = (fingerprint * 31 + i) % 1_000_000_007;
      }
    }
    const box = c.getBoundingClientRect();
    return { cssWidth: box.width, cssHeight: box.height, dark, inked, fingerprint };
  });
}

/** The drawn page looks like a page of paper of the given shape (height ÷ width) with ink on it. */
export function expectPaperPage(p: DrawnPage, heightOverWidth: number, minDark: number) {
  expect(p.cssWidth).toBeGreaterThan(300);
  expect(p.cssHeight / p.cssWidth).toBeCloseTo(heightOverWidth, 1);
  expect(p.dark).toBeGreaterThan(minDark);
}

/** Starts collecting the Content-Security-Policy refusals the page reports; `stop` returns them. */
export function watchCsp(page: Page): { stop: () => string[] } {
  const seen: string[] = [];
  const listen = (m: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  };
  page.on('console', listen);
  return {
    stop: () => {
      page.off('console', listen);
      return seen;
    },
  };
}

export const A4_PORTRAIT = 297 / 210;
export const A4_LANDSCAPE = 210 / 297;
