import type { DelegateCategory, DelegateRules, SubgroupNode } from '../schemas/plan';
import { attributeKeys, flattenSubgroups } from './composition-tree';

/**
 * Hard errors of a plan's composition tree (sub-groups with counts and shares, attributes,
 * attribute rules): rules that cannot be kept together whatever the list. validatePlanRules
 * returns them; softer disagreements are warnings (plan-consistency.ts).
 */
export type CompositionIssue = { path: (string | number)[]; message: string };

const EPS = 1e-6;
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));
const WORD = { min: 'tối thiểu', max: 'tối đa', exact: 'đúng' } as const;

/** The fewest delegates a node must hold: its own minimum or exact count, or its children's. */
export function nodeFloor(node: SubgroupNode): number {
  const own = node.count && node.count.op !== 'max' ? node.count.value : 0;
  return Math.max(own, childrenFloor(node.children));
}
const childrenFloor = (nodes: SubgroupNode[]) => nodes.reduce((s, c) => s + nodeFloor(c), 0);

/** The fewest delegates a category must hold by its minimum count and its sub-groups' minimums. */
export const categoryTreeFloor = (c: DelegateCategory) =>
  Math.max(c.minCount ?? 0, childrenFloor(c.subgroups));

const toPath = (formPath: string) => formPath.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

export function compositionTreeIssues(rules: DelegateRules): CompositionIssue[] {
  const issues: CompositionIssue[] = [];
  rules.categories.forEach((c, ci) => {
    const base = ['delegateRules', 'categories', ci];
    const seen = new Set<string>();
    const parents: { label: string; children: SubgroupNode[]; path: (string | number)[] }[] = [
      { label: c.label, children: c.subgroups, path: [...base, 'subgroups'] },
    ];
    for (const f of flattenSubgroups(c)) {
      const where = [...base, ...toPath(f.formPath)];
      if (seen.has(f.node.key)) {
        issues.push({
          path: [...where, 'key'],
          message: `Mã nhóm con "${f.node.key}" bị trùng trong nhóm "${c.label}": mỗi nhóm con cần một mã riêng (một mã lặp lại tạo vòng lặp giữa các nhóm)`,
        });
      }
      seen.add(f.node.key);
      parents.push({ label: f.node.label, children: f.node.children, path: [...where, 'children'] });
      const { count } = f.node;
      const floor = childrenFloor(f.node.children);
      if (count && count.op !== 'min' && floor > count.value) {
        const parts = f.node.children
          .map((x) => `${x.label} ${nodeFloor(x)}`)
          .filter((x) => !x.endsWith(' 0'))
          .join(' + ');
        issues.push({
          path: [...where, 'count', 'value'],
          message: `Nhóm con "${f.node.label}" có số lượng ${WORD[count.op]} ${count.value} nhưng các nhóm con của nó cần ít nhất ${parts} = ${floor}: nâng số lượng lên ${floor} hoặc giảm ${floor - count.value} ở các nhóm con`,
        });
      }
    }
    // Tỷ lệ tối thiểu/đúng của các nhóm con cùng cha, tính trên nhóm cha, cộng lại quá 100%.
    for (const p of parents) {
      const shares = p.children.filter((x) => x.share?.of === 'parent' && x.share.op !== 'max');
      const sum = shares.reduce((s, x) => s + (x.share?.percent ?? 0), 0);
      if (sum > 100 + EPS) {
        const parts = shares.map((x) => `${x.label} ${fmt(x.share?.percent ?? 0)}%`).join(' + ');
        issues.push({
          path: p.path,
          message: `Tỷ lệ tối thiểu của các nhóm con trong "${p.label}" cộng lại ${parts} = ${fmt(sum)}%, vượt 100%: giảm ${fmt(sum - 100)}% ở một nhóm con`,
        });
      }
    }
  });

  // Số đại biểu tối đa nhỏ hơn số tối thiểu mà các nhóm con đòi (the categories' own minimum
  // counts above the cap are already an error of validatePlanRules: not repeated).
  const minCountSum = rules.categories.reduce((s, c) => s + (c.minCount ?? 0), 0);
  const floors = rules.categories.map(categoryTreeFloor);
  const floorSum = floors.reduce((a, b) => a + b, 0);
  if (minCountSum <= rules.cap && floorSum > rules.cap) {
    const parts = rules.categories.map((c, i) => `${c.label} ${floors[i]}`).join(' + ');
    issues.push({
      path: ['delegateRules', 'cap'],
      message: `Số đại biểu tối đa (${rules.cap}) nhỏ hơn số tối thiểu mà các nhóm và nhóm con đòi: ${parts} = ${floorSum}: nâng số đại biểu tối đa lên ${floorSum} hoặc giảm ${floorSum - rules.cap} ở số lượng các nhóm con`,
    });
  }

  const attrKeys = new Set<string>();
  (rules.attributes ?? []).forEach((a, i) => {
    if (attrKeys.has(a.key)) {
      issues.push({
        path: ['delegateRules', 'attributes', i, 'key'],
        message: `Mã thuộc tính "${a.key}" bị trùng`,
      });
    }
    attrKeys.add(a.key);
  });
  const known = attributeKeys(rules);
  rules.extraRules.forEach((r, i) => {
    const where = ['delegateRules', 'extraRules', i];
    if (!known.includes(r.attribute)) {
      issues.push({
        path: [...where, 'attribute'],
        message: `Quy tắc "${r.label}": thuộc tính "${r.attribute}" không có trong danh sách thuộc tính của kế hoạch (${known.join(', ')})`,
      });
    }
    if (!r.scope) return;
    const c = rules.categories.find((x) => x.key === r.scope?.category);
    if (!c) {
      issues.push({
        path: [...where, 'scope', 'category'],
        message: `Quy tắc "${r.label}" áp dụng cho nhóm "${r.scope.category}" không có trong kế hoạch`,
      });
      return;
    }
    if (r.scope.subgroup && !flattenSubgroups(c).some((f) => f.node.key === r.scope?.subgroup)) {
      issues.push({
        path: [...where, 'scope', 'subgroup'],
        message: `Quy tắc "${r.label}" áp dụng cho nhóm con "${r.scope.subgroup}" không thuộc nhóm "${c.label}"`,
      });
    }
  });
  return issues;
}
