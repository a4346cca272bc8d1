import { describe, expect, it } from 'vitest';
import { vanYenPlan } from '../../server/seed/van-yen';
import { type Plan, planSchema } from '../schemas/plan';
import { planConsistencyWarnings, unacknowledgedWarnings } from './plan-consistency';
import { validatePlanRules } from './plan-rules';

const seed = () => planSchema.parse(vanYenPlan(() => null));
const changed = (change: (p: Plan) => void) => {
  const p = seed();
  change(p);
  // every case is a plan the hard rules accept: the warnings are what is left
  expect(validatePlanRules(p)).toEqual([]);
  return p;
};

describe('planConsistencyWarnings (cảnh báo kế hoạch)', () => {
  it('the demo plan of Văn Yên has no warnings', () => {
    expect(planConsistencyWarnings(seed())).toEqual([]);
  });

  it('a minimum count above what a "tối đa" share of the cap allows', () => {
    const p = changed((p) => {
      p.delegateRules.categories[1]!.minCount = 40; // khách mời: tối đa 30% of 100, at least 40
    });
    expect(planConsistencyWarnings(p)).toEqual([
      {
        code: 'category-min-over-share',
        path: 'delegateRules.categories.1.minCount',
        message:
          'Nhóm "Đại biểu khách mời": số tối thiểu 40 nhưng tỷ lệ tối đa 30% của 100 đại biểu chỉ cho phép 30: ' +
          'giảm số tối thiểu xuống 30 hoặc nâng tỷ lệ lên 40%',
      },
      expect.objectContaining({ code: 'category-minimums-over-cap' }),
    ]);
  });

  it("min 80 of a cap of 100 with a share ≤ 70 % (the issue's example)", () => {
    const p = changed((p) => {
      p.delegateRules.categories[0]!.shareOperator = 'max';
      p.delegateRules.categories[0]!.minCount = 80;
      p.delegateRules.categories[1]!.shareOperator = 'min';
    });
    const [w] = planConsistencyWarnings(p);
    expect(w?.code).toBe('category-min-over-share');
    expect(w?.path).toBe('delegateRules.categories.0.minCount');
    expect(w?.message).toContain('số tối thiểu 80 nhưng tỷ lệ tối đa 70% của 100 đại biểu chỉ cho phép 70');
    expect(w?.message).toContain('nâng tỷ lệ lên 80%');
  });

  it("an exact share rounds up in the category's favour: 33.5 % of 100 allows 34", () => {
    const ok = changed((p) => {
      p.delegateRules.categories[0]!.sharePercent = 66.5;
      p.delegateRules.categories[0]!.shareOperator = 'max'; // ≥ 66.5 % (67) + 34 would not fit 100
      p.delegateRules.categories[1]!.sharePercent = 33.5;
      p.delegateRules.categories[1]!.shareOperator = 'exact';
      p.delegateRules.categories[1]!.minCount = 34;
    });
    expect(planConsistencyWarnings(ok)).toEqual([]);
    ok.delegateRules.categories[1]!.minCount = 35;
    expect(planConsistencyWarnings(ok).map((w) => w.message)).toEqual([
      expect.stringContaining('tỷ lệ đúng bằng 33.5% của 100 đại biểu chỉ cho phép 34'),
    ]);
  });

  it('minimum counts and minimum shares together above the cap', () => {
    const p = changed((p) => {
      // 70 % tối thiểu of 100 = 70, and the guests at least 35 (a "tối thiểu" share: no ceiling)
      p.delegateRules.categories[1]!.shareOperator = 'min';
      p.delegateRules.categories[1]!.minCount = 35;
    });
    expect(planConsistencyWarnings(p)).toEqual([
      {
        code: 'category-minimums-over-cap',
        path: 'delegateRules.cap',
        message:
          'Các nhóm cần ít nhất Đại biểu điển hình tiên tiến 70 + Đại biểu khách mời 35 = 105 đại biểu ' +
          '(theo số tối thiểu và tỷ lệ), vượt số đại biểu tối đa 100: nâng số đại biểu tối đa lên 105 ' +
          'hoặc giảm 5 ở số tối thiểu hay tỷ lệ của một nhóm',
      },
    ]);
  });

  it('three "tối thiểu" thirds of 100 cannot all be met (34 + 34 + 34)', () => {
    const p = changed((p) => {
      p.delegateRules.categories = [
        { key: 'a', label: 'A', sharePercent: 33.33, shareOperator: 'min', subgroups: [] },
        { key: 'b', label: 'B', sharePercent: 33.33, shareOperator: 'min', subgroups: [] },
        { key: 'c', label: 'C', sharePercent: 33.34, shareOperator: 'min', subgroups: [] },
      ];
    });
    expect(planConsistencyWarnings(p).map((w) => w.message)).toEqual([
      expect.stringContaining('A 34 + B 34 + C 34 = 102 đại biểu'),
    ]);
  });

  it('minimum counts alone above the cap stay a hard error, not a warning', () => {
    const p = seed();
    p.delegateRules.categories[0]!.minCount = 80;
    p.delegateRules.categories[1]!.minCount = 30;
    expect(validatePlanRules(p).map((i) => i.path.join('.'))).toEqual(['delegateRules.cap']);
    expect(planConsistencyWarnings(p).map((w) => w.code)).not.toContain('category-minimums-over-cap');
  });

  it('two rules on one attribute: at least 40 % women but at most 30 %', () => {
    const p = changed((p) => {
      p.delegateRules.extraRules = [
        { label: 'Nữ tối thiểu', attribute: 'female', operator: 'min', percent: 40 },
        { label: 'Nữ tối đa', attribute: 'female', operator: 'max', percent: 30 },
      ];
    });
    expect(planConsistencyWarnings(p)).toEqual([
      {
        code: 'extra-rules-contradict',
        path: 'delegateRules.extraRules.1.percent',
        message:
          'Quy tắc "Nữ tối thiểu" đòi tối thiểu 40% nhưng quy tắc "Nữ tối đa" chỉ cho tối đa 30% (quy tắc 1 và 2): ' +
          'sửa để tối đa từ 40% trở lên hoặc tối thiểu từ 30% trở xuống',
      },
    ]);
    p.delegateRules.extraRules[1]!.percent = 40; // exactly 40 % satisfies both
    expect(planConsistencyWarnings(p)).toEqual([]);
  });

  it('a delegation larger than the honorees\' seats of a "tối đa" category', () => {
    const p = changed((p) => {
      p.delegateRules.categories[0]!.shareOperator = 'max';
      p.delegateRules.categories[1]!.shareOperator = 'min';
      p.delegateRules.cap = 10; // the honorees: at most 7 seats
      p.delegationQuota = { targetName: 'Hội nghị Thành phố', collectives: 3, individuals: 5, parts: [] };
    });
    expect(planConsistencyWarnings(p)).toEqual([
      {
        code: 'delegation-quota-over-seats',
        path: 'delegationQuota.individuals',
        message:
          'Đoàn đi dự Hội nghị Thành phố gồm 3 tập thể và 5 cá nhân (8) nhưng nhóm "Đại biểu điển hình tiên tiến" ' +
          'chỉ có tối đa 7 đại biểu: giảm số lượng đoàn xuống 7 hoặc tăng số đại biểu',
      },
    ]);
  });

  it('a delegation larger than the whole conference', () => {
    const p = changed((p) => {
      p.delegateRules.cap = 5;
    });
    expect(planConsistencyWarnings(p).map((w) => w.message)).toEqual([
      expect.stringContaining('1 tập thể và 5 cá nhân (6) nhưng Hội nghị chỉ có tối đa 5 đại biểu'),
    ]);
  });

  it('unacknowledgedWarnings keeps those whose code was not accepted', () => {
    const p = changed((p) => {
      p.delegateRules.cap = 5;
      p.delegateRules.extraRules = [
        { label: 'Nữ ≥', attribute: 'female', operator: 'min', percent: 40 },
        { label: 'Nữ ≤', attribute: 'female', operator: 'max', percent: 30 },
      ];
    });
    const all = planConsistencyWarnings(p);
    expect(all.map((w) => w.code)).toEqual(['extra-rules-contradict', 'delegation-quota-over-seats']);
    expect(unacknowledgedWarnings(all, ['extra-rules-contradict']).map((w) => w.code)).toEqual([
      'delegation-quota-over-seats',
    ]);
    expect(unacknowledgedWarnings(all, ['extra-rules-contradict', 'delegation-quota-over-seats'])).toEqual(
      [],
    );
  });

  it('delegation parts that need more members than the delegation has (one over warns, at the total does not)', () => {
    const withParts = (guests: number) =>
      changed((p) => {
        p.delegationQuota.parts = [
          { dimension: 'category', value: 'exemplary', count: 5 },
          { dimension: 'category', value: 'guest', count: guests, op: 'min' },
          { dimension: 'category', value: 'guest', count: 9, op: 'max' },
        ];
      });
    expect(planConsistencyWarnings(withParts(1))).toEqual([]);
    expect(planConsistencyWarnings(withParts(2))).toEqual([
      {
        code: 'delegation-quota-parts-over-total',
        path: 'delegationQuota.parts.1.count',
        message:
          'Đoàn đi dự Hội nghị điển hình tiên tiến Thành phố có 6 thành viên (1 tập thể, 5 cá nhân) nhưng các phần ' +
          'Đại biểu điển hình tiên tiến 5 + Đại biểu khách mời 2 cần 7: giảm các phần 1 hoặc tăng số lượng đoàn lên 7',
      },
    ]);
  });

  it('a delegation part naming a category the plan does not have is refused, naming the field', () => {
    const p = seed();
    p.delegationQuota.parts = [{ dimension: 'category', value: 'press', count: 1 }];
    expect(validatePlanRules(p)).toEqual([
      {
        path: ['delegationQuota', 'parts', 0, 'value'],
        message:
          'Phần 1 của đoàn đi dự cấp trên: nhóm đại biểu "press" không có trong thành phần đại biểu của kế hoạch',
      },
    ]);
  });

  it('a delegation part on an attribute the plan does not define is refused; one it defines is accepted', () => {
    const p = seed();
    p.delegationQuota.parts = [{ dimension: 'attribute', value: 'good_deeds', count: 1 }];
    expect(validatePlanRules(p)).toEqual([
      {
        path: ['delegationQuota', 'parts', 0, 'value'],
        message:
          'Phần 1 của đoàn đi dự cấp trên: thuộc tính "good_deeds" không có trong kế hoạch (các thuộc tính: female, direct_worker, ethnic_minority, youth)',
      },
    ]);
    p.delegateRules.attributes = [{ key: 'good_deeds', label: 'Người tốt, việc tốt' }];
    expect(validatePlanRules(p)).toEqual([]);
  });
});
