import type { CompositionRuleResult } from './delegate-composition';

/**
 * One rule of a composition measured on its group: a share (tối thiểu / tối đa / đúng p %) or a
 * count (tối thiểu / tối đa / đúng n), with how far the list is from it and the Vietnamese message.
 * Used by checkComposition (delegate-composition.ts).
 */

const EPS = 1e-9;

export const fmtPercent = (p: number) =>
  Number.isInteger(p) ? String(p) : String(Math.round(p * 100) / 100);
export const share = (count: number, total: number) =>
  total === 0 ? 0 : Math.round((count / total) * 10_000) / 100;

/**
 * A share rule on `count` of `total`: how far the list is from it.
 * min: add k of the group so that (c+k)/(n+k) ≥ p; if that would pass the cap, replace r others
 * (c+r)/n ≥ p instead. max: remove k of the group so that (c-k)/(n-k) ≤ p. `limit` names what
 * bounds the room when it is not the list's cap (a scoped sub-group's own count).
 */
export function shareRule(
  base: Omit<CompositionRuleResult, 'ok' | 'shortfall' | 'message' | 'percent'>,
  noun: string,
  cap: number,
  /** How many delegates the whole list can still take (cap − list size). */
  room = cap - base.total,
  limit = `danh sách tối đa ${cap} người`,
  /** How many of the group may leave without breaking a "đúng"/"tối thiểu" count, and that count. */
  floor: { slack: number; limit: string } | null = null,
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
    if (add <= room) {
      return { ...result, ok: false, shortfall: add, message: `Còn thiếu ${add} ${noun} để đạt ${pct}%` };
    }
    const replace = Math.ceil(need - c - EPS);
    return {
      ...result,
      ok: false,
      shortfall: replace,
      message: `Còn thiếu ${noun} để đạt ${pct}%: ${limit}, cần thay ${replace} đại biểu khác bằng ${noun}`,
    };
  }
  if ((op === 'max' || op === 'exact') && tooMany) {
    const remove =
      op === 'exact' ? c - Math.ceil(need - EPS) : p >= 1 - EPS ? 0 : Math.ceil((c - need) / (1 - p) - EPS);
    const rule = op === 'exact' ? `${pct}%` : `mức tối đa ${pct}%`;
    if (op === 'max' && floor && remove > floor.slack) {
      // the group cannot shrink that far: some of them give their place to others instead
      const replace = Math.ceil(c - need - EPS);
      return {
        ...result,
        ok: false,
        shortfall: replace,
        message: `Thừa ${noun} so với ${rule}: ${floor.limit}, cần thay ${replace} ${noun} bằng đại biểu khác`,
      };
    }
    return { ...result, ok: false, shortfall: remove, message: `Thừa ${remove} ${noun} so với ${rule}` };
  }
  return { ...result, ok: true, shortfall: 0, message: null };
}

export const SIGN = { min: '≥', max: '≤', exact: '=' } as const;
export const WORD = { min: 'tối thiểu', max: 'tối đa', exact: 'đúng' } as const;

/** A count rule (tối thiểu / tối đa / đúng n) on a group. */
export function countRule(
  base: Pick<CompositionRuleResult, 'id' | 'kind' | 'label' | 'op' | 'target' | 'count' | 'total'>,
  noun: string,
): CompositionRuleResult {
  const { count: c, target: v, op } = base;
  const missing = op === 'max' ? 0 : v - c;
  const extra = op === 'min' ? 0 : c - v;
  const result = { ...base, percent: share(c, base.total) };
  if (missing > 0) {
    return {
      ...result,
      ok: false,
      shortfall: missing,
      message: `Còn thiếu ${missing} ${noun} so với số ${WORD[op]} ${v}`,
    };
  }
  if (extra > 0) {
    return {
      ...result,
      ok: false,
      shortfall: extra,
      message: `Thừa ${extra} ${noun} so với số ${WORD[op]} ${v}`,
    };
  }
  return { ...result, ok: true, shortfall: 0, message: null };
}
