import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { harnessForFile, login } from './harness';

// Nhật ký thay đổi in words: the unit head sends a nomination, the office returns it with a
// reason; the secretary opens the audit log and reads "Trả lại hồ sơ đề nghị" with the reason,
// statuses as words and no field key, code or id; then keeps only one person's entries.

const s = harnessForFile();
const REASON = 'Thiếu biên bản họp bình xét của tổ dân phố';
let nominationId = '';

async function api(page: Page, method: 'post' | 'put', url: string, data: object) {
  const res = await page.request[method](url, { data });
  if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
  return res.json();
}

/** The text as the reader sees it, line by line (textContent would glue the cells' lines together). */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked
const seen = (l: Locator) => l.innerText();

/** What in the page's text would not read as Vietnamese words. */
function rawProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i.test(text)) problems.push('id');
  if (/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(text)) problems.push('HTML');
  if (/[{}]|"\w+"\s*:/.test(text)) problems.push('JSON');
  for (const token of text.split(/[^A-Za-z0-9_]+/)) {
    if (/^[a-z]+[A-Z]\w*$/.test(token)) problems.push(`camelCase ${token}`);
    if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(token)) problems.push(`snake_case ${token}`);
    if (['draft', 'submitted', 'returned', 'resubmitted', 'accepted', 'individual', 'female'].includes(token))
      problems.push(`code ${token}`);
  }
  return problems;
}

describe('the audit page in words', () => {
  it('shows the office returning a nomination, with its reason, in Vietnamese', async () => {
    const { h } = s;
    const base = `/api/conferences/${h.demo.conferenceId}`;
    // the office opens submissions again (the demo's deadline is in 2020)
    const office = await h.newPage();
    await login(office, 'thuky');
    const conf = await (await office.request.get(base)).json();
    const deadline = conf.milestones.find((m: { kind: string }) => m.kind === 'submission_deadline');
    const soon = new Date(Date.now() + 7 * 3600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
    await api(office, 'put', `${base}/milestones/${deadline.id}`, {
      ...deadline,
      startDate: soon,
      endDate: null,
      id: undefined,
      state: undefined,
      sortOrder: undefined,
    });
    // the unit head sends a nomination with a rich-text summary; the office returns it
    const unit = await h.newPage();
    await login(unit, 'tdp5');
    const n = await api(unit, 'post', `${base}/units/${h.demo.unitIds.get('Tổ dân phố 5')}/nominations`, {
      kind: 'individual',
      awardFormId: h.demo.formIds.get('DHTT-CN'),
      individual: {
        fullName: 'Võ Thị Lan',
        gender: 'female',
        birthYear: 1970,
        ethnicity: 'Kinh',
        position: 'Tổ trưởng tổ phụ nữ',
        occupationGroup: 'direct_producer',
      },
      summaryHtml: '<p>Vận động <strong>120 hộ</strong> hiến đất.</p>',
    });
    nominationId = n.id;
    const sent = await api(unit, 'post', `${base}/nominations/${n.id}/submit`, { version: n.version });
    await api(office, 'post', `${base}/nominations/${n.id}/return`, {
      version: sent.version,
      reason: REASON,
    });

    const page = s.page;
    await login(page, 'thuky');
    await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    await page.waitForURL('**/audit');
    const table = page.getByTestId('audit-table');
    const returned = table.locator('tr', { hasText: 'Trả lại hồ sơ đề nghị' });
    await returned.first().waitFor();
    const row = (await seen(returned.first())).replace(/\s+/g, ' ');
    expect(row).toContain('Trần Thị Hà');
    expect(row).toContain('Võ Thị Lan');
    expect(row).toMatch(/Trạng thái: Đã gửi → Bị trả lại/);
    expect(row).toContain(`Lý do trả lại: (trống) → ${REASON}`);
    const created = (await seen(table.locator('tr', { hasText: 'Thêm hồ sơ đề nghị' }).first())).replace(
      /\s+/g,
      ' ',
    );
    expect(created).toContain('Nguyễn Văn Tâm');
    expect(created).toContain('Tóm tắt thành tích: Vận động 120 hộ hiến đất.');
    expect(rawProblems(await seen(table))).toEqual([]);
  });

  it('keeps one person’s entries when filtered by person', async () => {
    const page = s.page;
    await page.getByTestId('audit-filters').getByRole('combobox', { name: 'Người thực hiện' }).click();
    await page.getByRole('option', { name: 'Nguyễn Văn Tâm' }).click();
    await page.waitForURL(/[?&]nguoi=/);
    const table = page.getByTestId('audit-table');
    await table.locator('tr', { hasText: 'Gửi hồ sơ đề nghị' }).first().waitFor();
    await expect.poll(() => table.locator('tr', { hasText: 'Trả lại hồ sơ đề nghị' }).count()).toBe(0);
    const actors = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(actors.length).toBeGreaterThanOrEqual(2);
    expect(new Set(actors)).toEqual(new Set(['Nguyễn Văn Tâm']));
    expect(rawProblems(await seen(table))).toEqual([]);
  });

  it('shows the nomination’s own history on its page, in the same words', async () => {
    const page = s.page;
    await page.goto(`/conferences/${s.h.demo.conferenceId}/nominations/${nominationId}`);
    const history = page.getByRole('region', { name: 'Lịch sử hồ sơ' });
    await history.getByText('Trả lại hồ sơ đề nghị').waitFor();
    const text = (await seen(history)).replace(/\s+/g, ' ');
    expect(text).toContain(`Lý do trả lại: (trống) → ${REASON}`);
    expect(text).toContain('Gửi hồ sơ đề nghị · Nguyễn Văn Tâm');
    expect(rawProblems(text)).toEqual([]);
  });
});
