import type { DelegateCategory, Plan, PlanWarning, SubgroupNode } from '../schemas/plan';
import { flattenSubgroups } from './composition-tree';

/**
 * Cảnh báo kế hoạch — figures of a plan that contradict each other without being impossible to
 * save (those are hard errors in plan-rules.ts: shares not adding up to 100 %, minimum counts
 * above the cap, speech parts not adding up to the total). A clerk copying a higher-level plan
 * is told, with the numbers, where they disagree; saving needs the warnings acknowledged.
 */
const EPS = 1e-6;

/** How many delegates of the cap a share stands for (not rounded). */
const seatsOf = (cap: number, percent: number) => (cap * percent) / 100;
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

/** The most delegates a category may have under its share: ≤ rounds down, "đúng bằng" up. */
function shareCeiling(cap: number, c: DelegateCategory): number | null {
  const need = seatsOf(cap, c.sharePercent);
  const op = c.shareOperator ?? 'exact';
  if (op === 'max') return Math.floor(need + EPS);
  if (op === 'exact') return Math.ceil(need - EPS);
  return null;
}

/** The fewest delegates a category must have: its minimum count and its share (≥ up, "đúng bằng" down). */
function categoryFloor(cap: number, c: DelegateCategory): number {
  const need = seatsOf(cap, c.sharePercent);
  const op = c.shareOperator ?? 'exact';
  const byShare = op === 'min' ? Math.ceil(need - EPS) : op === 'exact' ? Math.floor(need + EPS) : 0;
  return Math.max(c.minCount ?? 0, byShare);
}

const operatorWord = { min: 'tối thiểu', max: 'tối đa', exact: 'đúng bằng' } as const;

export function planConsistencyWarnings(plan: Plan): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const { cap, categories, extraRules } = plan.delegateRules;

  // Số tối thiểu của một nhóm vượt quá số mà tỷ lệ của nhóm cho phép.
  categories.forEach((c, i) => {
    const ceiling = shareCeiling(cap, c);
    if (c.minCount === undefined || ceiling === null || c.minCount <= ceiling) return;
    const neededPercent = cap === 0 ? 100 : Math.min(100, Math.ceil((c.minCount / cap) * 10_000) / 100);
    const op = operatorWord[c.shareOperator ?? 'exact'];
    warnings.push({
      code: 'category-min-over-share',
      path: `delegateRules.categories.${i}.minCount`,
      message:
        `Nhóm "${c.label}": số tối thiểu ${c.minCount} nhưng tỷ lệ ${op} ${fmt(c.sharePercent)}% của ${cap} đại biểu ` +
        `chỉ cho phép ${ceiling}: giảm số tối thiểu xuống ${ceiling} hoặc nâng tỷ lệ lên ${fmt(neededPercent)}%`,
    });
  });

  // Số tối thiểu và tỷ lệ tối thiểu của các nhóm cộng lại vượt số đại biểu tối đa. When the
  // minimum counts alone exceed the cap it is already a hard error: not repeated here.
  const minCountSum = categories.reduce((sum, c) => sum + (c.minCount ?? 0), 0);
  const floors = categories.map((c) => categoryFloor(cap, c));
  const floorSum = floors.reduce((a, b) => a + b, 0);
  if (minCountSum <= cap && floorSum > cap) {
    const parts = categories.map((c, i) => `${c.label} ${floors[i]}`).join(' + ');
    warnings.push({
      code: 'category-minimums-over-cap',
      path: 'delegateRules.cap',
      message:
        `Các nhóm cần ít nhất ${parts} = ${floorSum} đại biểu (theo số tối thiểu và tỷ lệ), vượt số đại biểu tối đa ${cap}: ` +
        `nâng số đại biểu tối đa lên ${floorSum} hoặc giảm ${floorSum - cap} ở số tối thiểu hay tỷ lệ của một nhóm`,
    });
  }

  // Hai quy tắc về cùng một thuộc tính: tối thiểu X% mà tối đa Y% < X%.
  extraRules.forEach((low, i) => {
    if (low.operator !== 'min') return;
    extraRules.forEach((high, j) => {
      if (
        high.operator !== 'max' ||
        high.attribute !== low.attribute ||
        JSON.stringify(high.scope ?? null) !== JSON.stringify(low.scope ?? null) ||
        high.percent + EPS >= low.percent
      )
        return;
      warnings.push({
        code: 'extra-rules-contradict',
        path: `delegateRules.extraRules.${j}.percent`,
        message:
          `Quy tắc "${low.label}" đòi tối thiểu ${fmt(low.percent)}% nhưng quy tắc "${high.label}" chỉ cho tối đa ` +
          `${fmt(high.percent)}% (quy tắc ${i + 1} và ${j + 1}): sửa để tối đa từ ${fmt(low.percent)}% trở lên hoặc tối thiểu từ ${fmt(high.percent)}% trở xuống`,
      });
    });
  });

  warnings.push(...subgroupWarnings(cap, categories));

  // Đoàn đi dự hội nghị cấp trên chọn trong số người được vinh danh dự Hội nghị: không thể nhiều
  // hơn số chỗ của nhóm nhận người được vinh danh (hoặc số đại biểu tối đa).
  const q = plan.delegationQuota;
  const quota = q.collectives + q.individuals;
  const honoreeIndex = categories.findIndex((c) => c.fromHonorees);
  const honoreeCategory = honoreeIndex >= 0 ? categories[honoreeIndex] : undefined;
  const honoreeCeiling = honoreeCategory ? shareCeiling(cap, honoreeCategory) : null;
  const seats = honoreeCeiling ?? cap;
  if (quota > seats) {
    const where =
      honoreeCategory && honoreeCeiling !== null
        ? `nhóm "${honoreeCategory.label}" chỉ có tối đa ${seats} đại biểu`
        : `Hội nghị chỉ có tối đa ${seats} đại biểu`;
    warnings.push({
      code: 'delegation-quota-over-seats',
      path: 'delegationQuota.individuals',
      message:
        `Đoàn đi dự ${q.targetName} gồm ${q.collectives} tập thể và ${q.individuals} cá nhân (${quota}) nhưng ${where}: ` +
        `giảm số lượng đoàn xuống ${seats} hoặc tăng số đại biểu`,
    });
  }

  warnings.push(...quotaPartsOverTotal(plan));
  return warnings;
}

