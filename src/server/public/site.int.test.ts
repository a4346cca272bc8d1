import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';

describe('the public site', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends an anonymous visitor of "/" to the honour board, and leaves a signed-in browser on the app', async () => {
    const anonymous = await t.send('GET', '/');
    expect(anonymous.statusCode).toBe(302);
    expect(anonymous.headers.location).toBe('/vinh-danh');
    const staff = await t.send('GET', '/', await t.login('thuky'));
    expect(staff.statusCode).not.toBe(302);
  });

  it('takes a form body only outside /api: an API write sent as a form is refused', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=thuky&password=x',
    });
    expect(res.statusCode).toBe(415);
  });
});
