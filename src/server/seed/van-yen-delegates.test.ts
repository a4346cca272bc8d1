import { describe, expect, it } from 'vitest';
import { checkComposition } from '../../shared/rules/delegate-composition';
import { delegateInputSchema } from '../../shared/schemas/delegates';
import { planSchema } from '../../shared/schemas/plan';
import { vanYenPlan, vanYenUnits } from './van-yen';
import { vanYenDelegates } from './van-yen-delegates';

describe('the Văn Yên delegate list', () => {
  const plan = planSchema.parse(vanYenPlan(() => null));
  const delegates = vanYenDelegates().map((d) => delegateInputSchema.parse(d));

  it('keeps the seed composition: 100 = 70 exemplary + 30 guests, every rule met', () => {
    expect(delegates.filter((d) => d.category === 'exemplary')).toHaveLength(70);
    expect(delegates.filter((d) => d.category === 'guest')).toHaveLength(30);
    const check = checkComposition(plan.delegateRules, delegates);
    expect(check.messages).toEqual([]);
  });

  it('names real units and subgroups of the plan, and has no one twice', () => {
    const units = new Set(vanYenUnits.map((u) => u.name));
    // a delegate's subgroup is the key of its node; the seed's labels are their own keys
    const subgroups = plan.delegateRules.categories[0]!.subgroups.map((g) => g.key);
    for (const d of delegates.filter((x) => x.category === 'exemplary')) {
      expect(units.has(d.unitName), d.unitName).toBe(true);
      expect(subgroups).toContain(d.subgroup);
    }
    expect(new Set(delegates.map((d) => d.fullName)).size).toBe(100);
  });
});
