import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveYearOf, PAST_HONOUR_FORMS } from '../../src/server/seed/van-yen-past-honours';
import { type Harness, login, seeText, startHarness } from './harness';

// Issue 17's "Done when", in the live conference (submissions close today, the council meets
// today): Chị Hà (secretary) imports the earlier honours (tests/fixtures/past-honours.xlsx) and
// adds the rule "one Điển hình tiên tiến per 5 years"; Bác Tâm (head of Tổ dân phố 5, on his
// phone) nominates Nguyễn Thị Mai, honoured DHTT-CN the year before the live one, sees why she
// is not yet eligible, is refused a send without an explanation and sends with one; the office accepts her and puts her
// on a ballot; Ông Minh (council member, on his phone) sees the same warning on his voting card.

const FIXTURE = join(import.meta.dirname, '../fixtures/past-honours.xlsx');
const LIVE = 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030';
const FORM = 'Điển hình tiên tiến được biểu dương (cá nhân)';
const NAME = 'Nguyễn Thị Mai';
const NOTE = `Năm ${liveYearOf()} chị Mai có thành tích mới: vận động 100% hộ phân loại rác tại nguồn, khác thành tích được biểu dương năm ${liveYearOf() - 1}.`;
const BALLOT = 'Phiếu xét bổ sung điển hình tiên tiến';

let h: Harness;
let office: Page;
let phone: Page;
let cid = '';
/** The year before the live one: the fixture's ĐHTT of Nguyễn Thị Mai (QĐ 142/QĐ-UBND, 15/08). */
const Y1 = liveYearOf() - 1;

/** The reason the unit head was shown ("đã được … năm 2025 (QĐ 142/QĐ-UBND …); cần cách …"). */
let reason = '';

const shots = process.env.VD_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });
/** Screenshots for a human look (VD_SHOTS=/tmp/dir): off in CI. */
const shot = async (p: Page, name: string) => {
  if (shots) await p.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
};

const noHorizontalScroll = (p: Page) =>
  p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

beforeAll(async () => {
  h = await startHarness({ live: true });
  office = await h.newPage();
  phone = await h.newPage({ width: 390, height: 844 });
});
afterAll(async () => {
  await h?.close();
});

