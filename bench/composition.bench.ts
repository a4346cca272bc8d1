// composition_2000_ms: the composition rules of a plan (cap, category shares and minimums,
// sub-groups over 3 levels with counts and shares, attribute rules of which one is scoped to a
// sub-group: 12 rules) evaluated on a list of 2,000 delegates by checkComposition — the function
// the web gauge, the finalize check and the dashboard call. Pure, no database. Median of 50 runs
// after a warm-up; each run checks the rule count and the expected verdicts.

import { type ComposedDelegate, checkComposition } from '../src/shared/rules/delegate-composition';
import { delegateRulesSchema } from '../src/shared/schemas/plan';
import { type BenchResult, median, round, saveResults } from './lib/results';

const COUNT = 2000;
const RUNS = 50;

const rules = delegateRulesSchema.parse({
  cap: 2000,
  categories: [
    {
      key: 'exemplary',
      label: 'Đại biểu điển hình tiên tiến',
      sharePercent: 70,
      shareOperator: 'min',
      minCount: 1000,
      subgroups: [
        {
          key: 'collective',
          label: 'Đại diện tập thể',
          share: { op: 'min', percent: 30, of: 'parent' },
          children: [
            { key: 'residential', label: 'Tổ dân phố', count: { op: 'min', value: 200 } },
            { key: 'school', label: 'Trường học', count: { op: 'max', value: 150 } },
          ],
        },
        {
          key: 'individual',
          label: 'Cá nhân',
          count: { op: 'min', value: 500 },
          children: [
            {
              key: 'good_deeds',
              label: 'Gương người tốt, việc tốt',
              share: { op: 'max', percent: 50, of: 'parent' },
            },
          ],
        },
      ],
    },
    { key: 'guest', label: 'Đại biểu khách mời', sharePercent: 30, shareOperator: 'max', subgroups: [] },
  ],
  attributes: [{ key: 'under35', label: 'Dưới 35 tuổi' }],
  extraRules: [
    { label: '≥ 30% nữ', attribute: 'female', operator: 'min', percent: 30 },
    { label: '≤ 60% người trực tiếp lao động', attribute: 'direct_worker', operator: 'max', percent: 60 },
    {
      label: 'Cá nhân: ≥ 20% dưới 35 tuổi',
      attribute: 'under35',
      operator: 'min',
      percent: 20,
      scope: { category: 'exemplary', subgroup: 'individual' },
    },
  ],
});

function list(): ComposedDelegate[] {
  const subgroups = ['residential', 'school', 'collective', 'good_deeds', 'individual', 'individual'];
  return Array.from({ length: COUNT }, (_, i) => {
    const guest = i % 10 >= 7;
    return {
      category: guest ? 'guest' : 'exemplary',
      subgroup: guest ? '' : subgroups[i % subgroups.length]!,
      gender: i % 3 === 0 ? 'female' : 'male',
      attributes: i % 4 === 0 ? ['under35', 'direct_worker'] : [],
    };
  });
}

function main() {
  const delegates = list();
  const run = () => {
    const t0 = performance.now();
    const check = checkComposition(rules, delegates);
    const ms = performance.now() - t0;
    if (check.rules.length !== 12) throw new Error(`expected 12 rules, got ${check.rules.length}`);
    if (check.total !== COUNT) throw new Error('wrong total');
    return { ms, check };
  };
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  let broken = 0;
  for (let r = 0; r < RUNS; r++) {
    const { ms, check } = run();
    times.push(ms);
    broken = check.rules.filter((x) => !x.ok).length;
  }
  const m = median(times);
  const results: Record<string, BenchResult> = {
    composition_2000_ms: {
      value: round(m, 2),
      unit: 'ms',
      goal: 20,
      better: 'lower',
      engine: 'none',
      note: `checkComposition on ${COUNT} delegates against 12 rules over 3 levels (cap, 2 category shares, a minimum, 5 sub-group counts/shares, 3 attribute rules of which one scoped to a sub-group; ${broken} broken): median of ${RUNS} runs ${round(m, 2)} ms (min ${round(Math.min(...times), 2)}, max ${round(Math.max(...times), 2)}) after a warm-up`,
    },
  };
  saveResults(results);
}

main();
