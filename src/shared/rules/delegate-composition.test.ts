import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type DelegateRules, subgroupNodeSchema } from '../schemas/plan';
import {
  type ComposedDelegate,
  checkCapRoom,
  checkComposition,
  compositionMembers,
} from './delegate-composition';

const seedRules: DelegateRules = {
  cap: 100,
  categories: [
    {
      key: 'exemplary',
      label: 'Đại biểu điển hình tiên tiến',
      sharePercent: 70,
      shareOperator: 'min',
      subgroups: [],
    },
    { key: 'guest', label: 'Đại biểu khách mời', sharePercent: 30, shareOperator: 'max', subgroups: [] },
  ],
  extraRules: [],
  attributes: [],
  note: '',
};

const list = (exemplary: number, guests: number, women = 0): ComposedDelegate[] => [
  ...Array.from({ length: exemplary }, (_, i) => ({
    category: 'exemplary',
    gender: i < women ? ('female' as const) : ('male' as const),
    attributes: [],
  })),
  ...Array.from({ length: guests }, () => ({ category: 'guest', gender: 'male' as const, attributes: [] })),
];

const rule = (check: ReturnType<typeof checkComposition>, id: string) =>
  check.rules.find((r) => r.id === id)!;

describe('checkComposition — the seed (≤ 100; ≥ 70% exemplary, ≤ 30% guests)', () => {
  it.each([
    // exemplary, guests, ok, messages
    [70, 30, true, []],
    [80, 20, true, []],
    [7, 3, true, []],
    [
      67,
      30,
      false,
      [
        'Còn thiếu 3 đại biểu điển hình tiên tiến để đạt 70%',
        'Thừa 2 đại biểu khách mời so với mức tối đa 30%',
      ],
    ],
    [
      69,
      30,
      false,
      [
        'Còn thiếu 1 đại biểu điển hình tiên tiến để đạt 70%',
        'Thừa 1 đại biểu khách mời so với mức tối đa 30%',
      ],
    ],
    [
      71,
      32,
      false,
      [
        'Vượt số đại biểu tối đa: có 103/100, cần bớt 3 đại biểu',
        'Còn thiếu đại biểu điển hình tiên tiến để đạt 70%: danh sách tối đa 100 người, cần thay 2 đại biểu khác bằng đại biểu điển hình tiên tiến',
        'Thừa 2 đại biểu khách mời so với mức tối đa 30%',
      ],
    ],
    [
      0,
      5,
      false,
      [
        'Còn thiếu 12 đại biểu điển hình tiên tiến để đạt 70%',
        'Thừa 5 đại biểu khách mời so với mức tối đa 30%',
      ],
    ],
    [0, 0, false, ['Danh sách chưa có đại biểu nào']],
  ] as const)('%i exemplary + %i guests → ok %s', (ex, gu, ok, messages) => {
    const check = checkComposition(seedRules, list(ex, gu));
    expect(check.messages).toEqual(messages);
    expect(check.ok).toBe(ok);
    expect(check.total).toBe(ex + gu);
  });

  it('gives the numbers of each rule for the gauge', () => {
    const check = checkComposition(seedRules, list(67, 30));
    expect(rule(check, 'share:exemplary')).toMatchObject({
      count: 67,
      total: 97,
      percent: 69.07,
      target: 70,
      op: 'min',
      ok: false,
      shortfall: 3,
    });
    // adding the 3 missing exemplary delegates really reaches 70% (70/100)
    expect(checkComposition(seedRules, list(70, 30)).ok).toBe(true);
    expect(rule(check, 'cap')).toMatchObject({ count: 97, target: 100, ok: true, shortfall: 0 });
  });
});

