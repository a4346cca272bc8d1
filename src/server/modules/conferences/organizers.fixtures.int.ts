import { expect } from 'vitest';
import type { TestApp } from '../../../../tests/helpers/test-app';

// Organizers unlike the demo ward, created as a new deployment's system admin would: the
// organization, its secretary and its units through the API; then the secretary's own plans.

export type Organizer = {
  orgId: string;
  secretary: string;
  units: Map<string, string>;
  /** POST a new conference with this plan (and the warnings acknowledged, if any). */
  create: (plan: object, acknowledgedWarnings?: string[]) => ReturnType<TestApp['send']>;
};

export async function newOrganizer(
  t: TestApp,
  org: { name: string; parentName: string; level: string; place: string },
  username: string,
  units: { name: string; type: string }[],
): Promise<Organizer> {
  const admin = await t.login('admin');
  const created = await t.send('POST', '/api/organizations', admin, org);
  expect(created.statusCode, created.body).toBe(201);
  const orgId = created.json().id as string;
  const password = 'ToChuc@2026';
  const user = await t.send('POST', `/api/organizations/${orgId}/users`, admin, {
    username,
    fullName: `Thư ký ${org.place}`,
    password,
    roles: [{ role: 'secretary' }],
  });
  expect(user.statusCode, user.body).toBe(201);
  const secretary = await t.login(username, password);
  const ids = new Map<string, string>();
  for (const u of units) {
    const res = await t.send('POST', `/api/organizations/${orgId}/units`, secretary, u);
    expect(res.statusCode, res.body).toBe(201);
    ids.set(u.name, res.json().id);
  }
  return {
    orgId,
    secretary,
    units: ids,
    create: (plan, acknowledgedWarnings) =>
      t.send('POST', `/api/organizations/${orgId}/conferences`, secretary, {
        plan,
        ...(acknowledgedWarnings ? { acknowledgedWarnings } : {}),
      }),
  };
}

/** The demo's plan text (legal basis, purposes, …) as a template; every figure is the organizer's own. */
export async function planTemplate(t: TestApp) {
  const demoSecretary = await t.login('thuky');
  const { plan } = (await t.send('GET', `/api/conferences/${t.demo.conferenceId}`, demoSecretary)).json();
  return plan as Record<string, unknown>;
}

export type Gauge = { ok: boolean; messages: string[]; fixes: string[] };

/** The delegate list of one conference as its secretary works it through the API. */
export function delegateDesk(t: TestApp, conferenceId: string, secretary: string) {
  const base = `/api/conferences/${conferenceId}/delegates`;
  let n = 0;
  return {
    async add(category: string, subgroup: string | undefined, attributes: string[] = [], fullName?: string) {
      n += 1;
      const res = await t.send('POST', base, secretary, {
        category,
        ...(subgroup ? { subgroup } : {}),
        attributes,
        fullName: fullName ?? `Đại biểu số ${n}`,
        gender: n % 2 ? 'male' : 'female',
        title: '',
        unitId: null,
        unitName: 'Đơn vị ngoài',
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; version: number };
    },
    async remove(d: { id: string; version: number }) {
      const res = await t.send('DELETE', `${base}/${d.id}?version=${d.version}`, secretary);
      expect(res.statusCode, res.body).toBe(204);
    },
    gauge: async () => (await t.send('GET', `${base}/composition`, secretary)).json().composition as Gauge,
    finalize: () => t.send('POST', `${base}/finalize`, secretary, {}),
    reopen: async () => expect((await t.send('POST', `${base}/reopen`, secretary)).statusCode).toBe(200),
  };
}
