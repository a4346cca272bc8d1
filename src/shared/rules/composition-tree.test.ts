import { describe, expect, it } from 'vitest';
import { type DelegateRules, delegateRulesSchema } from '../schemas/plan';
import {
  attributeKeys,
  checkDelegateAttributes,
  flattenSubgroups,
  inSubgroup,
  subgroupIndex,
} from './composition-tree';
import { type ComposedDelegate, checkComposition, checkDelegateCategory } from './delegate-composition';

/**
 * A school's conference, unlike the demo: ≤ 40; exemplars ≥ 60 % with sub-groups "Giáo viên"
 * (exactly 15, of which "Giáo viên trẻ" at least 5) and "Học sinh" (≥ 40 % of the exemplars);
 * guests ≤ 40 %; ≥ 30 % women and, among the teachers, ≥ 50 % "Người tốt, việc tốt".
 */
const school: DelegateRules = delegateRulesSchema.parse({
  cap: 40,
  categories: [
    {
      key: 'exemplary',
      label: 'Đại biểu điển hình tiên tiến',
      sharePercent: 60,
      shareOperator: 'min',
      subgroups: [
        {
          key: 'teachers',
          label: 'Giáo viên',
          count: { op: 'exact', value: 15 },
          children: [{ key: 'young', label: 'Giáo viên trẻ', count: { op: 'min', value: 5 } }],
        },
        { key: 'pupils', label: 'Học sinh', share: { op: 'min', percent: 40, of: 'parent' } },
      ],
    },
    { key: 'guest', label: 'Đại biểu khách mời', sharePercent: 40, shareOperator: 'max', subgroups: [] },
  ],
  attributes: [{ key: 'good_deeds', label: 'Người tốt, việc tốt' }],
  extraRules: [
    { label: '≥ 30% nữ', attribute: 'female', operator: 'min', percent: 30 },
    {
      label: 'Giáo viên: ≥ 50% người tốt, việc tốt',
      attribute: 'good_deeds',
      operator: 'min',
      percent: 50,
      scope: { category: 'exemplary', subgroup: 'teachers' },
    },
  ],
});

const people = (
  n: number,
  category: string,
  subgroup = '',
  extra: Partial<ComposedDelegate> = {},
): ComposedDelegate[] =>
  Array.from({ length: n }, () => ({ category, subgroup, gender: 'female', attributes: [], ...extra }));

/** 10 teachers (8 good deeds) + 5 young teachers + 10 pupils; 15 guests: 40, every rule kept. */
const kept = (): ComposedDelegate[] => [
  ...people(8, 'exemplary', 'teachers', { attributes: ['good_deeds'] }),
  ...people(2, 'exemplary', 'teachers'),
  ...people(5, 'exemplary', 'young'),
  ...people(10, 'exemplary', 'pupils'),
  ...people(15, 'guest'),
];

