import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate, personRow } from '../helpers/xlsx';
import { type Harness, login, startHarness } from './harness';

// An import with one bad row lists it as "Dòng …, cột 'Năm sinh': …" and stores nothing.

const FORM = 'Điển hình tiên tiến được biểu dương (cá nhân)';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage({ width: 390, height: 844 });
});
afterAll(async () => {
  await h?.close();
});

describe('import with a bad row', () => {
  it('lists the row error and stores nothing', async () => {
    const cid = h.demo.conferenceId;
    await login(page, 'thuky');
    // Open submissions for the units: the demo deadline (23/03/2020) has passed.
    const detail = await (await page.request.get(`/api/conferences/${cid}`)).json();
    const m = detail.milestones.find((x: { kind: string }) => x.kind === 'submission_deadline');
    const next = new Date(Date.now() + 7 * 3600_000 + 5 * 86_400_000).toISOString().slice(0, 10);
    const moved = await page.request.put(`/api/conferences/${cid}/milestones/${m.id}`, {
      data: { ...m, startDate: next, id: undefined, state: undefined, sortOrder: undefined },
    });
    expect(moved.status()).toBe(200);
    await page.request.post('/api/auth/logout');

    await login(page, 'tdp5');
    const me = await (await page.request.get('/api/auth/me')).json();
    const unitId = me.user.memberships[0].unitId as string;
    // The template as the page would download it (same session cookie).
    const res = await page.request.get(`/api/conferences/${cid}/units/${unitId}/nominations/template.xlsx`);
    expect(res.status()).toBe(200);
    const filled = await fillTemplate(Buffer.from(await res.body()), [
      personRow(FORM, 'Phạm Thị Lan'),
      personRow(FORM, 'Đỗ Văn Hùng', { gender: 'Nam', birthYear: 1850 }),
    ]);
    const file = join(tmpdir(), `loi-nam-sinh-${Date.now()}.xlsx`);
    await writeFile(file, filled);

    await page.goto(`/conferences/${cid}/units/${unitId}/import`);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Nhập danh sách' }).click();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('chưa lưu dòng nào');
    expect(text).toMatch(/Dòng 6, cột 'Năm sinh': .*1900/);

    const list = await (await page.request.get(`/api/conferences/${cid}/nominations`)).json();
    expect(list.total).toBe(0);
    await page.goto(`/conferences/${cid}/units/${unitId}`);
    await page.getByText('Chưa có ai trong danh sách', { exact: false }).waitFor();
  });
});
