import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, login, seeText, startHarness } from './harness';

// Phản ánh, kiến nghị: bác Tâm (TDP 5) on his phone raises a problem about one of his unit's
// nominations; the secretary (another browser) sees it on the list and on the conference dashboard,
// answers it and closes it; bác Tâm reloads and reads the answer and the status. His thread page
// passes axe-core (WCAG 2.1 AA) at 390 px without scrolling sideways.

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TOPIC = 'Hồ sơ đề nghị thiếu xác nhận của chi hội';
const CONFERENCE = 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025';

let h: Harness;
let unit: Page;
let office: Page;
let threadUrl: string;
let nominee: string;

beforeAll(async () => {
  h = await startHarness({ history: true });
  unit = await h.newPage({ width: 390, height: 844 });
  office = await h.newPage();
});
afterAll(async () => {
  await h?.close();
});

const noHorizontalScroll = (p: Page) =>
  p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

describe('a unit raises a thread, the office answers', () => {
  it('the TDP head raises a thread about one of his nominations from the menu', async () => {
    await login(unit, 'tdp5');
    await unit.getByRole('button', { name: 'Mở/đóng menu' }).click();
    await unit.getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
    await unit.waitForURL('**/threads');
    await seeText(unit, 'Chưa có phản ánh nào.');
    await unit.getByLabel('Chủ đề').fill(TOPIC);
    await unit.getByLabel('Nội dung').fill('Xin Văn phòng hướng dẫn: hồ sơ cần xác nhận của ai?');
    await unit.getByLabel('Về hội nghị (không bắt buộc)').selectOption({ label: CONFERENCE });
    const nomination = unit.getByLabel('Về hồ sơ đề nghị (không bắt buộc)');
    nominee = (await nomination.locator('option').nth(1).textContent()) ?? '';
    expect(nominee).not.toBe('');
    await nomination.selectOption({ index: 1 });
    expect(await noHorizontalScroll(unit)).toBe(true);
    await unit.getByRole('button', { name: 'Gửi', exact: true }).click();
    await unit.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
    threadUrl = new URL(unit.url()).pathname;
    await unit.getByRole('heading', { level: 1, name: TOPIC }).waitFor();
    await seeText(unit, `Liên quan: ${nominee}`);
    await expect(unit.getByTestId('thread-status').textContent()).resolves.toBe('Mới');
  });

  it('the secretary sees it on the list and the dashboard, answers it and closes it', async () => {
    await login(office, 'thuky');
    await office.goto(`/conferences/${h.demo.conferenceId}/dashboard`);
    const card = office.getByTestId('dash-threads');
    await card.getByText('1 phản ánh chưa đóng (1 về hội nghị này)').waitFor();
    await card.getByText('Phản ánh chưa đóng lâu nhất: 0 ngày').waitFor();
    await card.getByRole('link', { name: 'Mở danh sách phản ánh' }).click();
    await office.waitForURL('**/threads');
    const row = office.getByTestId('thread-row').filter({ hasText: TOPIC });
    await row.getByText('Tổ dân phố 5').waitFor();
    expect(await row.getByTestId('thread-status').textContent()).toBe('Mới');
    await row.getByRole('link', { name: TOPIC }).click();
    await office.waitForURL(`**${threadUrl}`);
    await office.getByLabel('Trả lời đơn vị').fill('Cần xác nhận của Chi hội trưởng chi hội phụ nữ.');
    await office.getByRole('button', { name: 'Gửi', exact: true }).click();
    await office.getByTestId('message-office').getByText('Văn phòng — Trần Thị Hà').waitFor();
    await office.getByTestId('thread-status').getByText('Đã trả lời').waitFor();
    await office.getByLabel('Trạng thái').selectOption({ label: 'Đóng' });
    await office.getByTestId('thread-status').getByText('Đóng').waitFor();
  });

  it('the TDP head reloads and reads the answer and the status', async () => {
    await unit.reload();
    const answer = unit.getByTestId('message-office');
    await answer.getByText('Cần xác nhận của Chi hội trưởng chi hội phụ nữ.').waitFor();
    await answer.getByText('Văn phòng — Trần Thị Hà').waitFor();
    await unit.getByTestId('message-unit').getByText('Đơn vị — Nguyễn Văn Tâm').waitFor();
    expect(await unit.getByTestId('thread-status').textContent()).toBe('Đóng');
    await seeText(unit, 'Phản ánh đã đóng: không gửi thêm được.');
    // the answer reached him in the bell too: opening it lands on the thread
    const bell = unit.getByRole('button', { name: 'Thông báo (1 chưa đọc)' });
    await bell.click();
    await unit.getByText(`Văn phòng đã trả lời phản ánh: ${TOPIC}`).click();
    await unit.waitForURL(`**${threadUrl}`);
    await unit.getByRole('button', { name: 'Thông báo', exact: true }).waitFor();
  });

  it('his thread page passes axe at 390 px without scrolling sideways', async () => {
    const result = await new AxeBuilder({ page: unit }).withTags(WCAG_AA).analyze();
    const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const report = blocking
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      .join('\n');
    expect(report).toBe('');
    expect(await noHorizontalScroll(unit)).toBe(true);
  });
});
