import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  // 0.0005 h = 1.8 s
  t = await createTestApp({ SESSION_TTL_HOURS: '0.0005' });
});
afterAll(async () => t?.close());

describe('session expiry', () => {
  it('ends a session when its time is up', async () => {
    const cookie = await t.login('taichinh');
    expect((await t.send('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 2000));
    const res = await t.send('GET', '/api/auth/me', cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Bạn cần đăng nhập để tiếp tục');
  });
});
