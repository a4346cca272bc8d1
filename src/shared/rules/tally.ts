import type { ApprovalRule } from '../schemas/nominations';

/** Kiểm phiếu: counts of one item and the rule it is judged by. */
export type ItemCounts = { agree: number; disagree: number; abstain: number };

export type ItemResult = ItemCounts & {
  /** The base the share is computed over (members present, or all members, minus the excluded). */
  base: number;
  /** Share of agree votes over the base, in percent (2 decimals). */
  sharePercent: number;
  passed: boolean;
  /** Why, in Vietnamese: "Đạt: 6/7 = 85,71% ≥ 70% số thành viên có mặt". */
  reason: string;
};

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const fmt = (n: number) => numberFormat.format(n);

/**
 * Judges one item by its award form's rule. `present` and `all` are member counts after
 * removing members excluded from this item (conflict of interest).
 */
export function judgeItem(
  counts: ItemCounts,
  rule: ApprovalRule,
  members: { present: number; all: number },
): ItemResult {
  const base = rule.base === 'present' ? members.present : members.all;
  const share = base > 0 ? (counts.agree / base) * 100 : 0;
  const sharePercent = Math.round(share * 100) / 100;
  // compare in integers to avoid 69.99999…: agree * 100 vs percent * base
  const lhs = counts.agree * 100;
  const rhs = rule.percent * base;
  const passed = base > 0 && (rule.operator === 'gte' ? lhs >= rhs : lhs > rhs);
  const op = rule.operator === 'gte' ? '≥' : '>';
  const baseLabel = rule.base === 'present' ? 'số thành viên có mặt' : 'tổng số thành viên';
  const reason = `${passed ? 'Đạt' : 'Không đạt'}: ${counts.agree}/${base} = ${fmt(sharePercent)}% ${
    passed ? op : `chưa ${op}`
  } ${fmt(rule.percent)}% ${baseLabel}`;
  return { ...counts, base, sharePercent, passed, reason };
}

/** Túc số: is the meeting quorate (present ≥ numerator/denominator of all members)? */
export function quorumReached(
  present: number,
  all: number,
  rule: { numerator: number; denominator: number },
) {
  const needed = Math.ceil((all * rule.numerator) / rule.denominator);
  return {
    ok: all > 0 && present >= needed,
    needed,
    message:
      present >= needed && all > 0
        ? `Đủ túc số: ${present}/${all} thành viên có mặt (cần ít nhất ${needed})`
        : `Chưa đủ túc số: ${present}/${all} thành viên có mặt, cần ít nhất ${needed} (${rule.numerator}/${rule.denominator})`,
  };
}

/** Checks paper or show-of-hands counts entered by the secretary. */
export function checkEnteredCounts(
  counts: ItemCounts,
  limits: { ballots: number; allowAbstain: boolean },
): string | null {
  const { agree, disagree, abstain } = counts;
  if ([agree, disagree, abstain].some((n) => !Number.isInteger(n) || n < 0))
    return 'Số phiếu phải là số nguyên không âm';
  if (!limits.allowAbstain && abstain > 0) return 'Phiếu này không có lựa chọn "không biểu quyết"';
  const total = agree + disagree + abstain;
  if (total > limits.ballots) {
    return `Tổng số phiếu (${total}) vượt quá số phiếu hợp lệ có thể có (${limits.ballots})`;
  }
  return null;
}

export type RankCandidate = {
  id: string;
  sharePercent: number;
  kind: 'individual' | 'collective';
  gender: string | null;
  womenSharePercent: number | null;
};

export type TieRule = 'women_first' | 'none';

/**
 * Where more pass than the form allows: rank by share, then the tie rule (by default, as the
 * 2025 decree says: women first, then collectives with ≥ 70% women). Returns the order and, for
 * each candidate, what decided its place.
 */
export function rankPassed(candidates: RankCandidate[], tieRule: TieRule = 'women_first') {
  const priority = (c: RankCandidate) => {
    if (tieRule === 'none') return 0;
    if (c.kind === 'individual' && c.gender === 'female') return 2;
    if (c.kind === 'collective' && (c.womenSharePercent ?? 0) >= 70) return 1;
    return 0;
  };
  const sorted = [...candidates].sort((a, b) => b.sharePercent - a.sharePercent || priority(b) - priority(a));
  return sorted.map((c, i) => {
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    const tiedShare =
      (prev && prev.sharePercent === c.sharePercent) || (next && next.sharePercent === c.sharePercent);
    const decidedBy: 'share' | 'women' | 'women_collective' | 'tie_unbroken' = !tiedShare
      ? 'share'
      : priority(c) === 2
        ? 'women'
        : priority(c) === 1
          ? 'women_collective'
          : 'tie_unbroken';
    return { id: c.id, rank: i + 1, decidedBy };
  });
}
