import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/van-yen';
import { harnessForFile, login } from './harness';

// The demo as `npm start` seeds it. The live conference's council votes (over HTTP, as their phones
// would) and the secretary chooses the delegation (up to its quota: 1 collective, 5 individuals); then, in the
// browser, chị Hà sends it to UBND tỉnh Hà Tĩnh in one action, the province's secretary finds it in
// the inbox and returns one nominee with a reason, and Văn Yên's delegation page shows "Trả lại"
// with that reason.
const s = harnessForFile({ full: true });
const COUNCIL = [
  'chutich',
  'phochutich',
  'thuky',
  'uyvien',
  'uyvien2',
  'uyvien3',
  'uyvien4',
  'uyvien5',
  'uyvien6',
];
const REASON = 'Thiếu bản xác nhận thành tích của Công an phường';

let office: Page;
let province: Page;
let returnedName = '';
let size = 0;
const live = () => (s.h.demo as unknown as { liveConferenceId: string }).liveConferenceId;

async function apiLogin(page: Page, username: string) {
  const res = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
}

describe('the live delegation goes up to UBND tỉnh Hà Tĩnh', () => {
  it('the council selects the honorees and the secretary chooses the delegation', async () => {
    const api = `/api/conferences/${live()}`;
    office = await s.h.newPage();
    await login(office, 'thuky');
    const meetingId = (await (await office.request.get(`${api}/meetings`)).json()).items[0].id;
    const meeting = await (await office.request.get(`${api}/meetings/${meetingId}`)).json();
    const ballot = meeting.ballots[0];
    const choices = Object.fromEntries(ballot.items.map((it: { id: string }) => [it.id, 'agree']));
    for (const username of COUNCIL) {
      const phone = await s.h.newPage();
      await apiLogin(phone, username);
      const cast = await phone.request.post(`${api}/meetings/${meetingId}/ballots/${ballot.id}/cast`, {
        data: { choices },
      });
      expect(cast.status(), await cast.text()).toBe(200);
    }
    const closed = await office.request.post(`${api}/meetings/${meetingId}/ballots/${ballot.id}/close`);
    expect(closed.status(), await closed.text()).toBe(200);
    const honorees = await (await office.request.get(`${api}/honorees`)).json();
    const all = honorees.groups.flatMap(
      (g: { items: { nominationId: string; kind: string; name: string }[] }) => g.items,
    );
    const chosen = [
      ...all.filter((h: { kind: string }) => h.kind !== 'individual').slice(0, 1),
      ...all.filter((h: { kind: string }) => h.kind === 'individual').slice(0, 5),
    ];
    expect(chosen.length).toBeGreaterThanOrEqual(2);
    size = chosen.length;
    for (const h of chosen) {
      const res = await office.request.post(`${api}/delegation`, { data: { nominationId: h.nominationId } });
      expect(res.status(), await res.text()).toBe(201);
    }
    returnedName = chosen[1].name;
  });

  it('Văn Yên’s secretary sends the delegation to the province in one action', async () => {
    await office.goto(`/conferences/${live()}/delegation`);
    const panel = office.getByTestId('upward-panel');
    await panel.getByText('Gửi đoàn lên cấp trên').first().waitFor();
    await expect.poll(() => panel.getByTestId('upward-target').inputValue()).toContain('UBND tỉnh Hà Tĩnh');
    await panel.getByTestId('upward-send').click();
    await panel
      .getByTestId('upward-sent')
      .getByText(new RegExp(`Đã gửi ${size} hồ sơ`))
      .waitFor();
    await expect.poll(() => panel.getByTestId('upward-member').getByText('Đã nhận').count()).toBe(size);
  });

  it('the province’s secretary finds it in the inbox and returns one with a reason', async () => {
    province = await s.h.newPage();
    await login(province, 'thuky.tinh');
    const list = await (await province.request.get('/api/conferences')).json();
    const conf = (list.items as { id: string; name?: string; plan?: { name: string } }[])[0]!;
    await province.goto(`/conferences/${conf.id}/nominations`);
    await province.getByRole('link', { name: 'Hồ sơ cấp dưới gửi lên' }).click();
    const arrival = province.getByTestId('upward-arrival').first();
    await arrival.getByText('UBND phường Văn Yên').waitFor();
    await arrival.getByText(`Đã nhận: ${size}`).waitFor();
    await arrival.getByRole('link', { name: 'Phường Văn Yên' }).click();
    const table = province.getByTestId('nominations-table');
    await table.getByText(returnedName).waitFor();
    await province.getByRole('button', { name: `Trả lại: ${returnedName}` }).click();
    const dialog = province.getByRole('dialog');
    await dialog.getByLabel(/^Lý do/).fill(REASON);
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await table.getByText('Bị trả lại').waitFor();
    // the nomination says where it came from
    await table.getByRole('link', { name: returnedName }).click();
    const origin = province.getByTestId('nomination-origin');
    await origin.getByText(/Do UBND phường Văn Yên gửi lên/).waitFor();
  });

  it('Văn Yên sees "Trả lại" and the reason on its delegation page', async () => {
    await office.reload();
    const row = office.getByTestId('upward-member').filter({ hasText: returnedName });
    await row.getByText('Trả lại').waitFor();
    await row.getByText(REASON, { exact: false }).waitFor();
    await expect.poll(() => office.getByTestId('upward-member').getByText('Đã nhận').count()).toBe(size - 1);
  });

  it('the province’s units page shows which ward a unit stands for, and the secretary can relink it', async () => {
    await province.goto('/units');
    const row = province.getByRole('row').filter({ hasText: 'Phường Văn Yên' });
    await row.getByTestId('unit-linked').getByText('UBND phường Văn Yên').waitFor();
    // a unit of the province not yet linked: linked to the ward, then back to none
    await province.getByRole('button', { name: 'Gắn Phường Trần Phú với cơ quan cấp dưới' }).click();
    const dialog = province.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Cơ quan cấp dưới' }).click();
    await province.getByRole('option', { name: /UBND thành phố Hà Tĩnh/ }).click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const other = province.getByRole('row').filter({ hasText: 'Phường Trần Phú' });
    await other.getByTestId('unit-linked').getByText('UBND thành phố Hà Tĩnh').waitFor();
    // one unit per lower organizer: the ward is already Phường Văn Yên's, the server says so
    await province.getByRole('button', { name: 'Gắn Phường Trần Phú với cơ quan cấp dưới' }).click();
    await dialog.getByRole('combobox', { name: 'Cơ quan cấp dưới' }).click();
    await province.getByRole('option', { name: /UBND phường Văn Yên/ }).click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/đã gắn với đơn vị "Phường Văn Yên"/)
      .waitFor();
  });
});
