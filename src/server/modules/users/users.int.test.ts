import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp;
let admin: string;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  base = `/api/organizations/${t.demo.organizationId}/users`;
});
afterAll(async () => t?.close());

/** The admin creates an account (POST …/users). */
const createUser = (username: string, fullName: string, password: string, roles: object[]) =>
  t.send('POST', base, admin, { username, fullName, password, roles });

describe('users and roles', () => {
  it('lists every demo account with its role, for the admin only', async () => {
    const res = await t.send('GET', base, admin);
    expect(res.statusCode).toBe(200);
    const byName = Object.fromEntries(
      res
        .json()
        .items.map((u: { username: string; roles: { role: string; unitName: string | null }[] }) => [
          u.username,
          u.roles,
        ]),
    );
    expect(Object.keys(byName).sort()).toEqual(
      ['admin', 'chutich', 'letan', 'phochutich', 'taichinh', 'tdp5', 'thuky', 'uyvien'].concat([
        'uyvien2',
        'uyvien3',
        'uyvien4',
        'uyvien5',
        'uyvien6',
        'vanhoa',
      ]),
    );
    expect(byName.tdp5).toEqual([expect.objectContaining({ role: 'unit_head', unitName: 'Tổ dân phố 5' })]);
    expect((await t.send('GET', base, await t.login('thuky'))).statusCode).toBe(403);
  });

  it('creates a unit head bound to a unit, who then signs in', async () => {
    const unitId = t.demo.unitIds.get('Tổ dân phố 3')!;
    const missingUnit = await createUser('tdp3', 'Trần Văn Ba', 'ToDanPho3@', [{ role: 'unit_head' }]);
    expect(missingUnit.statusCode).toBe(400);
    expect(missingUnit.json().error.fields['roles.0.unitId']).toBe('Trưởng đơn vị phải gắn với một đơn vị');
    const bad = await createUser('Tổ 3', '', '1', []);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'fullName',
      'password',
      'roles',
      'username',
    ]);
    const res = await createUser('TDP3', 'Trần Văn Ba', 'ToDanPho3@', [{ role: 'unit_head', unitId }]);
    expect(res.statusCode).toBe(201);
    expect(res.json().username).toBe('tdp3');
    const cookie = await t.login('tdp3', 'ToDanPho3@');
    expect((await t.send('GET', `/api/units/${unitId}`, cookie)).statusCode).toBe(200);
    const dup = await createUser('tdp3', 'X', 'ToDanPho3@', [{ role: 'reception' }]);
    expect(dup.statusCode).toBe(409);
  });

  it('changes roles and deactivates accounts, with version checks', async () => {
    const list = (await t.send('GET', base, admin)).json().items;
    const letan = list.find((u: { username: string }) => u.username === 'letan');
    const res = await t.send('PUT', `${base}/${letan.id}`, admin, {
      fullName: letan.fullName,
      isActive: false,
      roles: [{ role: 'reception', conferenceId: t.demo.conferenceId }],
      version: letan.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().roles[0].conferenceId).toBe(t.demo.conferenceId);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'letan', password: 'VanYen@2020' },
    });
    expect(login.statusCode).toBe(401);
    const stale = await t.send('PUT', `${base}/${letan.id}`, admin, {
      fullName: 'X',
      isActive: true,
      roles: [{ role: 'reception' }],
      version: letan.version,
    });
    expect(stale.statusCode).toBe(409);
  });
});
