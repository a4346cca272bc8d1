import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, openDemo, type TestApp } from '../../../../tests/helpers/test-app';

// Cảnh báo kế hoạch: a plan whose figures contradict each other is saved only when the secretary
// acknowledges every warning; the audit entry of the save records what she accepted.
let t: TestApp, url: string, secretary: string;
beforeAll(async () => {
  ({ t, base: url, secretary } = await openDemo());
});
afterAll(async () => t?.close());

type Warning = { code: string; path: string; message: string };

const current = async () => (await t.send('GET', url, secretary)).json();

/** The demo plan with the guests "tối đa 30 %" of 100 but at least 40 of them. */
function contradictory(plan: Record<string, unknown> & { delegateRules: { categories: object[] } }) {
  const categories = plan.delegateRules.categories.map((c, i) => (i === 1 ? { ...c, minCount: 40 } : c));
  return { ...plan, delegateRules: { ...plan.delegateRules, categories } };
}

describe('saving a plan whose figures contradict each other', () => {
  it('is refused with 422 listing the warnings with their numbers, and nothing is saved', async () => {
    const before = await current();
    const auditsBefore = (await auditOf(t, before.id, secretary)).length;
    const res = await t.send('PUT', `${url}/plan`, secretary, {
      plan: contradictory(before.plan),
      version: before.version,
    });
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.message).toContain('Kế hoạch có 2 số liệu mâu thuẫn nhau');
    const warnings: Warning[] = error.warnings;
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['category-min-over-share', 'delegateRules.categories.1.minCount'],
      ['category-minimums-over-cap', 'delegateRules.cap'],
    ]);
    expect(warnings[0]!.message).toContain(
      'số tối thiểu 40 nhưng tỷ lệ tối đa 30% của 100 đại biểu chỉ cho phép 30',
    );
    expect(warnings[1]!.message).toContain('70 + Đại biểu khách mời 40 = 110 đại biểu');

    // acknowledging only one of the two is not enough
    const half = await t.send('PUT', `${url}/plan`, secretary, {
      plan: contradictory(before.plan),
      version: before.version,
      acknowledgedWarnings: ['category-min-over-share'],
    });
    expect(half.statusCode).toBe(422);
    expect(half.json().error.warnings.map((w: Warning) => w.code)).toEqual(['category-minimums-over-cap']);

    const after = await current();
    expect(after.version).toBe(before.version);
    expect(after.plan.delegateRules.categories[1].minCount).toBeUndefined();
    expect(await auditOf(t, before.id, secretary)).toHaveLength(auditsBefore);
  });

  it('is saved when every warning is acknowledged, the audit entry naming them', async () => {
    const before = await current();
    const res = await t.send('PUT', `${url}/plan`, secretary, {
      plan: contradictory(before.plan),
      version: before.version,
      acknowledgedWarnings: ['category-min-over-share', 'category-minimums-over-cap'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(before.version + 1);
    expect(res.json().plan.delegateRules.categories[1].minCount).toBe(40);

    const [entry] = await auditOf(t, before.id, secretary);
    expect(entry).toMatchObject({ action: 'conference.plan_updated', actorName: 'Trần Thị Hà' });
    const accepted = (entry!.after as { acknowledgedWarnings: Warning[] }).acknowledgedWarnings;
    expect(accepted.map((w) => w.code)).toEqual(['category-min-over-share', 'category-minimums-over-cap']);
    expect(accepted[0]!.message).toContain('chỉ cho phép 30');
  });

  it('a consistent plan saves without any acknowledgment, the audit entry naming none', async () => {
    const before = await current();
    const categories = before.plan.delegateRules.categories.map((c: object) => ({
      ...c,
      minCount: undefined,
    }));
    const plan = { ...before.plan, delegateRules: { ...before.plan.delegateRules, categories } };
    const res = await t.send('PUT', `${url}/plan`, secretary, { plan, version: before.version });
    expect(res.statusCode).toBe(200);
    const [entry] = await auditOf(t, before.id, secretary);
    expect(entry!.action).toBe('conference.plan_updated');
    expect(entry!.after).not.toHaveProperty('acknowledgedWarnings');
  });

  it('a stale edit is still a 409, warnings or not', async () => {
    const before = await current();
    const res = await t.send('PUT', `${url}/plan`, secretary, {
      plan: contradictory(before.plan),
      version: before.version - 1,
      acknowledgedWarnings: ['category-min-over-share', 'category-minimums-over-cap'],
    });
    expect(res.statusCode).toBe(409);
  });

  it('creating a conference from a contradictory plan follows the same rule', async () => {
    const { plan } = await current();
    const orgUrl = `/api/organizations/${t.demo.organizationId}/conferences`;
    const copy = contradictory({ ...plan, name: 'Hội nghị điển hình tiên tiến 2026', signedAt: null });
    const refused = await t.send('POST', orgUrl, secretary, { plan: copy });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.warnings).toHaveLength(2);
    const created = await t.send('POST', orgUrl, secretary, {
      plan: copy,
      acknowledgedWarnings: ['category-min-over-share', 'category-minimums-over-cap'],
    });
    expect(created.statusCode).toBe(201);
    const [entry] = await auditOf(t, created.json().id, secretary);
    expect(entry!.action).toBe('conference.created');
    expect((entry!.after as { acknowledgedWarnings: Warning[] }).acknowledgedWarnings).toHaveLength(2);
  });
});
