import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { sessions, users } from '../../db/schema/index';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    LOGIN_MAX_FAILURES: '3',
    LOGIN_WINDOW_MINUTES: '15',
    LOGIN_MAX_CLIENT_FAILURES: '8',
  });
});
afterAll(async () => t?.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

/** A login from one client: its address, and the cookies its browser holds. */
const loginFrom = (client: { ip: string; cookie?: string }, username: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: client.ip,
    headers: client.cookie ? { cookie: client.cookie } : {},
    payload: { username, password },
  });
const cookiesOf = (res: Awaited<ReturnType<typeof login>>) =>
  res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

describe('login, sessions and passwords', () => {
  it('logs in and sets an HttpOnly SameSite session cookie whose token is stored only as a hash', async () => {
    const res = await login('thuky', 'VanYen@2020');
    expect(res.statusCode).toBe(200);
    expect(res.json().user.fullName).toBe('Trần Thị Hà');
    expect(res.json().user.memberships[0].role).toBe('secretary');
    const cookie = res.cookies.find((c) => c.name === 'vd_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.expires!.getTime()).toBeGreaterThan(Date.now());
    const stored = await t.database.db.select().from(sessions);
    expect(stored.some((s) => s.tokenHash === cookie.value)).toBe(false);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
    const me = await t.send('GET', '/api/auth/me', `vd_session=${cookie.value}`);
    expect(me.json().user.username).toBe('thuky');
  });

  it('stores passwords as scrypt hashes', async () => {
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'thuky'));
    expect(u!.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(u!.passwordHash).not.toContain('VanYen@2020');
  });

  it('rejects a wrong password with 401 and a Vietnamese message', async () => {
    const res = await login('chutich', 'sai-mat-khau');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng',
    });
    const unknown = await login('khong-ton-tai', 'x');
    expect(unknown.statusCode).toBe(401);
  });

  it('names the missing fields', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      username: 'Tên đăng nhập không được để trống',
      password: 'Mật khẩu là bắt buộc',
    });
  });

  it('throttles one client on one account after repeated failures, even with the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await login('uyvien', 'wrong')).statusCode).toBe(401);
    const blocked = await login('uyvien', 'VanYen@2020');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toBe(
      'Đăng nhập sai quá 3 lần với tài khoản này từ thiết bị này. Vui lòng thử lại sau 15 phút.',
    );
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(890);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(900);
    // the window passes
    await t.database.db.execute(sql`UPDATE login_failures SET at = at - interval '16 minutes'`);
    expect((await login('uyvien', 'VanYen@2020')).statusCode).toBe(200);
  });

  it('a stranger’s failures do not lock the owner out: another client, or the browser that logged in before', async () => {
    const stranger = { ip: '203.0.113.7' };
    // the owner's phone logged in yesterday, from the same office network as the stranger
    const before = await loginFrom({ ip: '203.0.113.7' }, 'chutich', 'VanYen@2020');
    expect(before.statusCode).toBe(200);
    const ownerPhone = { ip: '203.0.113.7', cookie: cookiesOf(before) };
    for (let i = 0; i < 5; i++) await loginFrom(stranger, 'chutich', `doan-${i}`);
    const strangerBlocked = await loginFrom(stranger, 'chutich', 'VanYen@2020');
    expect(strangerBlocked.statusCode).toBe(429);
    // the owner's browser from the same address still gets in, and so does the owner's office PC
    expect((await loginFrom(ownerPhone, 'chutich', 'VanYen@2020')).statusCode).toBe(200);
    expect((await loginFrom({ ip: '198.51.100.20' }, 'chutich', 'VanYen@2020')).statusCode).toBe(200);
    // a known device is for its own account only: it does not lift the stranger's block on another
    for (let i = 0; i < 3; i++) await loginFrom(stranger, 'vanhoa', `doan-${i}`);
    expect(
      (await loginFrom({ ...stranger, cookie: ownerPhone.cookie }, 'vanhoa', 'VanYen@2020')).statusCode,
    ).toBe(429);
  });

  it('throttles a client that tries many usernames, and only that client', async () => {
    const stranger = { ip: '203.0.113.99' };
    const names = Array.from({ length: 8 }, (_, i) => `nguoi-dung-${i}`);
    for (const name of names) expect((await loginFrom(stranger, name, 'x')).statusCode).toBe(401);
    const blocked = await loginFrom(stranger, 'thuky', 'VanYen@2020');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toBe(
      'Thiết bị này đã đăng nhập sai quá 8 lần (với nhiều tài khoản). Vui lòng thử lại sau 15 phút.',
    );
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await loginFrom({ ip: '198.51.100.21' }, 'thuky', 'VanYen@2020')).statusCode).toBe(200);
  });

  it('a failed or malformed login leaves the session the browser already had', async () => {
    const cookie = await t.login('vanhoa');
    const wrong = await t.send('POST', '/api/auth/login', cookie, { username: 'vanhoa', password: 'sai' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.cookies.find((c) => c.name === 'vd_session')).toBeUndefined();
    expect((await t.send('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    const malformed = await t.send('POST', '/api/auth/login', cookie, { username: '' });
    expect(malformed.statusCode).toBe(400);
    expect((await t.send('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    const other = await t.send('POST', '/api/auth/login', cookie, { username: 'khong-co', password: 'x' });
    expect(other.statusCode).toBe(401);
    expect((await t.send('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
  });

  it('rotates the session on login and ends it on logout', async () => {
    const first = await t.login('vanhoa');
    const second = await t.send('POST', '/api/auth/login', first, {
      username: 'vanhoa',
      password: 'VanYen@2020',
    });
    const rotated = `vd_session=${second.cookies.find((c) => c.name === 'vd_session')!.value}`;
    expect(rotated).not.toBe(first);
    expect((await t.send('GET', '/api/auth/me', first)).statusCode).toBe(401);
    expect((await t.send('GET', '/api/auth/me', rotated)).statusCode).toBe(200);
    const out = await t.send('POST', '/api/auth/logout', rotated);
    expect(out.statusCode).toBe(204);
    expect((await t.send('GET', '/api/auth/me', rotated)).statusCode).toBe(401);
  });

  it('changes the password: the old one stops working, other sessions end', async () => {
    const a = await t.login('letan');
    const b = await t.login('letan');
    const weak = await t.send('POST', '/api/auth/password', a, {
      currentPassword: 'VanYen@2020',
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields.newPassword).toBe('Mật khẩu mới phải có ít nhất 8 ký tự');
    const wrong = await t.send('POST', '/api/auth/password', a, {
      currentPassword: 'nope',
      newPassword: 'MatKhauMoi2026',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.currentPassword).toBe('Mật khẩu hiện tại không đúng');
    const ok = await t.send('POST', '/api/auth/password', a, {
      currentPassword: 'VanYen@2020',
      newPassword: 'MatKhauMoi2026',
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.send('GET', '/api/auth/me', a)).statusCode).toBe(200);
    expect((await t.send('GET', '/api/auth/me', b)).statusCode).toBe(401);
    expect((await login('letan', 'VanYen@2020')).statusCode).toBe(401);
    expect((await login('letan', 'MatKhauMoi2026')).statusCode).toBe(200);
  });
});
