import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { users } from '../../db/schema/index';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('GET /api/auth/me', () => {
  it('answers an anonymous visit 200 { user: null } (no error in the browser console), no-store', async () => {
    const res = await t.send('GET', '/api/auth/me');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ user: null });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers 401 to a cookie whose session has ended, like every route', async () => {
    const res = await t.send('GET', '/api/auth/me', 'vd_session=khong-con-hieu-luc');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Bạn cần đăng nhập để tiếp tục');
  });

  it('is answered from the session cache, and a write that touches identities refreshes it', async () => {
    const tdp5 = await t.login('tdp5');
    const first = (await t.send('GET', '/api/auth/me', tdp5)).json().user;
    const unit = first.memberships.find((m: { unitId: string | null }) => m.unitId);
    expect(unit.unitName).toBeTruthy();
    // changed behind the app's back: the cached answer stands (no database read per call)
    await t.database.db
      .update(users)
      .set({ fullName: 'Tên đổi ngoài ứng dụng' })
      .where(eq(users.id, first.id));
    expect((await t.send('GET', '/api/auth/me', tdp5)).json().user).toEqual(first);
    // a write through the app (the secretary renames the unit) drops the entry: both changes show
    const secretary = await t.login('thuky');
    const current = (await t.send('GET', `/api/units/${unit.unitId}`, secretary)).json();
    const renamed = await t.send('PUT', `/api/units/${unit.unitId}`, secretary, {
      ...current,
      name: `${current.name} (mới)`,
    });
    expect(renamed.statusCode).toBe(200);
    const after = (await t.send('GET', '/api/auth/me', tdp5)).json().user;
    expect(after.fullName).toBe('Tên đổi ngoài ứng dụng');
    expect(after.memberships.find((m: { unitId: string | null }) => m.unitId === unit.unitId).unitName).toBe(
      `${current.name} (mới)`,
    );
  });
});
