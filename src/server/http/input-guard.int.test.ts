import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, type TestApp } from '../../../tests/helpers/test-app';

let t: TestApp;
let base: string;
let secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo());
});
afterAll(async () => t?.close());

const NUL = 'Không được chứa ký tự điều khiển NUL';
const SURROGATE = 'Không được chứa ký tự Unicode không hợp lệ (nửa cặp UTF-16 lẻ)';

/** The 400 a client sees: the zod-style validation answer naming the field. */
function expectRefused(res: { statusCode: number; json: () => unknown }, field: string, message: string) {
  expect(res.statusCode).toBe(400);
  const { error } = res.json() as {
    error: { code: string; message: string; fields: Record<string, string> };
  };
  expect(error.code).toBe('VALIDATION');
  expect(error.fields[field]).toBe(message);
  expect(error.message).toBe(`Dữ liệu không hợp lệ: ${message}`);
}

describe('NUL characters and lone surrogates are refused with 400 naming the field', () => {
  it('refuses a NUL in the anonymous login body', async () => {
    const res = await t.send('POST', '/api/auth/login', undefined, { username: 'a\u0000b', password: 'x' });
    expectRefused(res, 'username', NUL);
  });

  it('refuses a NUL in a query filter', async () => {
    expectRefused(await t.send('GET', `${base}/nominations?q=%00`, secretary), 'q', NUL);
    const audit = await t.send(
      'GET',
      `/api/organizations/${t.demo.organizationId}/audit?entityType=a%00b`,
      secretary,
    );
    expectRefused(audit, 'entityType', NUL);
  });

  it('refuses a NUL in a path parameter', async () => {
    expectRefused(await t.send('GET', '/api/conferences/%00/nominations', secretary), 'conferenceId', NUL);
  });

  it('refuses a lone surrogate in a field stored as JSON, naming its path', async () => {
    const res = await t.send('PUT', `${base}/documents/settings`, secretary, {
      version: 0,
      prizeRounding: 'none',
      decisionLegalBasis: ['ok', '\ud800'],
    });
    expectRefused(res, 'decisionLegalBasis.1', SURROGATE);
  });

  it('refuses a NUL deep in a body, and leaves well-formed Vietnamese and emoji alone', async () => {
    const res = await t.send('PUT', `${base}/documents/settings`, secretary, {
      version: 0,
      prizeRounding: 'none',
      decisionLegalBasis: ['Luật Thi đua, Khen thưởng 2022 👍', 'x\u0000'],
    });
    expectRefused(res, 'decisionLegalBasis.1', NUL);
  });

  it('names a key that holds the bad character', async () => {
    const res = await t.send('POST', '/api/auth/login', undefined, {
      username: 'thuky',
      password: 'x',
      ['k\u0000']: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.values(res.json().error.fields)).toEqual([NUL]);
  });
});

describe('the session cookie', () => {
  it('is not looked up when it holds a NUL (anonymous, not 500)', async () => {
    const res = await t.app.inject({ url: '/api/auth/me', headers: { cookie: 'vd_session=a%00b' } });
    expect(res.statusCode).toBe(401);
  });
});
