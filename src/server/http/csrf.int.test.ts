import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';

// The app as a browser reaches it (host with its port), and the body-less writes a forged form
// could post: rotate an invitation's QR, reopen the delegate list, tasks and program from the plan.
const HOST = '127.0.0.1:4173';
const SELF = `http://${HOST}`;
const PROXY = 'https://hoinghi.example.vn';

let t: TestApp;
let base: string;
let secretary: string;
let delegateId: string;

beforeAll(async () => {
  t = await createTestApp({ ALLOWED_ORIGINS: PROXY }, { history: true });
  base = `/api/conferences/${t.demo.conferenceId}`;
  secretary = await t.login('thuky');
  delegateId = (await invitations())[0]!.delegateId;
});
afterAll(async () => t?.close());

async function invitations(): Promise<Array<{ delegateId: string; token: string }>> {
  const res = await t.send('POST', `${base}/delegates/invitations`, secretary, {});
  expect(res.statusCode).toBe(200);
  return res.json().items;
}
const tokenOf = async (id: string) => (await invitations()).find((i) => i.delegateId === id)!.token;
const finalized = async () =>
  (await t.send('GET', `${base}/delegates`, secretary)).json().finalization.finalized as boolean;

const post = (url: string, headers: Record<string, string>, payload?: string) =>
  t.app.inject({ method: 'POST', url, headers: { host: HOST, cookie: secretary, ...headers }, payload });

const writes = () => [
  `${base}/delegates/${delegateId}/invitation/rotate`,
  `${base}/delegates/reopen`,
  `${base}/tasks/from-plan`,
  `${base}/program/from-plan`,
];

describe('forged writes (CSRF)', () => {
  it('refuses a form post from another origin, and changes nothing', async () => {
    const token = await tokenOf(delegateId);
    expect(await finalized()).toBe(true);
    for (const url of writes()) {
      const res = await post(
        url,
        { origin: 'http://127.0.0.1:8080', 'content-type': 'text/plain', 'sec-fetch-site': 'same-site' },
        'x=1',
      );
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.message).toBe(
        'Yêu cầu bị từ chối: thao tác thay đổi dữ liệu chỉ được gửi từ chính trang Vinh Danh (nguồn gửi không hợp lệ)',
      );
    }
    expect(await tokenOf(delegateId)).toBe(token);
    expect(await finalized()).toBe(true);
  });

  it('refuses Origin: null, a cross-site fetch, and a plain-text body without Origin', async () => {
    const url = `${base}/delegates/${delegateId}/invitation/rotate`;
    expect((await post(url, { origin: 'null' })).statusCode).toBe(403);
    // a sibling subdomain is "same site" (SameSite=Lax sends the cookie), not same origin
    expect((await post(url, { 'sec-fetch-site': 'same-site' })).statusCode).toBe(403);
    expect((await post(url, { origin: SELF, 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    const plain = await post(url, { 'content-type': 'text/plain' }, 'x=1');
    expect(plain.statusCode).toBe(415);
    expect(plain.json().error.message).toBe(
      'Định dạng dữ liệu gửi lên không được hỗ trợ: chỉ nhận JSON (application/json) hoặc tệp tải lên (multipart/form-data)',
    );
    const form = await post(url, { 'content-type': 'application/x-www-form-urlencoded' }, 'x=1');
    expect(form.statusCode).toBe(415);
  });

  it('lets the same requests through from the app’s own page', async () => {
    const token = await tokenOf(delegateId);
    const own = { origin: SELF, 'sec-fetch-site': 'same-origin' };
    const [rotate, reopen, tasks, program] = writes();
    const rotated = await post(rotate!, own);
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().token).not.toBe(token);
    expect((await post(reopen!, own)).statusCode).toBe(200);
    expect(await finalized()).toBe(false);
    expect((await post(tasks!, own)).statusCode).toBe(200);
    expect((await post(program!, { ...own, 'content-type': 'application/json' }, '{}')).statusCode).toBe(200);
  });

  it('lets an allow-listed origin (a reverse proxy) write, and clients without Origin (scripts)', async () => {
    const url = `${base}/delegates/${delegateId}/invitation/rotate`;
    expect((await post(url, { origin: PROXY, 'sec-fetch-site': 'cross-site' })).statusCode).toBe(200);
    expect((await post(url, {})).statusCode).toBe(200);
  });
});
