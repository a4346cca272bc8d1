import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { individual } from '../helpers/nominations';
import { harnessForFile, login, seeText } from './harness';

// Issue 13: the secretary receiving many nominations ticks several in the list and accepts them
// in one action, after a confirmation naming them.

const s = harnessForFile();
const NAMES = ['Lý Thị Mai', 'Hồ Văn Nam', 'Đỗ Thị Oanh'];

/** Three nominations sent by Tổ dân phố 3 before a deadline moved after today (as the office would, over HTTP). */
async function threeSent(office: Page, cid: string) {
  const api = `/api/conferences/${cid}`;
  const conf = await (await office.request.get(api)).json();
  const deadline = conf.milestones.find((m: { kind: string }) => m.kind === 'submission_deadline');
  const day = new Date(Date.now() + 7 * 3600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
  const moved = await office.request.put(`${api}/milestones/${deadline.id}`, {
    data: { ...deadline, startDate: day, endDate: null, done: false, version: deadline.version },
  });
  expect(moved.status()).toBe(200);
  const unit = s.h.demo.unitIds.get('Tổ dân phố 3')!;
  const form = s.h.demo.formIds.get('DHTT-CN')!;
  for (const name of NAMES) {
    const draft = await (
      await office.request.post(`${api}/units/${unit}/nominations`, { data: individual(form, name) })
    ).json();
    const sent = await office.request.post(`${api}/nominations/${draft.id}/submit`, {
      data: { version: draft.version },
    });
    expect(sent.status()).toBe(200);
  }
}

describe('accepting several nominations at once', () => {
  it('ticks two, confirms with their names, and sees both accepted', async () => {
    const { page } = s;
    const cid = s.h.demo.conferenceId;
    await login(page, 'thuky');
    await threeSent(page, cid);
    await page.goto(`/conferences/${cid}/nominations?unitId=${s.h.demo.unitIds.get('Tổ dân phố 3')}`);
    const table = page.getByTestId('nominations-table');
    await table.getByRole('link', { name: NAMES[0] }).waitFor();

    const bulk = page.getByRole('button', { name: /^Tiếp nhận \(\d+\) hồ sơ đã chọn$/ });
    expect(await bulk.isDisabled()).toBe(true);
    await table.getByRole('checkbox', { name: `Chọn hồ sơ: ${NAMES[0]}` }).check();
    await table.getByRole('checkbox', { name: `Chọn hồ sơ: ${NAMES[2]}` }).check();
    await page.getByRole('button', { name: 'Tiếp nhận (2) hồ sơ đã chọn' }).click();

    const dialog = page.getByRole('dialog', { name: 'Tiếp nhận 2 hồ sơ đã chọn?' });
    const listed = (await dialog.getByTestId('bulk-accept-names').textContent()) ?? '';
    expect(listed).toContain(`${NAMES[0]} — Tổ dân phố 3`);
    expect(listed).toContain(`${NAMES[2]} — Tổ dân phố 3`);
    expect(listed).not.toContain(NAMES[1]);
    await dialog.getByRole('button', { name: 'Tiếp nhận 2 hồ sơ' }).click();
    await seeText(page, 'Đã tiếp nhận 2 hồ sơ');
    await dialog.waitFor({ state: 'hidden' });

    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    await row(NAMES[0]!).getByText('Đã tiếp nhận').waitFor();
    await row(NAMES[2]!).getByText('Đã tiếp nhận').waitFor();
    expect(await row(NAMES[1]!).getByText('Đã tiếp nhận').count()).toBe(0);
    // only the one still waiting can be ticked now
    expect(await table.getByRole('checkbox', { name: /^Chọn hồ sơ:/ }).count()).toBe(1);
  });
});
