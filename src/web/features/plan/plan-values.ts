import type { Plan, SubgroupNode } from '../../../shared/schemas/plan';

// The plan form holds what the inputs give: a number input left empty is ''. These helpers turn
// form values into a Plan for the live rules (empty → 0) or for saving (empty → missing, so the
// schema names the field).

type Empty = 0 | undefined;

const num = (v: unknown, empty: Empty): number => {
  if (v === '' || v === null || v === undefined) return empty as number;
  return typeof v === 'number' ? v : Number(v);
};
const optNum = (v: unknown): number | undefined =>
  v === '' || v === null || v === undefined ? undefined : Number(v);
/** Sub-groups as the form holds them: a node left without a name is dropped (with its children). */
const subgroupNodes = (xs: SubgroupNode[], empty: Empty): SubgroupNode[] =>
  xs
    .filter((x) => x.label.trim().length > 0)
    .map((x) => ({
      key: x.key.trim() || x.label.trim(),
      label: x.label.trim(),
      count: x.count ? { ...x.count, value: num(x.count.value, empty) } : undefined,
      share: x.share ? { ...x.share, percent: num(x.share.percent, empty) } : undefined,
      children: subgroupNodes(x.children ?? [], empty),
    }));

export function normalizePlan(v: Plan, empty: Empty): Plan {
  return {
    ...v,
    periodStart: num(v.periodStart, empty),
    periodEnd: num(v.periodEnd, empty),
    documentNumber: optNum(v.documentNumber) ?? null,
    signedAt: v.signedAt || null,
    delegateRules: {
      ...v.delegateRules,
      cap: num(v.delegateRules.cap, empty),
      categories: v.delegateRules.categories.map((c) => ({
        ...c,
        sharePercent: num(c.sharePercent, empty),
        minCount: optNum(c.minCount),
        subgroups: subgroupNodes(c.subgroups, empty),
      })),
      extraRules: v.delegateRules.extraRules.map((r) => ({ ...r, percent: num(r.percent, empty) })),
    },
    speechRule: {
      total: num(v.speechRule.total, empty),
      parts: v.speechRule.parts.map((p) => ({
        ...p,
        count: num(p.count, empty),
        // only the field of the part's kind is kept: a part changed from a unit to a type forgets the unit
        unitType: p.kind === 'unit_type' ? p.unitType : undefined,
        unitId: p.kind === 'unit' ? p.unitId || undefined : undefined,
        nominationId: p.kind === 'honoree' ? p.nominationId || undefined : undefined,
      })),
    },
    delegationQuota: {
      ...v.delegationQuota,
      collectives: num(v.delegationQuota.collectives, empty),
      individuals: num(v.delegationQuota.individuals, empty),
      parts: (v.delegationQuota.parts ?? []).map((p) => ({ ...p, count: num(p.count, empty) })),
    },
    performanceAllocations: v.performanceAllocations.map((a) => ({
      ...a,
      unitId: a.unitId || null,
      min: num(a.min, empty),
      max: num(a.max, empty),
    })),
    agendaTemplate: v.agendaTemplate.map((a) => ({ ...a, durationMinutes: optNum(a.durationMinutes) })),
    responsibilities: v.responsibilities.map((r) => ({ ...r, role: r.role || null })),
  };
}

/** Blank rows for the list editors. */
export const blank = {
  category: (n: number) => ({
    key: `group${n}`,
    label: '',
    sharePercent: 0,
    subgroups: [] as SubgroupNode[],
  }),
  extraRule: () => ({ label: '', attribute: 'female' as const, operator: 'min' as const, percent: 0 }),
  speechPart: () => ({
    kind: 'unit_type' as const,
    unitType: 'residential_group' as const,
    label: '',
    count: 1,
  }),
  quotaPart: () => ({ dimension: 'kind' as const, value: 'individual', count: 1, op: 'exact' as const }),
  allocation: () => ({ unitId: null, unitName: '', min: 1, max: 1 }),
  agendaItem: () => ({ title: '', kind: 'other' as const }),
  responsibility: () => ({ party: '', role: null, duties: '' }),
};
