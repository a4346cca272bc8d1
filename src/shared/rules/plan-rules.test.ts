import { describe, expect, it } from 'vitest';
import { vanYenPlan } from '../../server/seed/van-yen';
import { planSchema } from '../schemas/plan';
import { conferenceByLevel, validatePlanRules } from './plan-rules';

const base = planSchema.parse(vanYenPlan(() => null));

type Case = { name: string; change: (p: typeof base) => void; expected: { path: string; message: RegExp }[] };

const cases: Case[] = [
  { name: 'the seed plan is valid', change: () => {}, expected: [] },
  {
    name: 'shares must add up to 100%',
    change: (p) => {
      p.delegateRules.categories[1]!.sharePercent = 25;
    },
    expected: [{ path: 'delegateRules.categories', message: /phải bằng 100% \(hiện là 95%\)/ }],
  },
  {
    name: 'a province congress with 120 guests of 400 is fine',
    change: (p) => {
      p.delegateRules.cap = 400;
      p.delegateRules.categories[0]!.sharePercent = 70;
      p.delegateRules.categories[1]!.sharePercent = 30;
    },
    expected: [],
  },
  {
    name: 'period must not end before it starts',
    change: (p) => {
      p.periodEnd = 2019;
    },
    expected: [{ path: 'periodEnd', message: /Năm kết thúc/ }],
  },
  {
    name: 'the cap must hold the minimums',
    change: (p) => {
      p.delegateRules.cap = 50;
      p.delegateRules.categories[0]!.minCount = 40;
      p.delegateRules.categories[1]!.minCount = 20;
    },
    expected: [{ path: 'delegateRules.cap', message: /\(50\).*\(60\)/ }],
  },
  {
    name: 'speech parts must add up to the total',
    change: (p) => {
      p.speechRule.total = 4;
    },
    expected: [{ path: 'speechRule.total', message: /\(4\).*\(5\)/ }],
  },
  {
    name: 'a speech part for a named unit or honoree must name it',
    change: (p) => {
      p.speechRule.parts[2] = { kind: 'unit', label: 'Công an phường', count: 1 };
      p.speechRule.parts[3] = { kind: 'honoree', label: 'Ông Nguyễn Văn A', count: 1 };
    },
    expected: [
      { path: 'speechRule.parts.2.unitId', message: /"Công an phường" theo đơn vị cụ thể: cần chọn đơn vị/ },
      { path: 'speechRule.parts.3.nominationId', message: /"Ông Nguyễn Văn A".*cần chọn tập thể\/cá nhân/ },
    ],
  },
  {
    name: 'a performance range must not be upside down',
    change: (p) => {
      p.performanceAllocations[1]!.min = 3;
    },
    expected: [{ path: 'performanceAllocations.1.max', message: /Trường Mầm non/ }],
  },
  {
    name: 'category keys are unique',
    change: (p) => {
      p.delegateRules.categories[1]!.key = p.delegateRules.categories[0]!.key;
    },
    expected: [{ path: 'delegateRules.categories.1.key', message: /bị trùng/ }],
  },
];

describe('validatePlanRules', () => {
  it.each(cases)('$name', ({ change, expected }) => {
    const plan = structuredClone(base);
    change(plan);
    const issues = validatePlanRules(plan).map((i) => ({ path: i.path.join('.'), message: i.message }));
    expect(issues).toHaveLength(expected.length);
    expected.forEach((e, k) => {
      expect(issues[k]!.path).toBe(e.path);
      expect(issues[k]!.message).toMatch(e.message);
    });
  });
});

describe('conferenceByLevel', () => {
  const form = 'Hội nghị điển hình tiên tiến';
  it.each([
    ['ward', 'Hội nghị điển hình tiên tiến phường'],
    ['commune', 'Hội nghị điển hình tiên tiến xã'],
    ['school', 'Hội nghị điển hình tiên tiến Trường THCS Văn Yên'],
  ] as const)('%s → %s', (level, expected) => {
    expect(
      conferenceByLevel({ form, level, officialTitle: 'Hội nghị điển hình tiên tiến Trường THCS Văn Yên' }),
    ).toBe(expected);
  });
});
