import type { ShareOperator } from './delegate-composition';

/**
 * The fix a composition check proposes when, among siblings (the categories of the list, or the
 * sub-groups of one parent), one is over its rule and another under: replace delegates of the
 * first by delegates of the second, the list's size kept — "Thay 1 đại biểu khách mời bằng 1 đại
 * biểu điển hình tiên tiến" rather than "thừa 1" and "thiếu 1" read separately.
 */

/** How many delegates a group lacks (deficit) or has too many (excess), its parent's size fixed. */
export type SwapNeed = { deficit: number; excess: number };
/** A group among its siblings: `group` names the sibling set. */
export type SwapMember = SwapNeed & { group: string; noun: string };

const EPS = 1e-9;

export function swapNeedOfShare(op: ShareOperator, percent: number, count: number, size: number): SwapNeed {
  if (size === 0) return { deficit: 0, excess: 0 };
  const need = (percent / 100) * size;
  const low = op === 'min' ? Math.ceil(need - EPS) : op === 'exact' ? Math.floor(need + EPS) : 0;
  const high = op === 'max' ? Math.floor(need + EPS) : op === 'exact' ? Math.ceil(need - EPS) : size;
  return { deficit: Math.max(0, low - count), excess: Math.max(0, count - high) };
}

export function swapNeedOfCount(op: ShareOperator, value: number, count: number): SwapNeed {
  return {
    deficit: op === 'max' ? 0 : Math.max(0, value - count),
    excess: op === 'min' ? 0 : Math.max(0, count - value),
  };
}

/** A group with several rules needs the largest change any of them asks for. */
export function mergeNeeds(needs: SwapNeed[]): SwapNeed {
  return needs.reduce(
    (a, b) => ({ deficit: Math.max(a.deficit, b.deficit), excess: Math.max(a.excess, b.excess) }),
    {
      deficit: 0,
      excess: 0,
    },
  );
}

/** Pairs, within each sibling set in order, the groups over with the groups under. */
export function swapFixes(members: readonly SwapMember[]): string[] {
  const groups = new Map<string, SwapMember[]>();
  for (const m of members) {
    if (m.deficit > 0 === m.excess > 0) continue;
    const list = groups.get(m.group) ?? [];
    list.push({ ...m });
    groups.set(m.group, list);
  }
  const fixes: string[] = [];
  for (const list of groups.values()) {
    const overs = list.filter((m) => m.excess > 0);
    const unders = list.filter((m) => m.deficit > 0);
    for (const o of overs) {
      for (const u of unders) {
        const k = Math.min(o.excess, u.deficit);
        if (k <= 0) continue;
        fixes.push(`Thay ${k} ${o.noun} bằng ${k} ${u.noun}`);
        o.excess -= k;
        u.deficit -= k;
      }
    }
  }
  return fixes;
}
