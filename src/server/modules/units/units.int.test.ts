import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { individual, setDeadline } from '../../../../tests/helpers/nominations';
import { loginStranger } from '../../../../tests/helpers/strangers';
import { openDemoOrganization, type TestApp } from '../../../../tests/helpers/test-app';
import { databaseErrorAsAppError } from '../../db/errors';
import { units } from '../../db/schema/index';
import { createUnit } from './mutations';

let t: TestApp;
let secretary: string;
let orgUrl: string;
beforeAll(async () => {
  ({ t, orgUrl, secretary } = await openDemoOrganization());
});
afterAll(async () => t?.close());

describe('units', () => {
  it('lists the ward’s units for staff and only their own unit for a unit head', async () => {
    const staff = await t.send('GET', `${orgUrl}/units`, secretary);
    expect(staff.json().items.length).toBe(17);
    expect(staff.json().permissions.canCreate).toBe(true);
    const head = await t.send('GET', `${orgUrl}/units`, await t.login('tdp5'));
    expect(head.json().items.map((u: { name: string }) => u.name)).toEqual(['Tổ dân phố 5']);
    expect(head.json().items[0].permissions).toEqual({ canEdit: false, canDelete: false });
    expect(head.json().permissions.canCreate).toBe(false);
  });

  it('forbids a unit head another unit’s routes', async () => {
    const tdp5 = await t.login('tdp5');
    const own = t.demo.unitIds.get('Tổ dân phố 5')!;
    const other = t.demo.unitIds.get('Tổ dân phố 1')!;
    expect((await t.send('GET', `/api/units/${own}`, tdp5)).statusCode).toBe(200);
    const res = await t.send('GET', `/api/units/${other}`, tdp5);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('Bạn không có quyền thực hiện thao tác này');
    const edit = await t.send('PUT', `/api/units/${other}`, tdp5, {
      name: 'TDP 1',
      type: 'residential_group',
      headName: '',
      phone: '',
      sortOrder: 0,
      version: 1,
    });
    expect(edit.statusCode).toBe(403);
  });

  it('creates, edits with version checks, and deletes a unit, auditing each step', async () => {
    const created = await t.send('POST', `${orgUrl}/units`, secretary, {
      name: 'Tổ dân phố 9',
      type: 'residential_group',
      headName: 'Võ Văn Chín',
      phone: '0912 345 678',
    });
    expect(created.statusCode).toBe(201);
    const u = created.json();
    const dup = await t.send('POST', `${orgUrl}/units`, secretary, {
      name: 'Tổ dân phố 9',
      type: 'residential_group',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields.name).toBe('Tên đơn vị đã tồn tại');
    const bad = await t.send('POST', `${orgUrl}/units`, secretary, {
      name: 'X',
      type: 'village',
      phone: 'abc',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      type: 'Loại đơn vị không hợp lệ',
      phone: 'Số điện thoại không hợp lệ (chỉ gồm chữ số, 8–20 ký tự)',
    });
    const edited = await t.send('PUT', `/api/units/${u.id}`, secretary, { ...u, headName: 'Võ Thị Chín' });
    expect(edited.json()).toMatchObject({ headName: 'Võ Thị Chín', version: 2 });
    const stale = await t.send('PUT', `/api/units/${u.id}`, secretary, { ...u, headName: 'Ai đó' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.headName).toBe('Võ Thị Chín');
    expect((await t.send('DELETE', `/api/units/${u.id}?version=1`, secretary)).statusCode).toBe(409);
    expect((await t.send('DELETE', `/api/units/${u.id}?version=2`, secretary)).statusCode).toBe(204);
    const audit = await t.send('GET', `${orgUrl}/audit?entityId=${u.id}`, secretary);
    expect(audit.json().items.map((a: { action: string }) => a.action)).toEqual([
      'unit.deleted',
      'unit.updated',
      'unit.created',
    ]);
  });
});

describe('deleting a unit still in use', () => {
  it('answers 409 naming what still uses it, and keeps the unit', async () => {
    const unitId = t.demo.unitIds.get('Hội LHPN phường')!;
    const res = await t.send('DELETE', `/api/units/${unitId}?version=1`, secretary);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'CONFLICT',
      message:
        'Không xóa được đơn vị "Hội LHPN phường": còn 1 thành viên Hội đồng, 5 đại biểu thuộc đơn vị này',
    });
    expect((await t.send('GET', `/api/units/${unitId}`, secretary)).statusCode).toBe(200);
  });

  it('keeps a unit whose nominations would otherwise be deleted with it', async () => {
    const unitId = t.demo.unitIds.get('Tổ dân phố 5')!;
    const conf = `/api/conferences/${t.demo.conferenceId}`;
    const formId = t.demo.formIds.get('DHTT-CN')!;
    await setDeadline(t, secretary, 5);
    const created = await t.send(
      'POST',
      `${conf}/units/${unitId}/nominations`,
      await t.login('tdp5'),
      individual(formId, 'Nguyễn Thị Năm'),
    );
    expect(created.statusCode).toBe(201);
    const res = await t.send('DELETE', `/api/units/${unitId}?version=1`, secretary);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      'Không xóa được đơn vị "Tổ dân phố 5": còn 1 đề nghị khen thưởng, 4 đại biểu thuộc đơn vị này',
    );
    const list = await t.send('GET', `${conf}/nominations`, secretary);
    expect(list.body).toContain('Nguyễn Thị Năm');
  });

  it('maps a foreign-key violation of the database itself to a 409 naming the referencing records', async () => {
    const unitId = t.demo.unitIds.get('Hội LHPN phường')!;
    const err = await t.database.db
      .delete(units)
      .where(eq(units.id, unitId))
      .then(
        () => null,
        (e: unknown) => e,
      );
    const mapped = databaseErrorAsAppError(err);
    expect(mapped?.code).toBe('CONFLICT');
    expect(mapped?.message).toBe('Không xóa được đơn vị: còn thành viên Hội đồng dùng đến');
  });
});

describe('several organizers in one deployment', () => {
  it('keeps each organizer’s data out of the other’s reach', async () => {
    const other = await loginStranger(t, 'admin');
    const stranger = other.cookie;
    const otherUnit = await createUnit(t.database.db, null, other.organizationId, {
      name: 'Thôn 1',
      type: 'residential_group',
      headName: '',
      phone: '',
      sortOrder: 0,
    });
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
      const res = await t.send('GET', path, stranger);
      expect([403, 404], path).toContain(res.statusCode);
    }
    expect((await t.send('GET', '/api/conferences', stranger)).json().items).toEqual([]);
    const writes = [
      t.send('PUT', `/api/units/${unitId}`, stranger, { name: 'Bị sửa', type: 'other', version: 1 }),
      t.send('DELETE', `/api/units/${unitId}?version=1`, stranger),
      t.send('POST', `/api/organizations/${vy.organizationId}/units`, stranger, {
        name: 'Lạ',
        type: 'other',
      }),
      t.send('PUT', `/api/organizations/${vy.organizationId}`, stranger, {
        name: 'Bị sửa',
        level: 'ward',
        version: 1,
      }),
    ];
    for (const res of await Promise.all(writes)) expect([403, 404]).toContain(res.statusCode);
    // and the other way round
    const vySecretary = await t.send('GET', `/api/units/${otherUnit.id}`, secretary);
    expect([403, 404]).toContain(vySecretary.statusCode);
    const unit = (await t.send('GET', `/api/units/${unitId}`, secretary)).json();
    expect(unit.name).toBe('Tổ dân phố 1');
    expect(unit.version).toBe(1);
  });
});
