import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { createOrganization } from '../organizations/mutations';
import { createUser } from '../users/mutations';
import { createUnit } from './mutations';

let t: TestApp;
let secretary: string;
let orgUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  orgUrl = `/api/organizations/${t.demo.organizationId}`;
});
afterAll(async () => t?.close());

describe('units', () => {
  it('lists the ward’s units for staff and only their own unit for a unit head', async () => {
    const staff = await t.app.inject({ url: `${orgUrl}/units`, headers: { cookie: secretary } });
    expect(staff.json().items.length).toBe(17);
    expect(staff.json().permissions.canCreate).toBe(true);
    const head = await t.app.inject({ url: `${orgUrl}/units`, headers: { cookie: await t.login('tdp5') } });
    expect(head.json().items.map((u: { name: string }) => u.name)).toEqual(['Tổ dân phố 5']);
    expect(head.json().items[0].permissions).toEqual({ canEdit: false, canDelete: false });
    expect(head.json().permissions.canCreate).toBe(false);
  });

  it('forbids a unit head another unit’s routes', async () => {
    const tdp5 = await t.login('tdp5');
    const own = t.demo.unitIds.get('Tổ dân phố 5')!;
    const other = t.demo.unitIds.get('Tổ dân phố 1')!;
    expect((await t.app.inject({ url: `/api/units/${own}`, headers: { cookie: tdp5 } })).statusCode).toBe(
      200,
    );
    const res = await t.app.inject({ url: `/api/units/${other}`, headers: { cookie: tdp5 } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('Bạn không có quyền thực hiện thao tác này');
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/units/${other}`,
      headers: { cookie: tdp5 },
      payload: {
        name: 'TDP 1',
        type: 'residential_group',
        headName: '',
        phone: '',
        sortOrder: 0,
        version: 1,
      },
    });
    expect(edit.statusCode).toBe(403);
  });

  it('creates, edits with version checks, and deletes a unit, auditing each step', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: `${orgUrl}/units`,
      headers: { cookie: secretary },
      payload: {
        name: 'Tổ dân phố 9',
        type: 'residential_group',
        headName: 'Võ Văn Chín',
        phone: '0912 345 678',
      },
    });
    expect(created.statusCode).toBe(201);
    const u = created.json();
    const dup = await t.app.inject({
      method: 'POST',
      url: `${orgUrl}/units`,
      headers: { cookie: secretary },
      payload: { name: 'Tổ dân phố 9', type: 'residential_group' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields.name).toBe('Tên đơn vị đã tồn tại');
    const bad = await t.app.inject({
      method: 'POST',
      url: `${orgUrl}/units`,
      headers: { cookie: secretary },
      payload: { name: 'X', type: 'village', phone: 'abc' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      type: 'Loại đơn vị không hợp lệ',
      phone: 'Số điện thoại không hợp lệ (chỉ gồm chữ số, 8–20 ký tự)',
    });
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/units/${u.id}`,
      headers: { cookie: secretary },
      payload: { ...u, headName: 'Võ Thị Chín' },
    });
    expect(edited.json()).toMatchObject({ headName: 'Võ Thị Chín', version: 2 });
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/units/${u.id}`,
      headers: { cookie: secretary },
      payload: { ...u, headName: 'Ai đó' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.headName).toBe('Võ Thị Chín');
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/units/${u.id}?version=1`,
          headers: { cookie: secretary },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/units/${u.id}?version=2`,
          headers: { cookie: secretary },
        })
      ).statusCode,
    ).toBe(204);
    const audit = await t.app.inject({
      url: `${orgUrl}/audit?entityId=${u.id}`,
      headers: { cookie: secretary },
    });
    expect(audit.json().items.map((a: { action: string }) => a.action)).toEqual([
      'unit.deleted',
      'unit.updated',
      'unit.created',
    ]);
  });
});

describe('several organizers in one deployment', () => {
  it('keeps each organizer’s data out of the other’s reach', async () => {
    const other = await createOrganization(t.database.db, null, {
      name: 'UBND xã Thạch Hạ',
      parentName: 'UBND thành phố Hà Tĩnh',
      level: 'commune',
      place: 'Thạch Hạ',
    });
    const otherUnit = await createUnit(t.database.db, null, other.id, {
      name: 'Thôn 1',
      type: 'residential_group',
      headName: '',
      phone: '',
      sortOrder: 0,
    });
    await createUser(t.database.db, null, {
      organizationId: other.id,
      username: 'thuky.thachha',
      fullName: 'Lê Thị Hạ',
      password: 'ThachHa@2026',
      roles: [{ role: 'admin' }],
    });
    const stranger = await t.login('thuky.thachha', 'ThachHa@2026');
    const vy = t.demo;
    const unitId = vy.unitIds.get('Tổ dân phố 1')!;
    const reads = [
      `/api/conferences/${vy.conferenceId}`,
      `/api/organizations/${vy.organizationId}`,
      `/api/organizations/${vy.organizationId}/units`,
      `/api/organizations/${vy.organizationId}/audit`,
      `/api/organizations/${vy.organizationId}/users`,
      `/api/units/${unitId}`,
    ];
    for (const path of reads) {
      const res = await t.app.inject({ url: path, headers: { cookie: stranger } });
      expect([403, 404], path).toContain(res.statusCode);
    }
    expect(
      (await t.app.inject({ url: '/api/conferences', headers: { cookie: stranger } })).json().items,
    ).toEqual([]);
    const writes = [
      t.app.inject({
        method: 'PUT',
        url: `/api/units/${unitId}`,
        headers: { cookie: stranger },
        payload: { name: 'Bị sửa', type: 'other', version: 1 },
      }),
      t.app.inject({
        method: 'DELETE',
        url: `/api/units/${unitId}?version=1`,
        headers: { cookie: stranger },
      }),
      t.app.inject({
        method: 'POST',
        url: `/api/organizations/${vy.organizationId}/units`,
        headers: { cookie: stranger },
        payload: { name: 'Lạ', type: 'other' },
      }),
      t.app.inject({
        method: 'PUT',
        url: `/api/organizations/${vy.organizationId}`,
        headers: { cookie: stranger },
        payload: { name: 'Bị sửa', level: 'ward', version: 1 },
      }),
    ];
    for (const res of await Promise.all(writes)) expect([403, 404]).toContain(res.statusCode);
    // and the other way round
    const vySecretary = await t.app.inject({
      url: `/api/units/${otherUnit.id}`,
      headers: { cookie: secretary },
    });
    expect([403, 404]).toContain(vySecretary.statusCode);
    const unit = (await t.app.inject({ url: `/api/units/${unitId}`, headers: { cookie: secretary } })).json();
    expect(unit.name).toBe('Tổ dân phố 1');
    expect(unit.version).toBe(1);
  });
});