describe('the register remembers: an earlier honour makes a nominee not yet eligible, and the council sees why', () => {
  it('the secretary imports the earlier decisions and adds a dated rule for DHTT-CN', async () => {
    await login(office, 'thuky');
    // the register's catalogue of forms (the demo seed adds it; here through the API)
    const org = `/api/organizations/${h.demo.organizationId}`;
    for (const f of PAST_HONOUR_FORMS) {
      const res = await office.request.post(`${org}/honour-forms`, { data: f });
      expect([201, 409]).toContain(res.status());
    }
    await office.getByRole('link', { name: 'Sổ khen thưởng' }).first().click();
    await office.waitForURL('**/honours');
    await office.getByRole('link', { name: 'Nhập khen thưởng cũ' }).click();
    await office.locator('input[type="file"]').setInputFiles(FIXTURE);
    await office.getByRole('button', { name: 'Nhập vào sổ' }).click();
    const done = office.getByTestId('import-done');
    await done.waitFor();
    expect(await done.textContent()).toMatch(/Đã nhập 78 khen thưởng/);

    await office.goto('/honours/rules');
    await office.getByRole('button', { name: 'Thêm điều kiện' }).click();
    const dialog = office.getByRole('dialog');
    const formCode = dialog.getByRole('combobox', { name: 'Hình thức áp dụng' });
    await formCode.fill('DHTT-CN');
    await formCode.press('Escape');
    await dialog.getByRole('combobox', { name: 'Loại điều kiện' }).click();
    await office.getByRole('option', { name: 'Khoảng cách tối thiểu' }).click();
    await dialog.getByRole('textbox', { name: 'Số năm' }).fill('5');
    await dialog.getByRole('textbox', { name: 'Áp dụng từ ngày' }).fill('01/01/2024');
    await dialog
      .getByRole('textbox', { name: 'Ghi chú, căn cứ' })
      .fill('Điển hình tiên tiến được biểu dương một lần trong mỗi giai đoạn 5 năm của phong trào.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await office.getByTestId('rules-table').getByText('Cách lần DHTT-CN trước ít nhất 5 năm').waitFor();
  });

  it('the TDP head nominates Nguyễn Thị Mai and sees why she is not yet eligible', async () => {
    await login(phone, 'tdp5');
    await phone.getByRole('link', { name: LIVE }).first().click();
    await phone.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
    cid = new URL(phone.url()).pathname.split('/')[2]!;
    await phone.getByRole('link', { name: 'Mở hồ sơ đề nghị của đơn vị' }).click();
    await phone.waitForURL(`**/conferences/${cid}/units/*`);
    await phone.getByRole('link', { name: 'Thêm người được đề nghị' }).click();
    await phone.waitForURL('**/nominations/new');
    await phone.getByLabel(/^Hình thức khen thưởng đề nghị/).selectOption({ label: FORM });
    await phone.getByLabel(/^Họ và tên/).fill(NAME);
    await phone.locator('label').filter({ hasText: /^Nữ$/ }).click();
    await phone.getByLabel(/^Năm sinh/).fill('1975');
    await phone.getByLabel(/^Chức vụ\/nghề nghiệp/).fill('Tổ trưởng tổ phụ nữ');
    await phone.getByLabel(/^Nhóm đối tượng/).selectOption({ label: 'Người trực tiếp lao động sản xuất' });
    const summary = phone.getByRole('textbox', { name: 'Tóm tắt thành tích' });
    await summary.click();
    await phone.keyboard.type('Vận động 100% hộ dân trong tổ phân loại rác tại nguồn.');
    await phone.getByLabel('Đơn vị đã họp bình xét').check();
    const meeting = phone.getByLabel(/^Ngày họp bình xét/);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10).split('-');
    await meeting.fill(`${today[2]}/${today[1]}/${today[0]}`);
    await meeting.blur();
    await phone.getByLabel(/^Số thành viên có mặt/).fill('9');
    await phone.getByLabel(/^Số phiếu đồng ý/).fill('9');
    await phone.getByLabel(/^Tổng số phiếu/).fill('9');
    await phone.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await phone.waitForURL(/\/nominations\/[0-9a-f-]{36}$/);
    await phone.getByRole('heading', { level: 1, name: NAME }).waitFor();

    // "Khen thưởng đã có & điều kiện": the verdict names the earlier honour, its year and decision
    const card = phone.getByTestId('eligibility-card');
    const verdict = card.getByTestId('eligibility-verdict');
    await verdict.waitFor();
    const said = ((await verdict.textContent()) ?? '').trim();
    expect(said).toMatch(
      new RegExp(
        `^Chưa đủ điều kiện — vì đã được .+ năm ${Y1} \\(QĐ 142/QĐ-UBND ngày 15/08/${Y1}\\); cần cách ít nhất 5 năm$`,
      ),
    );
    reason = said.replace(/^Chưa đủ điều kiện — vì /, '');
    const past = card.getByTestId('past-honours');
    await past.getByText(`142/QĐ-UBND ngày 15/08/${Y1}`).waitFor();
    expect(await past.textContent()).toContain(String(Y1));
    expect(await noHorizontalScroll(phone)).toBe(true);
  });

  it('sending without an explanation is refused on the Giải trình field; with one it goes', async () => {
    const note = phone.getByTestId('eligibility-note');
    expect(await note.inputValue()).toBe('');
    await phone.getByRole('button', { name: 'Gửi cho Hội đồng' }).click();
    const confirm = phone.getByRole('dialog', { name: 'Gửi đề nghị cho Hội đồng?' });
    await confirm.getByRole('button', { name: 'Gửi cho Hội đồng' }).click();
    await confirm.waitFor({ state: 'hidden' });
    // the refusal, in Vietnamese, under the field that is missing, and next to the send button
    const field = phone.locator('.mantine-InputWrapper-root').filter({ has: note });
    await field
      .locator('.mantine-InputWrapper-error')
      .getByText('Chưa đủ điều kiện theo sổ khen thưởng — cần ghi giải trình để gửi')
      .waitFor();
    const refusal = phone.getByTestId('action-error');
    expect(await refusal.textContent()).toContain('cần ghi giải trình để gửi');
    expect(await refusal.textContent()).toContain('142/QĐ-UBND');
    await shot(phone, 'eligibility-refused-390');
    await seeText(phone, 'Bản nháp');

    await note.fill(NOTE);
    expect(await field.locator('.mantine-InputWrapper-error').count()).toBe(0);
    await phone.getByRole('button', { name: 'Gửi cho Hội đồng' }).click();
    await confirm.getByRole('button', { name: 'Gửi cho Hội đồng' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await phone.getByText('Đã gửi', { exact: true }).first().waitFor();
    // sent: the explanation is kept with the nomination and shown on its card
    await phone.getByTestId('eligibility-card').getByText(NOTE).waitFor();
    await shot(phone, 'eligibility-sent-390');
    expect(await noHorizontalScroll(phone)).toBe(true);
  });

  it('the office accepts her and puts her on a ballot of today’s council meeting', async () => {
    await office.goto(`/conferences/${cid}/nominations`);
    const table = office.getByTestId('nominations-table');
    await table.getByText(NAME).waitFor();
    await office.getByRole('button', { name: `Tiếp nhận: ${NAME}`, exact: true }).click();
    await table.getByText('Đã tiếp nhận').first().waitFor();
    const list = await (await office.request.get(`/api/conferences/${cid}/nominations`)).json();
    const mai = list.items.find((n: { name: string }) => n.name === NAME);
    expect(mai.status).toBe('accepted');

    // set-up, not the point: a second ballot in the meeting the seed opened today, for her alone
    const meetings = await (await office.request.get(`/api/conferences/${cid}/meetings`)).json();
    const mid = meetings.items[0].id;
    const created = await office.request.post(`/api/conferences/${cid}/meetings/${mid}/ballots`, {
      data: { title: BALLOT, mode: 'electronic', allowAbstain: false, items: [{ nominationId: mai.id }] },
    });
    expect(created.status()).toBe(201);
    const ballot = await created.json();
    const opened = await office.request.post(
      `/api/conferences/${cid}/meetings/${mid}/ballots/${ballot.id}/open`,
    );
    expect(opened.status()).toBe(200);
  });

  it('the council member sees the same warning and the explanation next to her name on his voting card', async () => {
    const minh = await h.newPage({ width: 390, height: 844 });
    await login(minh, 'uyvien');
    await minh.goto(`/conferences/${cid}`);
    await minh.getByRole('link', { name: /^Vào phiên họp:/ }).click();
    await minh.waitForURL('**/review/meetings/*');
    await minh.getByRole('link', { name: `Bỏ phiếu: ${BALLOT}` }).click();
    await minh.waitForURL('**/vote');
    const item = minh.locator(`[data-testid="vote-item"][data-name="${NAME}"]`);
    const brief = item.getByTestId('vote-eligibility');
    const warning = brief.getByRole('note');
    await warning.waitFor();
    const capitalised = reason.charAt(0).toLocaleUpperCase('vi') + reason.slice(1);
    await warning.getByText(`Chưa đủ điều kiện: ${capitalised}`, { exact: true }).waitFor();
    await warning.getByText(`Đơn vị giải trình: ${NOTE}`, { exact: true }).waitFor();
    expect(await brief.textContent()).toMatch(new RegExp(`Khen thưởng đã có: ${Y1} .+ \\(142/QĐ-UBND\\)`));
    expect(await noHorizontalScroll(minh)).toBe(true);
    await shot(minh, 'eligibility-vote-390');
    // he can still vote on her: the warning informs, it does not decide
    await item.getByRole('radio', { name: 'Đồng ý', exact: true }).click();
  });
});
