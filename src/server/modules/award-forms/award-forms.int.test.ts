import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { vi } from '../../../shared/i18n/vi';
import { auditTextLines, describeAuditEntry } from '../../../shared/rules/audit-text';
import { baseSalaryOn } from './data';

let t: TestApp, url: string, secretary: string;
beforeAll(async () => {
  ({ t, base: url, secretary } = await openDemo('/award-forms'));
});
afterAll(async () => t?.close());

const form = {
  code: 'GK-HGD',
  name: 'Giấy khen hộ gia đình tiêu biểu',
  appliesTo: 'household',
  prizeCoefficient: 0.3,
  approvalRule: { percent: 50, operator: 'gt', base: 'present' },
  criteria: ['Gia đình hòa thuận, hạnh phúc'],
};

describe('award forms and criteria', () => {
  it('lists the ward’s forms with coefficients, thresholds and criteria — unit heads read them too', async () => {
    const res = await t.send('GET', url, await t.login('tdp5'));
    expect(res.statusCode).toBe(200);
    const byCode = Object.fromEntries(res.json().items.map((f: { code: string }) => [f.code, f]));
    expect(byCode['GK-CN']).toMatchObject({ appliesTo: 'individual', prizeCoefficient: 0.3 });
    expect(byCode['GK-TT'].prizeCoefficient).toBe(0.6);
    expect(byCode['CSTD-CS']).toMatchObject({
      prizeCoefficient: 1,
      approvalRule: { percent: 90, operator: 'gte', base: 'all' },
    });
    expect(byCode.TDPVH.prizeCoefficient).toBe(1.5);
    expect(byCode['DHTT-CN'].criteria.length).toBeGreaterThan(1);
    expect(res.json().permissions.canManage).toBe(false);
  });

  it('lets only the office add and edit forms, with field messages and version checks', async () => {
    const denied = await t.send('POST', url, await t.login('tdp5'), form);
    expect(denied.statusCode).toBe(403);
    const bad = await t.send('POST', url, secretary, {
      ...form,
      code: 'có dấu',
      prizeCoefficient: -1,
      approvalRule: { percent: 120, operator: '>=', base: 'present' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      code: 'Mã hình thức gồm 1–30 ký tự: chữ không dấu, số, gạch dưới, gạch ngang',
      prizeCoefficient: 'Hệ số tiền thưởng không được âm',
      'approvalRule.percent': 'Tỷ lệ đồng ý không được vượt quá 100%',
      'approvalRule.operator': 'Phép so sánh phải là "≥" hoặc ">"',
    });
    const created = await t.send('POST', url, secretary, form);
    expect(created.statusCode).toBe(201);
    const f = created.json();
    const dup = await t.send('POST', url, secretary, form);
    expect(dup.statusCode).toBe(409);
    const edited = await t.send('PUT', `${url}/${f.id}`, secretary, {
      ...form,
      criteria: [...form.criteria, 'Thực hiện tốt nếp sống văn minh'],
      version: f.version,
    });
    expect(edited.json().criteria).toHaveLength(2);
    const stale = await t.send('PUT', `${url}/${f.id}`, secretary, { ...form, version: f.version });
    expect(stale.statusCode).toBe(409);
    const del = await t.send('DELETE', `${url}/${f.id}?version=${f.version + 1}`, secretary);
    expect(del.statusCode).toBe(204);
  });

  it('takes a number of honorees per form — a minimum, a maximum, equal for an exact number — and refuses a minimum above the maximum', async () => {
    const tooMany = await t.send('POST', url, secretary, { ...form, minHonorees: 5, maxHonorees: 3 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields).toEqual({ minHonorees: 'Số tối thiểu (5) lớn hơn số tối đa (3)' });
    const negative = await t.send('POST', url, secretary, { ...form, minHonorees: -1, maxHonorees: -2 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.fields).toEqual({
      minHonorees: 'Số lượng tối thiểu được vinh danh không được âm',
      maxHonorees: 'Số lượng tối đa được vinh danh không được âm',
    });

    const exact = await t.send('POST', url, secretary, { ...form, minHonorees: 5, maxHonorees: 5 });
    expect(exact.statusCode).toBe(201);
    const f = exact.json();
    expect(f).toMatchObject({ minHonorees: 5, maxHonorees: 5 });
    // an edit lowering the maximum under the minimum is refused; the form stays as it was
    const lowered = await t.send('PUT', `${url}/${f.id}`, secretary, {
      ...form,
      minHonorees: 5,
      maxHonorees: 3,
      version: f.version,
    });
    expect(lowered.statusCode).toBe(400);
    expect(lowered.json().error.fields).toEqual({ minHonorees: 'Số tối thiểu (5) lớn hơn số tối đa (3)' });
    const atLeast = await t.send('PUT', `${url}/${f.id}`, secretary, {
      ...form,
      minHonorees: 2,
      maxHonorees: null,
      version: f.version,
    });
    expect(atLeast.statusCode).toBe(200);
    const listed = (await t.send('GET', url, await t.login('uyvien2'))).json();
    expect(listed.items.find((i: { id: string }) => i.id === f.id)).toMatchObject({
      minHonorees: 2,
      maxHonorees: null,
      version: f.version + 1,
    });
    // the history panel names the changed fields in words
    const audit = (
      await t.send('GET', `/api/organizations/${t.demo.organizationId}/audit?entityId=${f.id}`, secretary)
    ).json();
    const lines = auditTextLines(describeAuditEntry(audit.items[0], audit.names, vi), vi);
    expect(lines).toEqual(['Số được vinh danh tối đa: 5 → (trống)', 'Số được vinh danh tối thiểu: 5 → 2']);
  });

  it('knows the base salary in force on a date', async () => {
    expect((await baseSalaryOn(t.database.db, '2020-03-31'))?.amount).toBe(1_490_000);
    expect((await baseSalaryOn(t.database.db, '2026-06-30'))?.amount).toBe(2_340_000);
    expect((await baseSalaryOn(t.database.db, '2026-07-01'))?.amount).toBe(2_530_000);
    const list = await t.send('GET', '/api/base-salaries', secretary);
    expect(list.json().items[0]).toMatchObject({ effectiveFrom: '2026-07-01', amount: 2_530_000 });
    const denied = await t.send('POST', '/api/base-salaries', secretary, {
      effectiveFrom: '2027-07-01',
      amount: 2_800_000,
    });
    expect(denied.statusCode).toBe(403);
  });
});