describe('checkComposition — other conferences', () => {
  const women = (percent: number, op: 'min' | 'max' = 'min'): DelegateRules => ({
    ...seedRules,
    extraRules: [{ label: 'Nữ ≥ 30%', attribute: 'female', operator: op, percent }],
  });

  it.each([
    // exemplary, guests, women among exemplary, percent, ok, message
    [70, 30, 30, 30, true, null],
    [
      70,
      30,
      29,
      30,
      false,
      'Còn thiếu đại biểu nữ để đạt 30%: danh sách tối đa 100 người, cần thay 1 đại biểu khác bằng đại biểu nữ',
    ],
    [50, 20, 20, 30, false, 'Còn thiếu 2 đại biểu nữ để đạt 30%'],
    [56, 24, 20, 30, false, 'Còn thiếu 6 đại biểu nữ để đạt 30%'],
  ] as const)('%i + %i with %i women, ≥ %i%% women → %s', (ex, gu, w, pct, ok, message) => {
    const check = checkComposition(women(pct), list(ex, gu, w));
    const r = rule(check, 'extra:0');
    expect(r.ok).toBe(ok);
    expect(r.message).toBe(message);
  });

  it('counts the attributes of direct workers', () => {
    const rules: DelegateRules = {
      cap: 300,
      categories: [{ key: 'all', label: 'Đại biểu', sharePercent: 100, subgroups: [] }],
      extraRules: [
        { label: '≥ 70% người trực tiếp lao động', attribute: 'direct_worker', operator: 'min', percent: 70 },
      ],
      attributes: [],
      note: '',
    };
    const ds: ComposedDelegate[] = Array.from({ length: 10 }, (_, i) => ({
      category: 'all',
      gender: null,
      attributes: i < 6 ? ['direct_worker'] : [],
    }));
    expect(checkComposition(rules, ds).messages).toEqual([
      'Còn thiếu 4 đại biểu là người trực tiếp lao động, sản xuất để đạt 70%',
    ]);
  });

  it.each([
    // an "exact" share (the plan says only "70% / 30%"): the share rounded either way
    [69, 30, true],
    [70, 29, true],
    [68, 32, false],
  ] as const)('exact shares: %i + %i → %s', (ex, gu, ok) => {
    const rules: DelegateRules = {
      ...seedRules,
      categories: seedRules.categories.map(({ shareOperator: _op, ...c }) => c),
    };
    expect(checkComposition(rules, list(ex, gu)).ok).toBe(ok);
  });

  it('reports minimum counts and categories the plan does not have', () => {
    const rules: DelegateRules = {
      ...seedRules,
      categories: [seedRules.categories[0]!, { ...seedRules.categories[1]!, minCount: 10 }],
    };
    const check = checkComposition(rules, [
      ...list(17, 6),
      { category: 'press', gender: null, attributes: [] },
    ]);
    expect(check.messages).toEqual([
      'Còn thiếu 4 đại biểu khách mời so với số tối thiểu 10',
      '1 đại biểu thuộc nhóm "press" không có trong cơ cấu của kế hoạch',
    ]);
  });
});

describe('checkCapRoom', () => {
  it.each([
    [95, 5, true],
    [95, 8, false],
  ] as const)('%i on the list + %i', (current, adding, ok) => {
    expect(checkCapRoom(100, current, adding).ok).toBe(ok);
  });

  it('names the numbers', () => {
    const r = checkCapRoom(100, 95, 8);
    expect(r.ok ? '' : r.message).toBe(
      'Vượt số đại biểu tối đa: danh sách đang có 95 đại biểu, thêm 8 sẽ thành 103, quá mức tối đa 100 (chỉ còn thêm được 5)',
    );
  });
});

describe('compositionMembers — who "Thành phần" names, in order', () => {
  it('names the guests first, then the honorees by their subgroups (seed 000, II.2.3)', () => {
    const rules: DelegateRules = {
      ...seedRules,
      categories: [
        {
          ...seedRules.categories[0]!,
          fromHonorees: true,
          // stored before sub-groups had numbers: labels only
          subgroups: z.array(subgroupNodeSchema).parse(['Chiến sĩ thi đua', 'Gương người tốt, việc tốt']),
        },
        seedRules.categories[1]!,
      ],
    };
    expect(compositionMembers(rules)).toEqual([
      'Đại biểu khách mời',
      'Chiến sĩ thi đua',
      'Gương người tốt, việc tốt',
    ]);
  });

  it('without a category marked for honorees, the first is theirs and comes last', () => {
    expect(compositionMembers(seedRules)).toEqual(['Đại biểu khách mời', 'Đại biểu điển hình tiên tiến']);
  });
});
