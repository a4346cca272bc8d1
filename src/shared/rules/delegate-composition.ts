import type { DelegateAttribute } from '../schemas/enums';
import type { DelegateRules } from '../schemas/plan';

/**
 * Cơ cấu đại biểu — the conference's delegate rules (from its plan: cap, category shares, minimum
 * counts, extra share rules such as "≥ 30% nữ") evaluated on a list of delegates. Pure: the web
 * gauge shows exactly what the server checks before the list is finalized (chốt danh sách).
 */

/** What the rules look at of one delegate. */
export type ComposedDelegate = {
  category: string;
  gender: 'male' | 'female' | null;
  attributes: readonly DelegateAttribute[];
};

/** min: at least; max: at most; exact: the share rounded either way (70% of 99 → 69 or 70). */
export type ShareOperator = 'min' | 'max' | 'exact';

export type CompositionRuleResult = {
  /** Stable id of the rule: "cap", "share:<category>", "min:<category>", "extra:<index>". */
  id: string;
  kind: 'cap' | 'share' | 'min_count' | 'extra';
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
};

const EPS = 1e-9;

const ATTRIBUTE_NOUNS: Record<DelegateAttribute, string> = {
  female: 'đại biểu nữ',
  direct_worker: 'đại biểu là người trực tiếp lao động, sản xuất',
  ethnic_minority: 'đại biểu là người dân tộc thiểu số',
  youth: 'đại biểu thanh niên',
};

export function hasAttribute(d: ComposedDelegate, a: DelegateAttribute): boolean {
  return a === 'female' ? d.gender === 'female' : d.attributes.includes(a);
}

/** "Đại biểu khách mời" → "đại biểu khách mời" (keeps abbreviations such as TDP). */
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const fmtPercent = (p: number) => (Number.isInteger(p) ? String(p) : String(Math.round(p * 100) / 100));
const share = (count: number, total: number) =>
  total === 0 ? 0 : Math.round((count / total) * 10_000) / 100;

/**
 * A share rule on `count` of `total`: how far the list is from it.
 * min: add k of the group so that (c+k)/(n+k) ≥ p; if that would pass the cap, replace r others
 * (c+r)/n ≥ p instead. max: remove k of the group so that (c-k)/(n-k) ≤ p.
 */
function shareRule(
  base: Omit<CompositionRuleResult, 'ok' | 'shortfall' | 'message' | 'percent'>,
  noun: string,
  cap: number,
): CompositionRuleResult {
  const { count: c, total: n, target, op } = base;
  const p = target / 100;
  const result = { ...base, percent: share(c, n) };
  if (n === 0) return { ...result, ok: true, shortfall: 0, message: null };
  const need = p * n;
  const tooFew = c + EPS < (op === 'exact' ? Math.floor(need + EPS) : need);
  const tooMany = c - EPS > (op === 'exact' ? Math.ceil(need - EPS) : need);
  const pct = fmtPercent(target);
  if ((op === 'min' || op === 'exact') && tooFew) {
    if (op === 'exact') {
      const k = Math.floor(need + EPS) - c;
      return { ...result, ok: false, shortfall: k, message: `Còn thiếu ${k} ${noun} để đạt ${pct}%` };
    }
    const add = p >= 1 - EPS ? Number.POSITIVE_INFINITY : Math.ceil((need - c) / (1 - p) - EPS);
    if (n + add <= cap) {
      return { ...result, ok: false, shortfall: add, message: `Còn thiếu ${add} ${noun} để đạt ${pct}%` };
    }
    const replace = Math.ceil(need - c - EPS);
    return {
      ...result,
      ok: false,
      shortfall: replace,
      message: `Còn thiếu ${noun} để đạt ${pct}%: danh sách tối đa ${cap} người, cần thay ${replace} đại biểu khác bằng ${noun}`,
    };
  }
  if ((op === 'max' || op === 'exact') && tooMany) {
    const remove =
      op === 'exact' ? c - Math.ceil(need - EPS) : p >= 1 - EPS ? 0 : Math.ceil((c - need) / (1 - p) - EPS);
    const rule = op === 'exact' ? `${pct}%` : `mức tối đa ${pct}%`;
    return { ...result, ok: false, shortfall: remove, message: `Thừa ${remove} ${noun} so với ${rule}` };
  }
  return { ...result, ok: true, shortfall: 0, message: null };
}

/** Evaluates the cap, every category's share and minimum, and every extra rule on the list. */
export function checkComposition(
  rules: DelegateRules,
  delegates: readonly ComposedDelegate[],
): CompositionCheck {
  const n = delegates.length;
  const results: CompositionRuleResult[] = [];
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
    const count = delegates.filter((d) => d.category === c.key).length;
    const op: ShareOperator = c.shareOperator ?? 'exact';
    const noun = lowerFirst(c.label);
    const sign = op === 'min' ? '≥' : op === 'max' ? '≤' : '=';
    results.push(
      shareRule(
        {
          id: `share:${c.key}`,
          kind: 'share',
          label: `${c.label} ${sign} ${fmtPercent(c.sharePercent)}%`,
          op,
          target: c.sharePercent,
          count,
          total: n,
        },
        noun,
        rules.cap,
      ),
    );
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
    }
  }
  for (const c of new Set(delegates.map((d) => d.category))) {
    if (!rules.categories.some((x) => x.key === c)) {
      const count = delegates.filter((d) => d.category === c).length;
      results.push({
        id: `unknown:${c}`,
        kind: 'share',
        label: `Nhóm "${c}" không có trong kế hoạch`,
        op: 'max',
        target: 0,
        count,
        total: n,
        percent: share(count, n),
        ok: false,
        shortfall: count,
        message: `${count} đại biểu thuộc nhóm "${c}" không có trong cơ cấu của kế hoạch`,
      });
    }
  }
  rules.extraRules.forEach((r, i) => {
    const count = delegates.filter((d) => hasAttribute(d, r.attribute)).length;
    results.push(
      shareRule(
        {
          id: `extra:${i}`,
          kind: 'extra',
          label: r.label,
          op: r.operator,
          target: r.percent,
          count,
          total: n,
        },
        ATTRIBUTE_NOUNS[r.attribute],
        rules.cap,
      ),
    );
  });
  const messages = results.flatMap((r) => (r.message ? [r.message] : []));
  if (n === 0) messages.unshift('Danh sách chưa có đại biểu nào');
  return { ok: messages.length === 0, total: n, cap: rules.cap, rules: results, messages };
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
  input: { category: string; subgroup: string },
): { field: 'category' | 'subgroup'; message: string }[] {
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
  if (input.subgroup && category.subgroups.length > 0 && !category.subgroups.includes(input.subgroup)) {
    return [
      {
        field: 'subgroup',
        message: `Nhóm con "${input.subgroup}" không thuộc nhóm "${category.label}" trong kế hoạch`,
      },
    ];
  }
  return [];
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
  return ordered.flatMap((c) => (c.subgroups.length ? c.subgroups : [c.label]));
}
