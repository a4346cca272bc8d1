import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, login, seeText, startHarness } from './harness';

// Issue 18's public notice, in the live conference (the council meets today): Chị Hà (secretary)
// publishes the list of the accepted nominations for comments; a resident, anonymous on a phone,
// comments on Phạm Văn Hòa; Ông Minh (council member) sees that comment on Hòa's nomination page
// and on his voting card. The public page passes axe at 390 and 1366 px.

const LIVE = 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030';
const CANDIDATE = 'Phạm Văn Hòa';
const COMMENT = 'Ông Hòa vận động hiến đất làm đường <b>rất nhiệt tình</b>, tôi đồng ý đề nghị khen thưởng.';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let h: Harness;
let cid = '';
let nominationId = '';

const noHorizontalScroll = (p: Page) =>
  p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

beforeAll(async () => {
  h = await startHarness({ live: true });
});
afterAll(async () => {
  await h?.close();
});

describe('public notice: the secretary publishes, a resident comments, the council sees it', () => {
  it('the secretary publishes the candidate list from the conference page', async () => {
    const office = await h.newPage();
    await login(office, 'thuky');
    await office.getByRole('link', { name: LIVE }).first().click();
    await office.waitForURL(/\/conferences\/[^/]+$/);
    cid = new URL(office.url()).pathname.split('/')[2]!;
    await office.getByRole('link', { name: 'Công khai danh sách' }).click();
    await office.waitForURL('**/notice');
    await seeText(office, 'Chưa lập thông báo công khai');
    await office.getByTestId('notice-save').click();
    await office.getByTestId('notice-state').getByText('Chưa công khai').waitFor();
    await office.getByTestId('notice-publish').click();
    await office.getByTestId('notice-state').getByText('Đang nhận ý kiến').waitFor();
    expect(await office.getByTestId('notice-link').textContent()).toBe(`${h.baseUrl}/cong-khai/${cid}`);
  });

  it('an anonymous resident on a phone comments on a candidate; the text comes back as text', async () => {
    const phone = await h.newPage(PHONE);
    await phone.goto(`/cong-khai/${cid}`);
    await phone.getByRole('heading', { level: 1, name: 'Công khai danh sách đề nghị khen thưởng' }).waitFor();
    await seeText(phone, CANDIDATE);
    expect(await noHorizontalScroll(phone)).toBe(true);
    nominationId = await phone
      .getByLabel('Góp ý về')
      .locator('option', { hasText: CANDIDATE })
      .getAttribute('value')
      .then((v) => v ?? '');
    await phone.getByLabel('Góp ý về').selectOption({ label: CANDIDATE });
    await phone.getByLabel(/^Nội dung ý kiến/).fill(COMMENT);
    await phone.getByLabel(/^Họ và tên/).fill('Nguyễn Văn An');
    // a person takes more than 3 seconds to read and write; the form token refuses faster sends
    await phone.waitForTimeout(3_200);
    await phone.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await phone.waitForURL('**/cong-khai/*?da-gui=1');
    await seeText(phone, 'Cảm ơn bạn đã gửi ý kiến');
    expect(await phone.context().cookies()).toEqual([]);
  });

  it("a council member sees the comment on the candidate's nomination page and on the voting card", async () => {
    const minh = await h.newPage(PHONE);
    await login(minh, 'uyvien');
    await minh.goto(`/conferences/${cid}/nominations/${nominationId}`);
    const section = minh.getByTestId('public-comments');
    await section.getByText('Ý kiến công khai (1)').waitFor();
    await section.getByText(COMMENT).waitFor();
    await section.getByText('Chưa xử lý').waitFor();

    await minh.goto(`/conferences/${cid}`);
    await minh.getByRole('link', { name: /^Vào phiên họp:/ }).click();
    await minh.waitForURL('**/review/meetings/*');
    await minh
      .getByRole('link', { name: /^Bỏ phiếu: / })
      .first()
      .click();
    await minh.waitForURL('**/vote');
    const card = minh.locator(`[data-testid="vote-item"][data-name="${CANDIDATE}"]`);
    await card.getByText('Ý kiến công khai (1)').waitFor();
    await card.getByText(COMMENT).waitFor();
  });
});

describe('axe-core on the public notice page', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`no serious or critical WCAG 2.1 AA violation at ${viewport.width} px`, async () => {
      const p = await h.newPage(viewport);
      await p.goto(`/cong-khai/${cid}?da-gui=1`);
      await p.getByRole('heading', { level: 1 }).waitFor();
      expect(await p.getByRole('main').count()).toBe(1);
      const result = await new AxeBuilder({ page: p }).withTags(WCAG_AA).analyze();
      const blocking = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) => `[${v.impact}] ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      expect(blocking).toEqual([]);
    });
  }
});
