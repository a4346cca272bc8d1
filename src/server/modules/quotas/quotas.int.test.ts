import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { individual, setDeadline } from '../../../../tests/helpers/nominations';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp, base: string, secretary: string;
let tdp5Unit: string;
let tdp1Unit: string;
let honored: string;

beforeAll(async () => {
  ({ t, base, secretary } = await openDemo());
  tdp5Unit = t.demo.unitIds.get('Tổ dân phố 5')!;
  tdp1Unit = t.demo.unitIds.get('Tổ dân phố 1')!;
  honored = t.demo.formIds.get('DHTT-CN')!;
  await setDeadline(t, secretary, 5);
});
afterAll(async () => t?.close());

const grid = async (cookie = secretary) => (await t.send('GET', `${base}/quotas`, cookie)).json();
type Cell = { unitId: string; awardFormId: string; count: number; used: number; version: number };
const cell = (g: { cells: Cell[] }, unitId: string, formId: string) =>
  g.cells.find((c) => c.unitId === unitId && c.awardFormId === formId)!;

describe('quota grid (chỉ tiêu)', () => {
  it('shows the seeded grid with row, column and overall totals', async () => {
    const g = await grid();
    expect(g.units).toHaveLength(17);
    expect(g.forms.length).toBe(9);
    expect(cell(g, tdp5Unit, honored)).toMatchObject({ count: 3, used: 0 });
    expect(g.totals.byUnit[tdp5Unit]).toBe(5); // 3 individuals + 1 collective + 1 TDP văn hóa
    expect(g.totals.byForm[honored]).toBe(51);
    expect(g.totals.overall).toBe(76);
    expect(g.permissions.canManage).toBe(true);
  });

  it('shows a unit head their own row only, read-only', async () => {
    const g = await grid(await t.login('tdp5'));
    expect(g.units.map((u: { name: string }) => u.name)).toEqual(['Tổ dân phố 5']);
    expect(g.permissions.canManage).toBe(false);
    const res = await t.send('PUT', `${base}/quotas`, await t.login('tdp5'), { quotaTotal: null, cells: [] });
    expect(res.statusCode).toBe(403);
  });

  it('saves cells, refuses a total overrun and a cell below its use, and answers stale cells with 409', async () => {
    let g = await grid();
    const c5 = cell(g, tdp5Unit, honored);
    const over = await t.send('PUT', `${base}/quotas`, secretary, { quotaTotal: 70, cells: [] });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields.quotaTotal).toBe('Tổng chỉ tiêu đã phân bổ (76) vượt tổng chỉ tiêu (70)');
    const ok = await t.send('PUT', `${base}/quotas`, secretary, {
      quotaTotal: 80,
      cells: [{ unitId: tdp5Unit, awardFormId: honored, count: 4, version: c5.version }],
    });
    expect(ok.statusCode).toBe(200);
    g = ok.json();
    expect(g.quotaTotal).toBe(80);
    expect(cell(g, tdp5Unit, honored).count).toBe(4);
    expect(g.totals.overall).toBe(77);
    const stale = await t.send('PUT', `${base}/quotas`, secretary, {
      quotaTotal: 80,
      cells: [{ unitId: tdp5Unit, awardFormId: honored, count: 2, version: c5.version }],
    });
    expect(stale.statusCode).toBe(409);
    expect(cell(stale.json().error.current, tdp5Unit, honored).count).toBe(4);

    // two nominees sent: the cell cannot go below 2
    const tdp5 = await t.login('tdp5');
    for (const name of ['Lê Thị Mai', 'Lê Thị Đào']) {
      const n = (
        await t.send('POST', `${base}/units/${tdp5Unit}/nominations`, tdp5, individual(honored, name))
      ).json();
      await t.send('POST', `${base}/nominations/${n.id}/submit`, tdp5, { version: n.version });
    }
    g = await grid();
    expect(cell(g, tdp5Unit, honored)).toMatchObject({ count: 4, used: 2 });
    const below = await t.send('PUT', `${base}/quotas`, secretary, {
      quotaTotal: 80,
      cells: [
        { unitId: tdp5Unit, awardFormId: honored, count: 1, version: cell(g, tdp5Unit, honored).version },
      ],
    });
    expect(below.statusCode).toBe(400);
    expect(below.json().error.fields['cells.0.count']).toBe(
      'Chỉ tiêu "Điển hình tiên tiến được biểu dương (cá nhân)" của Tổ dân phố 5 không được nhỏ hơn số đề nghị đã gửi (2)',
    );
  });

  it('releases unused quota to another unit, audited, never more than is unused', async () => {
    const tooMuch = await t.send('POST', `${base}/quotas/transfer`, secretary, {
      awardFormId: honored,
      fromUnitId: tdp5Unit,
      toUnitId: tdp1Unit,
      count: 3,
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.message).toBe(
      'Đơn vị nhả chỉ tiêu chỉ còn 2 chỉ tiêu chưa dùng (chỉ tiêu 4, đã dùng 2)',
    );
    const res = await t.send('POST', `${base}/quotas/transfer`, secretary, {
      awardFormId: honored,
      fromUnitId: tdp5Unit,
      toUnitId: tdp1Unit,
      count: 2,
      reason: 'TDP 5 không dùng hết',
    });
    expect(res.statusCode).toBe(200);
    expect(cell(res.json(), tdp5Unit, honored).count).toBe(2);
    expect(cell(res.json(), tdp1Unit, honored).count).toBe(5);
    const audit = (
      await t.send(
        'GET',
        `/api/organizations/${t.demo.organizationId}/audit?conferenceId=${t.demo.conferenceId}&limit=1`,
        secretary,
      )
    ).json();
    expect(audit.items[0]).toMatchObject({ action: 'quota.transferred', actorName: 'Trần Thị Hà' });
    expect(audit.items[0].after).toMatchObject({ count: 2, reason: 'TDP 5 không dùng hết' });
  });
});
