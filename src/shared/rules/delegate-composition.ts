import type { DelegateRules, ExtraCompositionRule } from '../schemas/plan';
import {
  mergeNeeds,
  type SwapMember,
  type SwapNeed,
  swapFixes,
  swapNeedOfCount,
  swapNeedOfShare,
} from './composition-fixes';
import { countRule, fmtPercent, SIGN, share, shareRule, WORD } from './composition-measures';
import {
  attributeNoun,
  checkDelegateAttributes,
  flattenSubgroups,
  lowerFirst,
  type SubgroupIndex,
  scopeCountBounds,
  subgroupIndex,
} from './composition-tree';

/**
 * Cơ cấu đại biểu — the conference's delegate rules (from its plan: cap, category shares, minimum
 * counts, extra share rules such as "≥ 30% nữ") evaluated on a list of delegates. Pure: the web
 * gauge shows exactly what the server checks before the list is finalized (chốt danh sách).
 */

/** What the rules look at of one delegate. */
export type ComposedDelegate = {
  category: string;
  /** The key of the delegate's deepest sub-group node ('' or absent: none). */
  subgroup?: string;
  gender: 'male' | 'female' | null;
  attributes: readonly string[];
};

/** min: at least; max: at most; exact: the share rounded either way (70% of 99 → 69 or 70). */
export type ShareOperator = 'min' | 'max' | 'exact';

export type CompositionRuleResult = {
  /**
   * Stable id of the rule: "cap", "share:<category>", "min:<category>", "extra:<index>",
   * "count:<category>/<node path>", "subshare:<category>/<node path>".
   */
  id: string;
  kind: 'cap' | 'share' | 'min_count' | 'extra' | 'subgroup_count' | 'subgroup_share';
  label: string;
  op: ShareOperator;
  /** Percent for share and extra rules, a number of delegates for cap and min_count. */
  target: number;
  /** Delegates the rule counts (for cap: the whole list). */
  count: number;
  /** Size of the list. */
  total: number;
  /** count / total in percent, 2 decimals (0 for an empty list). */
  percent: number;
  ok: boolean;
  /** How many delegates to add (or remove, or replace) to satisfy the rule; 0 when ok. */
  shortfall: number;
  /** Vietnamese: "Còn thiếu 3 đại biểu điển hình tiên tiến để đạt 70%"; null when ok. */
  message: string | null;
};

export type CompositionCheck = {
  ok: boolean;
  total: number;
  cap: number;
  rules: CompositionRuleResult[];
  /** Every broken rule's message, in rule order. */
  messages: string[];
  /**
   * The fix when one group is over and a sibling under, the list's size kept: "Thay 1 đại biểu
   * khách mời bằng 1 đại biểu điển hình tiên tiến".
   */
  fixes: string[];
};

/** Female is read from the gender; every other attribute from the delegate's list. */
export function hasAttribute(d: ComposedDelegate, a: string): boolean {
  return a === 'female' ? d.gender === 'female' : d.attributes.includes(a);
}

type Counts = {
  n: number;
  category: Map<string, number>;
  /** `${category}\u0000${node key}` → delegates of the node or below it. */
  node: Map<string, number>;
  /** `${category}\u0000${subgroup}` → delegates naming a sub-group their category's tree lacks. */
  unknownNode: Map<string, number>;
};

const nodeId = (category: string, key: string) => `${category}\u0000${key}`;

/** One pass over the list: how many delegates each category and each sub-group node holds. */
function countList(index: SubgroupIndex, delegates: readonly ComposedDelegate[]): Counts {
  const category = new Map<string, number>();
  const node = new Map<string, number>();
  const unknownNode = new Map<string, number>();
  for (const d of delegates) {
    category.set(d.category, (category.get(d.category) ?? 0) + 1);
    if (!d.subgroup) continue;
    const nodes = index.get(d.category);
    const path = nodes?.get(d.subgroup);
    if (!path) {
      // a category without sub-groups takes any text, as before sub-groups had numbers
      if (nodes?.size) {
        const id = nodeId(d.category, d.subgroup);
        unknownNode.set(id, (unknownNode.get(id) ?? 0) + 1);
      }
      continue;
    }
    for (const key of path) {
      const id = nodeId(d.category, key);
      node.set(id, (node.get(id) ?? 0) + 1);
    }
  }
  return { n: delegates.length, category, node, unknownNode };
}

/** Delegates naming a group the plan does not have: all of them are to be moved. */
function unknownGroup(
  id: string,
  kind: CompositionRuleResult['kind'],
  label: string,
  count: number,
  n: number,
  message: string,
): CompositionRuleResult {
  const percent = share(count, n);
  return {
    id,
    kind,
    label,
    op: 'max',
    target: 0,
    count,
    total: n,
    percent,
    ok: false,
    shortfall: count,
    message,
  };
}