/**
 * Nhóm con whose figures do not add up to their parent: children that all have an exact count
 * must add up to the parent's exact count (a sub-group's, or a category's share of the cap); children
 * that all have an exact share of their parent must add up to 100 %.
 */
function subgroupWarnings(cap: number, categories: DelegateCategory[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  categories.forEach((c, ci) => {
    const parents: { label: string; children: SubgroupNode[]; path: string; exact: number | null }[] = [];
    const categorySeats = seatsOf(cap, c.sharePercent);
    const categoryExact =
      (c.shareOperator ?? 'exact') === 'exact' && Number.isInteger(Math.round(categorySeats * 1e6) / 1e6)
        ? Math.round(categorySeats)
        : null;
    parents.push({
      label: c.label,
      children: c.subgroups,
      path: `delegateRules.categories.${ci}.subgroups`,
      exact: categoryExact,
    });
    for (const f of flattenSubgroups(c)) {
      const exact = f.node.count?.op === 'exact' ? f.node.count.value : null;
      parents.push({
        label: f.node.label,
        children: f.node.children,
        path: `delegateRules.categories.${ci}.${f.formPath}.children`,
        exact,
      });
    }
    for (const p of parents) {
      if (p.children.length === 0) continue;
      if (p.exact !== null && p.children.every((x) => x.count?.op === 'exact')) {
        const sum = p.children.reduce((s, x) => s + (x.count?.value ?? 0), 0);
        if (sum !== p.exact) {
          const parts = p.children.map((x) => `${x.label} ${x.count?.value ?? 0}`).join(' + ');
          warnings.push({
            code: 'subgroup-counts-mismatch',
            path: p.path,
            message:
              `Các nhóm con của "${p.label}" cộng lại ${parts} = ${sum} nhưng "${p.label}" có đúng ${p.exact} đại biểu: ` +
              `${sum > p.exact ? `bớt ${sum - p.exact}` : `thêm ${p.exact - sum}`} ở số lượng các nhóm con hoặc sửa số của "${p.label}"`,
          });
        }
      }
      if (p.children.every((x) => x.share?.of === 'parent' && x.share.op === 'exact')) {
        const sum = p.children.reduce((s, x) => s + (x.share?.percent ?? 0), 0);
        if (Math.abs(sum - 100) > EPS) {
          const parts = p.children.map((x) => `${x.label} ${fmt(x.share?.percent ?? 0)}%`).join(' + ');
          warnings.push({
            code: 'subgroup-shares-mismatch',
            path: p.path,
            message: `Tỷ lệ các nhóm con của "${p.label}" cộng lại ${parts} = ${fmt(sum)}%, không bằng 100%: sửa cho tổng bằng 100%`,
          });
        }
      }
    }
  });
  return warnings;
}

/**
 * Phần của đoàn vượt tổng số: the members a kind or a category must have (exact or minimum parts;
 * different values never share a member) add up to more than the delegation, or one attribute
 * part alone (members may share attributes) asks for more than the whole delegation.
 */
function quotaPartsOverTotal(plan: Plan): PlanWarning[] {
  const q = plan.delegationQuota;
  const total = q.collectives + q.individuals;
  const floors = (q.parts ?? []).map((p, i) => ({ ...p, i })).filter((p) => (p.op ?? 'exact') !== 'max');
  const label = (p: { dimension: string; value: string }) =>
    p.dimension === 'category'
      ? (plan.delegateRules.categories.find((c) => c.key === p.value)?.label ?? p.value)
      : p.dimension === 'kind'
        ? p.value === 'collective'
          ? 'tập thể'
          : 'cá nhân'
        : p.value;
  const warn = (parts: typeof floors, sum: number): PlanWarning => ({
    code: 'delegation-quota-parts-over-total',
    path: `delegationQuota.parts.${parts[parts.length - 1]!.i}.count`,
    message:
      `Đoàn đi dự ${q.targetName} có ${total} thành viên (${q.collectives} tập thể, ${q.individuals} cá nhân) nhưng các phần ` +
      `${parts.map((p) => `${label(p)} ${p.count}`).join(' + ')} cần ${sum}: giảm các phần ${sum - total} hoặc tăng số lượng đoàn lên ${sum}`,
  });
  const out: PlanWarning[] = [];
  for (const dimension of ['kind', 'category'] as const) {
    const parts = floors.filter((p) => p.dimension === dimension);
    const sum = parts.reduce((a, p) => a + p.count, 0);
    if (parts.length > 0 && sum > total) out.push(warn(parts, sum));
  }
  for (const p of floors.filter((p) => p.dimension === 'attribute' && p.count > total))
    out.push(warn([p], p.count));
  return out;
}

/** The warnings a save did not acknowledge (by code). */
export function unacknowledgedWarnings(
  warnings: PlanWarning[],
  acknowledged: readonly string[] = [],
): PlanWarning[] {
  const ok = new Set(acknowledged);
  return warnings.filter((w) => !ok.has(w.code));
}
