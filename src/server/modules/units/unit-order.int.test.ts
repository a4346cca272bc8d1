import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, openDemoOrganization, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp;
let secretary: string;
let orgUrl: string;
beforeAll(async () => {
  ({ t, orgUrl, secretary } = await openDemoOrganization());
});
afterAll(async () => t?.close());

type Unit = { id: string; name: string };
const unitList = async (): Promise<Unit[]> =>
  (await t.send('GET', `${orgUrl}/units`, secretary)).json().items;
/** The quota grid of the conference lists the units in the organizer's order. */
const quotaUnits = async (): Promise<string[]> =>
  (await t.send('GET', `/api/conferences/${t.demo.conferenceId}/quotas`, secretary))
    .json()
    .units.map((u: Unit) => u.name);
const reorder = (ids: string[], cookie = secretary) =>
  t.send('PUT', `${orgUrl}/units/order`, cookie, { ids });

describe('the order of units', () => {
  it('moves a unit up in the units list and in the quota grid, audited', async () => {
    const before = await unitList();
    expect(await quotaUnits()).toEqual(before.map((u) => u.name));
    const last = before[before.length - 1]!;
    const ids = [last.id, ...before.slice(0, -1).map((u) => u.id)];
    const res = await reorder(ids);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: Unit) => u.id)).toEqual(ids);
    const names = [last.name, ...before.slice(0, -1).map((u) => u.name)];
    expect((await unitList()).map((u) => u.name)).toEqual(names);
    expect(await quotaUnits()).toEqual(names);
    expect((await auditOf(t, t.demo.organizationId, secretary))[0]).toMatchObject({
      action: 'unit.reordered',
      actorName: 'Trần Thị Hà',
    });
  });

  it('refuses an order that misses or repeats a unit (409), changing nothing', async () => {
    const before = (await unitList()).map((u) => u.id);
    const missing = await reorder(before.slice(1));
    expect(missing.statusCode).toBe(409);
    expect(missing.json().error.message).toBe(
      'Danh sách đơn vị vừa thay đổi (có đơn vị được thêm hoặc xóa). Hãy tải lại trang rồi sắp xếp lại.',
    );
    const twice = await reorder([before[0]!, ...before.slice(0, -1)]);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('Một đơn vị xuất hiện hai lần trong thứ tự');
    expect((await unitList()).map((u) => u.id)).toEqual(before);
  });

  it('is for those who manage units', async () => {
    const ids = (await unitList()).map((u) => u.id);
    expect((await reorder(ids, await t.login('tdp5'))).statusCode).toBe(403);
  });

  it('puts a new unit last when no place is given', async () => {
    const created = await t.send('POST', `${orgUrl}/units`, secretary, {
      name: 'Tổ dân phố 10',
      type: 'residential_group',
    });
    expect(created.statusCode).toBe(201);
    const list = await unitList();
    expect(list[list.length - 1]!.name).toBe('Tổ dân phố 10');
  });
});
