import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/helpers/test-app';
import { PERMISSIONS } from '../shared/rules/permissions';
import { buildApp } from './app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('the app as a whole', () => {
  it('declares an authorization policy on every route', () => {
    const routes = t.app.routeTable;
    expect(routes.length).toBeGreaterThan(15);
    const allowed = new Set<string>(['public', 'authenticated', ...PERMISSIONS]);
    const missing = routes.filter((r) => !r.policy || !allowed.has(r.policy));
    expect(missing).toEqual([]);
    // the few public API routes are exactly these
    const publicApi = routes
      .filter((r) => r.url.startsWith('/api') && r.policy === 'public' && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(publicApi).toEqual([
      'GET /api/auth/me',
      'GET /api/health',
      'GET /api/openapi.json',
      'POST /api/auth/login',
      'POST /api/auth/logout',
    ]);
  });

  it('refuses to register a route without a policy', async () => {
    const fresh = await buildApp(t.app.deps);
    expect(() => fresh.get('/api/no-policy', async () => ({}))).toThrow(/no authorization policy/);
    await fresh.close();
  });

  it('answers health and serves OpenAPI generated from the zod schemas', async () => {
    const health = await t.app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json().status).toBe('ok');
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    const login = spec.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    expect(spec.paths['/api/conferences/{conferenceId}/plan'].put).toBeDefined();
  });

  it('declares a response schema for the success answer of every API route (the one contract)', async () => {
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const missing: string[] = [];
    type Answer = { description?: string; content?: unknown };
    for (const [path, ops] of Object.entries<Record<string, { responses?: Record<string, Answer> }>>(
      spec.paths,
    )) {
      if (!path.startsWith('/api')) continue;
      for (const [method, op] of Object.entries(ops)) {
        // @fastify/swagger writes "200: Default Response" for a route that declares nothing
        const declared = Object.entries(op.responses ?? {}).filter(
          ([status, a]) => /^2\d\d$/.test(status) && (status === '204' || a.content !== undefined),
        );
        if (declared.length === 0) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(missing).toEqual([]);
    // and the route table agrees (routes hidden from OpenAPI too), except the spec itself
    const unlisted = t.app.routeTable.filter(
      (r) =>
        r.url.startsWith('/api') &&
        r.method !== 'HEAD' &&
        r.url !== '/api/openapi.json' &&
        !r.responses.some((s) => /^2/.test(s)),
    );
    expect(unlisted.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('requires a session on every non-public API route', async () => {
    for (const r of t.app.routeTable) {
      if (!r.url.startsWith('/api') || r.policy === 'public' || r.method === 'HEAD') continue;
      const url = r.url.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.app.inject({
        method: r.method as 'GET',
        url,
        payload: r.method === 'GET' ? undefined : {},
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.json().error.message).toBe('Bạn cần đăng nhập để tiếp tục');
    }
  });

  it('turns malformed JSON into a 400 with a Vietnamese message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/không hợp lệ/);
  });
});
