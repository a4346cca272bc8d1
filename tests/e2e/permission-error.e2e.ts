import { describe, expect, it } from 'vitest';
import { harnessForFile, login } from './harness';

// A permission error is not a glitch: asking again cannot help. The head of residential group 5
// opens the council page (only the organizer's staff may): the page says the account lacks the
// right, who grants it, and leads back to the conference list — no "Thử lại".

const s = harnessForFile();

describe('a page the account may not open', () => {
  it('explains the missing right and who grants it, without a retry', async () => {
    const page = s.page;
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, 'tdp5');
    await page.goto('/council');
    const alert = page.getByTestId('forbidden');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Tài khoản chưa có quyền vào trang này');
    expect(await alert.textContent()).toContain('không có quyền xem trang này');
    expect(await alert.textContent()).toContain(
      'Quyền do người quản trị hoặc Thư ký/Văn phòng của đơn vị tổ chức hội nghị cấp',
    );
    expect(await page.getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
    await alert.getByRole('link', { name: 'Về danh sách hội nghị' }).click();
    await page.waitForURL('**/conferences');
    await page
      .getByText('Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025')
      .first()
      .waitFor();
  });

  it('says the same on a conference page kept for the organizer staff', async () => {
    const page = s.page;
    await page.goto(`/conferences/${s.h.demo.conferenceId}/delegates`);
    await page.getByTestId('forbidden').waitFor();
    expect(await page.getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
  });
});
