import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await createTestApp();
  url = `/api/organizations/${t.demo.organizationId}`;
});
afterAll(async () => {
  await t?.close();
});

describe('council members and their logins', () => {
  it('lets the secretary pick a login by name, without seeing roles; others may not list them', async () => {
    const secretary = await t.login('thuky');
    const res = await t.send('GET', `${url}/council-accounts`, secretary);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; username: string; fullName: string }[];
    expect(items.map((u) => u.username)).toEqual(expect.arrayContaining(['uyvien', 'tdp5', 'letan']));
    expect(Object.keys(items[0]!).sort()).toEqual(['fullName', 'id', 'username']);
    for (const who of ['tdp5', 'uyvien', 'letan']) {
      const other = await t.send('GET', `${url}/council-accounts`, await t.login(who));
      expect(other.statusCode).toBe(403);
    }
  });

  it('links a new member to a login of the organization and refuses one from elsewhere', async () => {
    const secretary = await t.login('thuky');
    const accounts = (await t.send('GET', `${url}/council-accounts`, secretary)).json().items as {
      id: string;
      username: string;
    }[];
    const vanhoa = accounts.find((u) => u.username === 'vanhoa')!;
    const member = {
      term: '2025-2030',
      fullName: 'Đỗ Thị Hoa',
      position: 'member',
      unitId: null,
      active: true,
    };
    const linked = await t.send('POST', `${url}/council-members`, secretary, {
      ...member,
      userId: vanhoa.id,
    });
    expect(linked.statusCode).toBe(201);
    expect(linked.json().userId).toBe(vanhoa.id);
    const stranger = await t.send('POST', `${url}/council-members`, secretary, {
      ...member,
      userId: '00000000-0000-4000-8000-000000000001',
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields.userId).toBe('Tài khoản không thuộc tổ chức này');
    const list = await t.send('GET', `${url}/council-members?term=2025-2030`, secretary);
    expect(list.json().items.map((m: { fullName: string }) => m.fullName)).toEqual(['Đỗ Thị Hoa']);
  });
});
