import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { harnessForFile, openFromConference, seeText } from './harness';

// Chị Hà builds the day's program from the plan, then moves the summary report to the top —
// first by dragging it, then back down one place with the keyboard-accessible ↓ button — and
// sees every later item's start and end move by the report's length.

const ctx = harnessForFile();

type Row = { title: string; time: string };
const REPORT = /^Báo cáo tổng kết phong trào/u;

async function rows(p: Page): Promise<Row[]> {
  return p.locator('[data-testid="agenda-item"]').evaluateAll((els) =>
    els.map((el) => ({
      title: el.getAttribute('data-title') ?? '',
      time: el.querySelector('[data-testid="item-time"]')?.textContent ?? '',
    })),
  );
}

const minutes = (hhmm: string) => {
  const [hh, mm] = hhmm.split(':').map(Number);
  return hh! * 60 + mm!;
};
/** "07:30–07:35" → [450, 455]. */
const span = (time: string) => time.split('–').map(minutes) as [number, number];

/** Waits until the list shows `title` at `index`. */
async function waitForOrder(p: Page, title: RegExp, index: number) {
  await p.waitForFunction(
    ([source, flags, i]) => {
      const el = document.querySelectorAll('[data-testid="agenda-item"]')[i as number];
      return !!el && new RegExp(source as string, flags as string).test(el.getAttribute('data-title') ?? '');
    },
    [title.source, title.flags, index],
  );
}

describe('agenda builder', () => {
  it('creates the agenda from the plan: 13 items from 07:30', async () => {
    await openFromConference(ctx.page, ctx.h, {
      username: 'thuky',
      link: 'Mở chương trình',
      path: 'program',
    });
    await ctx.page.getByRole('button', { name: 'Tạo từ kế hoạch' }).click();
    await ctx.page.locator('[data-testid="agenda-item"]').nth(12).waitFor();
    const r = await rows(ctx.page);
    expect(r).toHaveLength(13);
    expect(r[0]).toEqual({ title: 'Đón tiếp đại biểu', time: '07:30–07:35' });
    for (let i = 1; i < r.length; i++) expect(span(r[i]!.time)[0]).toBe(span(r[i - 1]!.time)[1]);
  });

  it('drags an item to the top: every item it passed starts later by its length', async () => {
    const before = await rows(ctx.page);
    const from = before.findIndex((r) => REPORT.test(r.title));
    const report = before[from]!;
    const length = span(report.time)[1] - span(report.time)[0];
    await ctx.page
      .locator('[data-testid="agenda-item"]')
      .nth(from)
      .dragTo(ctx.page.locator('[data-testid="agenda-item"]').first());
    await waitForOrder(ctx.page, REPORT, 0);
    const after = await rows(ctx.page);
    expect(after[0]!.time).toBe(
      `07:30–${String(Math.floor((450 + length) / 60)).padStart(2, '0')}:${String((450 + length) % 60).padStart(2, '0')}`,
    );
    for (const old of before.slice(0, from)) {
      const now = after.find((r) => r.title === old.title)!;
      expect(span(now.time)[0] - span(old.time)[0]).toBe(length);
      expect(span(now.time)[1] - span(old.time)[1]).toBe(length);
    }
    // the items after its old place keep their times
    for (const old of before.slice(from + 1))
      expect(after.find((r) => r.title === old.title)!.time).toBe(old.time);
  });

  it('moves it down one place with the ↓ button: the first item goes back to 07:30', async () => {
    const before = await rows(ctx.page);
    await ctx.page.getByRole('button', { name: 'Chuyển mục 1 xuống' }).click();
    await waitForOrder(ctx.page, REPORT, 1);
    const after = await rows(ctx.page);
    expect(after[0]).toEqual({ title: before[1]!.title, time: '07:30–07:35' });
    const length = span(before[0]!.time)[1] - span(before[0]!.time)[0];
    expect(span(after[1]!.time)[0]).toBe(450 + 5);
    for (let i = 2; i < after.length; i++) expect(after[i]!.time).toBe(before[i]!.time);
    expect(length).toBeGreaterThan(5);
    await seeText(ctx.page, /Kết thúc lúc \d\d:\d\d · dự kiến 11:30/u);
  });

  it('runs the show: one tap moves the projected current item on', async () => {
    await ctx.page.getByRole('link', { name: 'Điều hành chương trình' }).click();
    await ctx.page.waitForURL(`**/conferences/${ctx.h.demo.conferenceId}/program/run`);
    await seeText(ctx.page, 'Chưa bắt đầu');
    await ctx.page.getByRole('button', { name: 'Bắt đầu chương trình' }).click();
    await ctx.page.getByTestId('run-current').getByText('1. Đón tiếp đại biểu').waitFor();
    await ctx.page.getByRole('button', { name: 'Mục tiếp theo ›' }).click();
    await ctx.page
      .getByTestId('run-current')
      .getByText(/^2\. Báo cáo tổng kết/u)
      .waitFor();
    await ctx.page.getByTestId('run-next').getByText('3. Ổn định tổ chức').waitFor();
  });
});