describe('composition tree — sub-groups with counts and shares, scoped attribute rules', () => {
  it('reads old plans: a sub-group stored as a label is a node keyed by its label', () => {
    const rules = delegateRulesSchema.parse({
      cap: 10,
      categories: [
        { key: 'a', label: 'A', sharePercent: 100, subgroups: ['Cựu chiến binh', 'Doanh nghiệp'] },
      ],
    });
    expect(rules.categories[0]!.subgroups).toEqual([
      { key: 'Cựu chiến binh', label: 'Cựu chiến binh', children: [] },
      { key: 'Doanh nghiệp', label: 'Doanh nghiệp', children: [] },
    ]);
    expect(rules.attributes).toEqual([]);
    expect(checkDelegateCategory(rules, { category: 'a', subgroup: 'Doanh nghiệp' })).toEqual([]);
  });

  it('indexes every node with its ancestors (the delegate names its deepest node)', () => {
    expect(flattenSubgroups(school.categories[0]!).map((f) => f.path.join('/'))).toEqual([
      'teachers',
      'teachers/young',
      'pupils',
    ]);
    expect(subgroupIndex(school).get('exemplary')?.get('young')).toEqual(['teachers', 'young']);
  });

  it('finds a delegate inside a sub-group through its deepest node (the list filter)', () => {
    const index = subgroupIndex(school);
    expect(inSubgroup(index, 'exemplary', 'young', 'teachers')).toBe(true);
    expect(inSubgroup(index, 'exemplary', 'young', 'young')).toBe(true);
    expect(inSubgroup(index, 'exemplary', 'teachers', 'young')).toBe(false);
    expect(inSubgroup(index, 'exemplary', 'pupils', 'teachers')).toBe(false);
    expect(inSubgroup(index, 'guest', 'young', 'teachers')).toBe(false);
  });

  it('keeps every rule on a list at the figures', () => {
    const check = checkComposition(school, kept());
    expect(check.messages).toEqual([]);
    expect(check.ok).toBe(true);
    const teachers = check.rules.find((r) => r.id === 'count:exemplary/teachers')!;
    expect([teachers.count, teachers.target, teachers.ok]).toEqual([15, 15, true]);
  });

  it('one teacher over and one pupil under: names both and proposes the swap', () => {
    const list = kept();
    const pupil = list.findIndex((d) => d.subgroup === 'pupils');
    list[pupil] = { ...list[pupil]!, subgroup: 'teachers' }; // 16 teachers, 9 pupils
    const check = checkComposition(school, list);
    expect(check.ok).toBe(false);
    expect(check.messages).toEqual([
      'Thừa 1 giáo viên so với số đúng 15',
      // the list is full (40 of 40): a pupil can only come in place of someone else
      'Còn thiếu học sinh để đạt 40%: danh sách tối đa 40 người, cần thay 1 đại biểu khác bằng học sinh',
    ]);
    expect(check.fixes).toEqual(['Thay 1 giáo viên bằng 1 học sinh']);
  });

  it('one young teacher under its minimum: counted within the teachers', () => {
    const list = kept();
    const young = list.findIndex((d) => d.subgroup === 'young');
    list[young] = { ...list[young]!, subgroup: 'teachers' }; // 4 young, still 15 teachers
    const check = checkComposition(school, list);
    expect(check.messages).toEqual(['Còn thiếu 1 giáo viên trẻ so với số tối thiểu 5']);
    expect(check.rules.find((r) => r.id === 'count:exemplary/teachers')!.ok).toBe(true);
  });

  it('one guest over the share and the exemplars under: "Thay 1 đại biểu khách mời bằng …"', () => {
    const list = [
      ...kept().filter((d, i) => !(d.subgroup === 'pupils' && i % 2 === 0)),
      ...people(2, 'guest'),
    ];
    // 20 exemplars (5 pupils), 17 guests: 37
    const check = checkComposition(school, list);
    expect(check.fixes[0]).toBe('Thay 3 đại biểu khách mời bằng 3 đại biểu điển hình tiên tiến');
  });

  it('the demo at 67 + 30: besides "thiếu 3" and "thừa 2", the swap that keeps the list at 97', () => {
    const demo = delegateRulesSchema.parse({
      cap: 100,
      categories: [
        { key: 'exemplary', label: 'Đại biểu điển hình tiên tiến', sharePercent: 70, shareOperator: 'min' },
        { key: 'guest', label: 'Đại biểu khách mời', sharePercent: 30, shareOperator: 'max' },
      ],
    });
    const check = checkComposition(demo, [...people(67, 'exemplary'), ...people(30, 'guest')]);
    expect(check.fixes).toEqual(['Thay 1 đại biểu khách mời bằng 1 đại biểu điển hình tiên tiến']);
    // and it is right: 68 of 97 is 70.1 %, 29 of 97 is 29.9 %
    expect(checkComposition(demo, [...people(68, 'exemplary'), ...people(29, 'guest')]).ok).toBe(true);
    expect(checkComposition(demo, [...people(70, 'exemplary'), ...people(30, 'guest')]).fixes).toEqual([]);
  });

  it('an attribute rule scoped to a sub-group counts only that sub-group (boundary: 7 of 15 is under 50 %)', () => {
    const at = (goodDeeds: number) => {
      const list = kept();
      let seen = 0;
      for (const d of list) {
        if (d.subgroup === 'teachers' && d.attributes.length) {
          seen++;
          if (seen > goodDeeds) d.attributes = [];
        }
      }
      return checkComposition(school, list).rules.find((r) => r.id === 'extra:1')!;
    };
    expect(at(8)).toMatchObject({ ok: true, count: 8, total: 15 });
    const under = at(7);
    expect(under).toMatchObject({ ok: false, count: 7, total: 15 });
    expect(under.message).toBe(
      'Còn thiếu đại biểu người tốt, việc tốt trong nhóm con Giáo viên để đạt 50%: danh sách tối đa 40 người, ' +
        'cần thay 1 đại biểu khác bằng đại biểu người tốt, việc tốt trong nhóm con Giáo viên',
    );
  });

  it('below the cap, a scoped sub-group with its own exact count asks for a swap, not for more delegates', () => {
    // 5 guests fewer: the list could take 5 more, but "Giáo viên" is exactly 15 and full
    const list = kept().slice(0, 35);
    let seen = 0;
    for (const d of list)
      if (d.subgroup === 'teachers' && d.attributes.length && ++seen > 7) d.attributes = [];
    const under = checkComposition(school, list).rules.find((r) => r.id === 'extra:1')!;
    expect(under).toMatchObject({ ok: false, count: 7, total: 15, shortfall: 1 });
    expect(under.message).toBe(
      'Còn thiếu đại biểu người tốt, việc tốt trong nhóm con Giáo viên để đạt 50%: nhóm con Giáo viên có đúng 15 người, ' +
        'cần thay 1 đại biểu khác bằng đại biểu người tốt, việc tốt trong nhóm con Giáo viên',
    );
  });

  it('a "tối đa" attribute rule on a sub-group with an exact count asks for a swap, not for fewer delegates', () => {
    const capped = delegateRulesSchema.parse({
      ...school,
      extraRules: [
        {
          label: 'Giáo viên: ≤ 40% người tốt, việc tốt',
          attribute: 'good_deeds',
          operator: 'max',
          percent: 40,
          scope: { category: 'exemplary', subgroup: 'teachers' },
        },
      ],
    });
    // 8 of the 15 teachers: 6 allowed; removing teachers would break "đúng 15"
    const over = checkComposition(capped, kept()).rules.find((r) => r.id === 'extra:0')!;
    expect(over).toMatchObject({ ok: false, count: 8, total: 15, shortfall: 2 });
    expect(over.message).toBe(
      'Thừa đại biểu người tốt, việc tốt trong nhóm con Giáo viên so với mức tối đa 40%: nhóm con Giáo viên có đúng 15 người, ' +
        'cần thay 2 đại biểu người tốt, việc tốt trong nhóm con Giáo viên bằng đại biểu khác',
    );
    // pupils have a share but no count of their own: fewer of them is a fix
    const pupils = delegateRulesSchema.parse({
      ...capped,
      extraRules: [{ ...capped.extraRules[0]!, scope: { category: 'exemplary', subgroup: 'pupils' } }],
    });
    let marked = 0;
    const list = kept().map((d) =>
      d.subgroup === 'pupils' && marked++ < 5 ? { ...d, attributes: ['good_deeds'] } : d,
    );
    // 5 of 10 pupils, 40% allowed: 2 of them fewer (3 of 8) keeps the rule
    expect(checkComposition(pupils, list).rules.find((r) => r.id === 'extra:0')!.message).toBe(
      'Thừa 2 đại biểu người tốt, việc tốt trong nhóm con Học sinh so với mức tối đa 40%',
    );
  });

  it('a delegate naming a sub-group the plan no longer has is flagged (keys renamed), not silently uncounted', () => {
    const list = kept();
    list[0] = { ...list[0]!, subgroup: 'Giáo viên' }; // the label, not the key
    const check = checkComposition(school, list);
    expect(check.messages).toContain(
      '1 đại biểu ghi nhóm con "Giáo viên" không có trong nhóm "Đại biểu điển hình tiên tiến" của kế hoạch: chọn lại nhóm con cho các đại biểu này',
    );
    // a category without sub-groups takes any text, as before
    const free = [...kept().filter((d) => d.category !== 'guest'), ...people(15, 'guest', 'Báo chí')];
    expect(checkComposition(school, free).ok).toBe(true);
  });

  it('a sub-group share of the total counts the whole list', () => {
    const rules = delegateRulesSchema.parse({
      cap: 10,
      categories: [
        {
          key: 'a',
          label: 'A',
          sharePercent: 100,
          subgroups: [{ key: 'x', label: 'Cựu chiến binh', share: { op: 'max', percent: 20, of: 'total' } }],
        },
      ],
    });
    // 3 of 10 is over 20 %; without 1 it is still 2 of 9 (22 %): 2 must go (or be replaced, 2 of 10)
    const list = [...people(3, 'a', 'x'), ...people(7, 'a')];
    expect(checkComposition(rules, list).messages).toEqual(['Thừa 2 cựu chiến binh so với mức tối đa 20%']);
    expect(checkComposition(rules, list.slice(2)).ok).toBe(true);
  });

  it("checks a delegate's attributes and sub-group against the plan", () => {
    expect(attributeKeys(school)).toEqual([
      'female',
      'direct_worker',
      'ethnic_minority',
      'youth',
      'good_deeds',
    ]);
    expect(checkDelegateAttributes(school, ['youth', 'good_deeds'])).toBeNull();
    expect(
      checkDelegateCategory(school, { category: 'exemplary', subgroup: 'nurses', attributes: ['under_35'] }),
    ).toEqual([
      {
        field: 'subgroup',
        message:
          'Nhóm con "nurses" không thuộc nhóm "Đại biểu điển hình tiên tiến" trong kế hoạch (các nhóm con: "teachers", "young", "pupils")',
      },
      {
        field: 'attributes',
        message:
          'Thuộc tính "under_35" không có trong kế hoạch của hội nghị (các thuộc tính: direct_worker, ethnic_minority, youth, "good_deeds" (Người tốt, việc tốt))',
      },
    ]);
  });
});
