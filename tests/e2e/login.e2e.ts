import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, seeText, startHarness } from './harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});
afterAll(async () => {
  await h?.close();
});

async function tryLogin(p: Page, username: string, password: string) {
  await p.getByLabel(/^Tên đăng nhập/).fill(username);
  await p.getByLabel(/^Mật khẩu/).fill(password);
  await p.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('login page', () => {
  it('sends an anonymous visitor to the login page', async () => {
    await page.goto(`/conferences/${h.demo.conferenceId}`);
    await page.waitForURL('**/login?next=*');
    await seeText(page, 'Đăng nhập');
  });

  it('shows the Vietnamese error on a wrong password', async () => {
    await tryLogin(page, 'uyvien', 'sai-mat-khau');
    const alert = page.getByRole('alert');
    await alert.getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
    expect(page.url()).toContain('/login');
  });

  it('locks the account after repeated failures and says so', async () => {
    for (let i = 0; i < 4; i++) {
      await tryLogin(page, 'uyvien', `sai-${i}`);
      await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
    }
    await tryLogin(page, 'uyvien', 'VanYen@2020');
    const alert = page.getByRole('alert');
    await alert.getByText('Tạm khóa đăng nhập').waitFor();
    expect(await alert.textContent()).toMatch(/Đăng nhập sai quá 5 lần/);
  });

  it('switches to English and back', async () => {
    await page.getByText('EN', { exact: true }).click();
    await page.getByLabel(/^Username/).waitFor();
    await page.getByText('VI', { exact: true }).click();
    await page.getByLabel(/^Tên đăng nhập/).waitFor();
  });

  it('logs in, returns to the requested page and changes the password', async () => {
    await tryLogin(page, 'chutich', 'VanYen@2020');
    await page.waitForURL(`**/conferences/${h.demo.conferenceId}`);
    await seeText(page, 'Mốc thời gian');
    await page.getByRole('button', { name: /^Tài khoản/ }).click();
    await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Mật khẩu hiện tại/).fill('khong-dung');
    await dialog.getByLabel(/^Mật khẩu mới/).fill('HaTinh@2025');
    await dialog.getByLabel(/^Nhập lại mật khẩu mới/).fill('HaTinh@2025');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Mật khẩu hiện tại không đúng').first().waitFor();
    await dialog.getByLabel(/^Mật khẩu hiện tại/).fill('VanYen@2020');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await seeText(page, 'Đã đổi mật khẩu');
  });

  it('logs out, and the new password works', async () => {
    await page.getByRole('button', { name: /^Tài khoản/ }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/login');
    // the cookie is gone: nobody is signed in (an anonymous answer, not an error)
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(200);
    expect((await me.json()).user).toBeNull();
    await tryLogin(page, 'chutich', 'HaTinh@2025');
    await page.waitForURL('**/conferences');
  });
});