/** Evaluates the cap, every category's share and minimum, every sub-group's count and share, and every extra rule. */
export function checkComposition(
  rules: DelegateRules,
  delegates: readonly ComposedDelegate[],
): CompositionCheck {
  const n = delegates.length;
  const index = subgroupIndex(rules);
  const counts = countList(index, delegates);
  const results: CompositionRuleResult[] = [];
  const members: SwapMember[] = [];
  const over = n - rules.cap;
  results.push({
    id: 'cap',
    kind: 'cap',
    label: `Tối đa ${rules.cap} đại biểu`,
    op: 'max',
    target: rules.cap,
    count: n,
    total: n,
    percent: 100,
    ok: over <= 0,
    shortfall: Math.max(0, over),
    message: over > 0 ? `Vượt số đại biểu tối đa: có ${n}/${rules.cap}, cần bớt ${over} đại biểu` : null,
  });
  for (const c of rules.categories) {
    const count = counts.category.get(c.key) ?? 0;
    const op: ShareOperator = c.shareOperator ?? 'exact';
    const noun = lowerFirst(c.label);
    results.push(
      shareRule(
        {
          id: `share:${c.key}`,
          kind: 'share',
          label: `${c.label} ${SIGN[op]} ${fmtPercent(c.sharePercent)}%`,
          op,
          target: c.sharePercent,
          count,
          total: n,
        },
        noun,
        rules.cap,
      ),
    );
    const needs = [swapNeedOfShare(op, c.sharePercent, count, n)];
    if (c.minCount) {
      const missing = c.minCount - count;
      results.push({
        id: `min:${c.key}`,
        kind: 'min_count',
        label: `${c.label}: tối thiểu ${c.minCount}`,
        op: 'min',
        target: c.minCount,
        count,
        total: n,
        percent: share(count, n),
        ok: missing <= 0,
        shortfall: Math.max(0, missing),
        message: missing > 0 ? `Còn thiếu ${missing} ${noun} so với số tối thiểu ${c.minCount}` : null,
      });
      needs.push(swapNeedOfCount('min', c.minCount, count));
    }
    members.push({ group: '', noun, ...mergeNeeds(needs) });
    for (const f of flattenSubgroups(c)) {
      const { node } = f;
      const nodeCount = counts.node.get(nodeId(c.key, node.key)) ?? 0;
      const parentCount = f.parent === null ? count : (counts.node.get(nodeId(c.key, f.parent)) ?? 0);
      const nodeNoun = lowerFirst(node.label);
      const where = f.parent === null ? `${c.label} › ${node.label}` : `${f.parentLabel} › ${node.label}`;
      const nodeNeeds: SwapNeed[] = [];
      if (node.count) {
        results.push(
          countRule(
            {
              id: `count:${c.key}/${f.path.join('/')}`,
              kind: 'subgroup_count',
              label: `${where}: ${WORD[node.count.op]} ${node.count.value}`,
              op: node.count.op,
              target: node.count.value,
              count: nodeCount,
              total: n,
            },
            nodeNoun,
          ),
        );
        nodeNeeds.push(swapNeedOfCount(node.count.op, node.count.value, nodeCount));
      }
      if (node.share) {
        const of = node.share.of === 'parent' ? parentCount : n;
        const ofWord = node.share.of === 'parent' ? ` của ${f.parentLabel}` : ' của tổng số';
        results.push(
          shareRule(
            {
              id: `subshare:${c.key}/${f.path.join('/')}`,
              kind: 'subgroup_share',
              label: `${where} ${SIGN[node.share.op]} ${fmtPercent(node.share.percent)}%${ofWord}`,
              op: node.share.op,
              target: node.share.percent,
              count: nodeCount,
              total: of,
            },
            nodeNoun,
            rules.cap,
            rules.cap - n,
          ),
        );
        nodeNeeds.push(swapNeedOfShare(node.share.op, node.share.percent, nodeCount, of));
      }
      members.push({ group: `${c.key}/${f.parent ?? ''}`, noun: nodeNoun, ...mergeNeeds(nodeNeeds) });
    }
  }
  for (const [c, count] of counts.category) {
    if (!rules.categories.some((x) => x.key === c)) {
      results.push(
        unknownGroup(
          `unknown:${c}`,
          'share',
          `Nhóm "${c}" không có trong kế hoạch`,
          count,
          n,
          `${count} đại biểu thuộc nhóm "${c}" không có trong cơ cấu của kế hoạch`,
        ),
      );
    }
  }
  for (const [id, count] of counts.unknownNode) {
    const [c, sub] = id.split('\u0000') as [string, string];
    const label = rules.categories.find((x) => x.key === c)?.label ?? c;
    results.push(
      unknownGroup(
        `unknown-subgroup:${c}/${sub}`,
        'subgroup_count',
        `Nhóm con "${sub}" không có trong nhóm "${label}" của kế hoạch`,
        count,
        n,
        `${count} đại biểu ghi nhóm con "${sub}" không có trong nhóm "${label}" của kế hoạch: chọn lại nhóm con cho các đại biểu này`,
      ),
    );
  }
  rules.extraRules.forEach((r, i) => {
    const inScope = scopeFilter(index, r.scope);
    let count = 0;
    let size = 0;
    for (const d of delegates) {
      if (!inScope(d)) continue;
      size++;
      if (hasAttribute(d, r.attribute)) count++;
    }
    const scopeLabel = r.scope ? scopeName(rules, r.scope) : null;
    const noun = `${attributeNoun(rules, r.attribute)}${scopeLabel ? ` trong ${scopeLabel}` : ''}`;
    // a scope whose sub-group has its own "đúng"/"tối đa" count takes fewer than the list's room
    const { room: bound, floor } = scopeCountBounds(
      rules,
      r.scope,
      (key) => counts.node.get(nodeId(r.scope!.category, key)) ?? 0,
    );
    const tighter = bound && bound.room < rules.cap - n ? bound : null;
    results.push(
      shareRule(
        {
          id: `extra:${i}`,
          kind: 'extra',
          label: r.label,
          op: r.operator,
          target: r.percent,
          count,
          total: size,
        },
        noun,
        rules.cap,
        tighter ? tighter.room : rules.cap - n,
        tighter?.limit,
        floor,
      ),
    );
  });
  const messages = results.flatMap((r) => (r.message ? [r.message] : []));
  if (n === 0) messages.unshift('Danh sách chưa có đại biểu nào');
  return {
    ok: messages.length === 0,
    total: n,
    cap: rules.cap,
    rules: results,
    messages,
    fixes: n === 0 ? [] : swapFixes(members),
  };
}

