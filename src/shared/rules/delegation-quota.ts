import type { DelegateAttribute } from '../schemas/enums';
import type { DelegateRules, DelegationQuota, DelegationQuotaPart } from '../schemas/plan';
import { attributeNoun, lowerFirst } from './composition-tree';
import { hasAttribute } from './delegate-composition';

/**
 * Số lượng đi dự hội nghị cấp trên — the plan's quota of the upper-level delegation (so many
 * collectives, so many individuals, and parts by kind, delegate category or attribute: "trong đó
 * 1 khách mời, ít nhất 2 nữ") evaluated on the delegation's members. Pure: the server refuses a
 * member beyond a part's maximum with the same numbers the delegation page shows.
 */

/** What the quota looks at of one member (an honoree, or a delegate such as a guest). */
export type QuotaMember = {
  kind: 'collective' | 'individual';
  /** The delegate category key (the honoree's own delegate row, or the plan's honoree category). */
  category: string | null;
  gender: 'male' | 'female' | null;
  /** Attribute keys (organizer-defined strings). */
  attributes: readonly string[];
};

export type QuotaOp = 'exact' | 'max' | 'min';

export type QuotaLine = {
  /** "collectives", "individuals" (the plan's two figures) or "part:<index>". */
  id: string;
  dimension: DelegationQuotaPart['dimension'];
  value: string;
  /** "tập thể", "đại biểu khách mời", "đại biểu nữ". */
  noun: string;
  op: QuotaOp;
  target: number;
  count: number;
  ok: boolean;
  /** No more members of this line may join (exact or max, reached). */
  full: boolean;
  /** "Đoàn đã có 2 đại biểu khách mời, kế hoạch cho 1: bớt 1"; null when ok. */
  message: string | null;
};

export type QuotaCheck = {
  ok: boolean;
  lines: QuotaLine[];
  total: { count: number; target: number };
  messages: string[];
};

/** How the rule names a category and an attribute (labels come from the plan and the caller's i18n). */
export type QuotaNames = {
  categories: readonly { key: string; label: string }[];
  /** The plan's own attributes (delegateRules.attributes): their labels name the parts. */
  attributes?: DelegateRules['attributes'];
};

const KIND_NOUNS = { collective: 'tập thể', individual: 'cá nhân' } as const;
const OP_WORDS: Record<QuotaOp, string> = { exact: '', max: 'tối đa ', min: 'tối thiểu ' };

export function quotaPartNoun(part: Pick<DelegationQuotaPart, 'dimension' | 'value'>, names: QuotaNames) {
  if (part.dimension === 'kind') return KIND_NOUNS[part.value as keyof typeof KIND_NOUNS] ?? part.value;
  if (part.dimension === 'category') {
    const c = names.categories.find((x) => x.key === part.value);
    return c ? lowerFirst(c.label) : `nhóm "${part.value}"`;
  }
  return attributeNoun({ attributes: names.attributes ?? [] }, part.value);
}

export function memberMatches(m: QuotaMember, part: Pick<DelegationQuotaPart, 'dimension' | 'value'>) {
  if (part.dimension === 'kind') return m.kind === part.value;
  if (part.dimension === 'category') return m.category === part.value;
  // attribute keys are organizer-defined strings; 'female' reads the gender
  return hasAttribute(
    { category: m.category ?? '', gender: m.gender, attributes: m.attributes as DelegateAttribute[] },
    part.value as DelegateAttribute,
  );
}

/** The plan's two figures first (as before parts existed), then its parts in order. */
function quotaParts(quota: DelegationQuota): (DelegationQuotaPart & { id: string })[] {
  return [
    { id: 'collectives', dimension: 'kind', value: 'collective', count: quota.collectives, op: 'exact' },
    { id: 'individuals', dimension: 'kind', value: 'individual', count: quota.individuals, op: 'exact' },
    ...(quota.parts ?? []).map((p, i) => ({ ...p, id: `part:${i}` })),
  ];
}

function lineOf(
  part: DelegationQuotaPart & { id: string },
  members: readonly QuotaMember[],
  names: QuotaNames,
) {
  const op = part.op ?? 'exact';
  const count = members.filter((m) => memberMatches(m, part)).length;
  const target = part.count;
  const noun = quotaPartNoun(part, names);
  const under = op !== 'max' && count < target;
  const over = op !== 'min' && count > target;
  let message: string | null = null;
  if (part.id === 'collectives' || part.id === 'individuals') {
    // the plan's two figures keep the words the delegation page has always shown
    if (under) message = `Còn thiếu ${target - count} ${noun}`;
    if (over) message = `Vượt ${count - target} ${noun} so với số lượng được giao`;
  } else if (under) {
    message = `Đoàn mới có ${count} ${noun}, kế hoạch cho ${OP_WORDS[op]}${target}: thêm ${target - count}`;
  } else if (over) {
    message = `Đoàn đã có ${count} ${noun}, kế hoạch cho ${OP_WORDS[op]}${target}: bớt ${count - target}`;
  }
  return {
    id: part.id,
    dimension: part.dimension,
    value: part.value,
    noun,
    op,
    target,
    count,
    ok: message === null,
    full: op !== 'min' && count >= target,
    message,
  } satisfies QuotaLine;
}

export function checkDelegationQuota(
  quota: DelegationQuota,
  members: readonly QuotaMember[],
  names: QuotaNames,
): QuotaCheck {
  const lines = quotaParts(quota).map((p) => lineOf(p, members, names));
  const messages = lines.flatMap((l) => (l.message ? [l.message] : []));
  return {
    ok: messages.length === 0,
    lines,
    total: { count: members.length, target: quota.collectives + quota.individuals },
    messages,
  };
}

/**
 * Why `candidate` cannot join: the first line it belongs to that is already full (exact or max),
 * "Đoàn đi dự X đã đủ 1 đại biểu khách mời (đã chọn 1/1); không thể thêm đại biểu khách mời "Y"";
 * null when every line it counts in has room.
 */
export function quotaRefusal(
  quota: DelegationQuota,
  members: readonly QuotaMember[],
  candidate: QuotaMember & { name: string },
  names: QuotaNames,
): string | null {
  const full = checkDelegationQuota(quota, members, names).lines.find(
    (l) => l.full && memberMatches(candidate, l),
  );
  if (!full) return null;
  const own = quotaPartNoun({ dimension: 'kind', value: candidate.kind }, names);
  const what = full.dimension === 'kind' ? full.noun : own;
  return (
    `Đoàn đi dự ${quota.targetName} đã đủ ${full.target} ${full.noun} (đã chọn ${full.count}/${full.target}); ` +
    `không thể thêm ${what} "${candidate.name}"`
  );
}
