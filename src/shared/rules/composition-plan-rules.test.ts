import { describe, expect, it } from 'vitest';
import { vanYenPlan } from '../../server/seed/van-yen';
import { type Plan, planSchema } from '../schemas/plan';
import { planConsistencyWarnings } from './plan-consistency';
import { validatePlanRules } from './plan-rules';

/** The demo plan with a school's composition in place of Văn Yên's (cap 40, nested sub-groups). */
const school = (change: (p: Plan) => void = () => {}) => {
  const p = planSchema.parse({
    ...vanYenPlan(() => null),
    delegateRules: {
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
              children: [
                { key: 'young', label: 'Giáo viên trẻ', count: { op: 'min', value: 5 } },
                { key: 'senior', label: 'Giáo viên lâu năm', count: { op: 'min', value: 6 } },
              ],
            },
            { key: 'pupils', label: 'Học sinh', share: { op: 'min', percent: 40, of: 'parent' } },
          ],
        },
        { key: 'guest', label: 'Đại biểu khách mời', sharePercent: 40, shareOperator: 'max', subgroups: [] },
      ],
      attributes: [{ key: 'good_deeds', label: 'Người tốt, việc tốt' }],
      extraRules: [
        {
          label: 'Giáo viên: ≥ 50% người tốt, việc tốt',
          attribute: 'good_deeds',
          operator: 'min',
          percent: 50,
          scope: { category: 'exemplary', subgroup: 'teachers' },
        },
      ],
    },
  });
  change(p);
  return p;
};
const teachers = (p: Plan) => p.delegateRules.categories[0]!.subgroups[0]!;

describe('validatePlanRules — composition rules that cannot be kept together (400)', () => {
  it('accepts a consistent nested composition, without warnings', () => {
    expect(validatePlanRules(school())).toEqual([]);
    expect(planConsistencyWarnings(school())).toEqual([]);
  });

  it("a sub-group whose exact count is below its children's minimums", () => {
    const p = school((p) => {
      teachers(p).children[1]!.count = { op: 'min', value: 11 }; // 5 + 11 = 16 > 15
    });
    expect(validatePlanRules(p)).toEqual([
      {
        path: ['delegateRules', 'categories', 0, 'subgroups', 0, 'count', 'value'],
        message:
          'Nhóm con "Giáo viên" có số lượng đúng 15 nhưng các nhóm con của nó cần ít nhất Giáo viên trẻ 5 + Giáo viên lâu năm 11 = 16: nâng số lượng lên 16 hoặc giảm 1 ở các nhóm con',
      },
    ]);
  });

  it('minimum shares of the siblings over 100 %, a duplicate key, an unknown attribute or scope', () => {
    const p = school((p) => {
      teachers(p).share = { op: 'min', percent: 70, of: 'parent' }; // with pupils ≥ 40%: 110%
      teachers(p).children[1]!.key = 'teachers';
      p.delegateRules.extraRules.push({
        label: 'Dưới 35',
        attribute: 'under35',
        operator: 'min',
        percent: 10,
        scope: { category: 'exemplary', subgroup: 'nurses' },
      });
    });
    expect(validatePlanRules(p).map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'delegateRules.categories.0.subgroups.0.children.1.key',
        'Mã nhóm con "teachers" bị trùng trong nhóm "Đại biểu điển hình tiên tiến": mỗi nhóm con cần một mã riêng (một mã lặp lại tạo vòng lặp giữa các nhóm)',
      ],
      [
        'delegateRules.categories.0.subgroups',
        'Tỷ lệ tối thiểu của các nhóm con trong "Đại biểu điển hình tiên tiến" cộng lại Giáo viên 70% + Học sinh 40% = 110%, vượt 100%: giảm 10% ở một nhóm con',
      ],
      [
        'delegateRules.extraRules.1.attribute',
        'Quy tắc "Dưới 35": thuộc tính "under35" không có trong danh sách thuộc tính của kế hoạch (female, direct_worker, ethnic_minority, youth, good_deeds)',
      ],
      [
        'delegateRules.extraRules.1.scope.subgroup',
        'Quy tắc "Dưới 35" áp dụng cho nhóm con "nurses" không thuộc nhóm "Đại biểu điển hình tiên tiến"',
      ],
    ]);
  });

  it("a cap below the sub-groups' minimums", () => {
    const p = school((p) => {
      p.delegateRules.cap = 12; // teachers need 15
    });
    expect(validatePlanRules(p).map((i) => i.message)).toContain(
      'Số đại biểu tối đa (12) nhỏ hơn số tối thiểu mà các nhóm và nhóm con đòi: Đại biểu điển hình tiên tiến 15 + Đại biểu khách mời 0 = 15: nâng số đại biểu tối đa lên 15 hoặc giảm 3 ở số lượng các nhóm con',
    );
  });
});

describe('planConsistencyWarnings — sub-groups that do not add up (warnings)', () => {
  it('children exact counts not adding up to their exact parent', () => {
    const p = school((p) => {
      teachers(p).children = [
        { key: 'young', label: 'Giáo viên trẻ', count: { op: 'exact', value: 5 }, children: [] },
        { key: 'senior', label: 'Giáo viên lâu năm', count: { op: 'exact', value: 8 }, children: [] },
      ];
    });
    expect(validatePlanRules(p)).toEqual([]);
    expect(planConsistencyWarnings(p)).toEqual([
      {
        code: 'subgroup-counts-mismatch',
        path: 'delegateRules.categories.0.subgroups.0.children',
        message:
          'Các nhóm con của "Giáo viên" cộng lại Giáo viên trẻ 5 + Giáo viên lâu năm 8 = 13 nhưng "Giáo viên" có đúng 15 đại biểu: thêm 2 ở số lượng các nhóm con hoặc sửa số của "Giáo viên"',
      },
    ]);
  });

  it('children exact shares not adding up to 100 %', () => {
    const p = school((p) => {
      teachers(p).children = [
        {
          key: 'young',
          label: 'Giáo viên trẻ',
          share: { op: 'exact', percent: 30, of: 'parent' },
          children: [],
        },
        {
          key: 'senior',
          label: 'Giáo viên lâu năm',
          share: { op: 'exact', percent: 60, of: 'parent' },
          children: [],
        },
      ];
    });
    expect(validatePlanRules(p)).toEqual([]);
    expect(planConsistencyWarnings(p).map((w) => [w.code, w.message])).toEqual([
      [
        'subgroup-shares-mismatch',
        'Tỷ lệ các nhóm con của "Giáo viên" cộng lại Giáo viên trẻ 30% + Giáo viên lâu năm 60% = 90%, không bằng 100%: sửa cho tổng bằng 100%',
      ],
    ]);
  });
});