/** Who an attribute rule's scope takes: the category, or the sub-group node and below. */
function scopeFilter(
  index: SubgroupIndex,
  scope: ExtraCompositionRule['scope'],
): (d: ComposedDelegate) => boolean {
  if (!scope) return () => true;
  const nodes = index.get(scope.category);
  const sub = scope.subgroup;
  if (!sub) return (d) => d.category === scope.category;
  return (d) => d.category === scope.category && !!d.subgroup && !!nodes?.get(d.subgroup)?.includes(sub);
}

/** "nhóm Đại biểu điển hình tiên tiến" / "nhóm con Cựu chiến binh". */
function scopeName(rules: DelegateRules, scope: NonNullable<ExtraCompositionRule['scope']>): string {
  const c = rules.categories.find((x) => x.key === scope.category);
  if (!scope.subgroup) return `nhóm ${c?.label ?? scope.category}`;
  const node = c ? flattenSubgroups(c).find((f) => f.node.key === scope.subgroup)?.node : undefined;
  return `nhóm con ${node?.label ?? scope.subgroup}`;
}

/** Can `adding` more delegates join a list of `current` under the cap? The refusal names the numbers. */
export function checkCapRoom(
  cap: number,
  current: number,
  adding: number,
): { ok: true } | { ok: false; message: string } {
  if (current + adding <= cap) return { ok: true };
  const room = Math.max(0, cap - current);
  return {
    ok: false,
    message: `Vượt số đại biểu tối đa: danh sách đang có ${current} đại biểu, thêm ${adding} sẽ thành ${current + adding}, quá mức tối đa ${cap} (chỉ còn thêm được ${room})`,
  };
}

/** The category and subgroup of a delegate must be the plan's: field → message, empty when fine. */
export function checkDelegateCategory(
  rules: DelegateRules,
  input: { category: string; subgroup: string; attributes?: readonly string[] },
): { field: 'category' | 'subgroup' | 'attributes'; message: string }[] {
  const category = rules.categories.find((c) => c.key === input.category);
  if (!category) {
    const known = rules.categories.map((c) => `"${c.label}"`).join(', ');
    return [
      {
        field: 'category',
        message: `Nhóm đại biểu "${input.category}" không có trong kế hoạch của hội nghị (các nhóm: ${known})`,
      },
    ];
  }
  const issues: { field: 'subgroup' | 'attributes'; message: string }[] = [];
  if (input.subgroup && category.subgroups.length > 0) {
    const nodes = flattenSubgroups(category);
    if (!nodes.some((f) => f.node.key === input.subgroup)) {
      const known = nodes.map((f) => `"${f.node.key}"`).join(', ');
      issues.push({
        field: 'subgroup',
        message: `Nhóm con "${input.subgroup}" không thuộc nhóm "${category.label}" trong kế hoạch (các nhóm con: ${known})`,
      });
    }
  }
  const wrongAttributes = checkDelegateAttributes(rules, input.attributes ?? []);
  if (wrongAttributes) issues.push({ field: 'attributes', message: wrongAttributes });
  return issues;
}

/** The category honorees join: the one marked fromHonorees, else the first. */
export function honoreeCategory(rules: DelegateRules): string | null {
  return (rules.categories.find((c) => c.fromHonorees) ?? rules.categories[0])?.key ?? null;
}

/**
 * Who a plan's "Thành phần" names, in the order it names them: the invited categories first (as
 * a composition names the guests before the honorees), then the honorees' category; a category
 * with subgroups is named by its subgroups.
 */
export function compositionMembers(rules: DelegateRules): string[] {
  const honorees = honoreeCategory(rules);
  const ordered = [
    ...rules.categories.filter((c) => c.key !== honorees),
    ...rules.categories.filter((c) => c.key === honorees),
  ];
  return ordered.flatMap((c) => (c.subgroups.length ? c.subgroups.map((g) => g.label) : [c.label]));
}
