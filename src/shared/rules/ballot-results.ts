import type { ApprovalRule } from '../schemas/nominations';
import { type ItemCounts, type ItemResult, judgeItem, rankPassed } from './tally';

const DECIDED_BY: Record<string, string> = {
  share: 'xếp theo tỷ lệ phiếu đồng ý',
  women: 'bằng phiếu: ưu tiên nữ',
  women_collective: 'bằng phiếu: ưu tiên tập thể có từ 70% nữ',
  tie_unbroken: 'bằng phiếu, không có ưu tiên',
};

export type BallotJudgeInput = {
  ballot: {
    mode: string;
    electorate: string[];
    papersReturned: number | null;
  };
  items: { id: string; nominationId: string; excluded: { councilMemberId: string }[] }[];
  /** itemId → counts (the ballot's totals row) */
  counts: Record<string, ItemCounts> | null;
  /** the active members of the meeting's term */
  memberIds: string[];
  forms: { id: string; approvalRule: ApprovalRule; maxHonorees: number | null }[];
  nominees: {
    id: string;
    awardFormId: string;
    kind: string;
    gender: string | null;
    collective: { womenSharePercent?: number | null } | null;
  }[];
  /** honorees already selected per award form by other ballots of the conference */
  earlier: Map<string, number>;
};

export type JudgedItem = ItemResult & {
  nominationId: string;
  selected: boolean;
  rank: number | null;
};

/**
 * Results of a closed ballot: each item judged by its award form's rule over the members
 * present (or all members), minus members excluded from it; where more pass than the form
 * allows, ranked by share and the tie rule.
 */
export function judgeBallot(input: BallotJudgeInput): JudgedItem[] {
  const { ballot, items, memberIds } = input;
  const forms = new Map(input.forms.map((f) => [f.id, f]));
  const byId = new Map(input.nominees.map((n) => [n.id, n]));
  const electorate = new Set(ballot.electorate);
  const members = new Set(memberIds);
  const present = ballot.mode === 'paper' ? (ballot.papersReturned ?? 0) : ballot.electorate.length;
  const rows = items.map((item) => {
    const n = byId.get(item.nominationId)!;
    const form = forms.get(n.awardFormId)!;
    const excludedPresent = item.excluded.filter((e) => electorate.has(e.councilMemberId)).length;
    const excludedAll = item.excluded.filter((e) => members.has(e.councilMemberId)).length;
    const counts = input.counts?.[item.id] ?? { agree: 0, disagree: 0, abstain: 0 };
    const result = judgeItem(counts, form.approvalRule, {
      present: Math.max(present - excludedPresent, 0),
      all: Math.max(members.size - excludedAll, 0),
    });
    const note = item.excluded.length
      ? ` (${item.excluded.length} thành viên không tham gia biểu quyết mục này do xung đột lợi ích)`
      : '';
    return {
      n,
      form,
      result: { ...result, reason: result.reason + note },
      selected: result.passed,
      rank: null as number | null,
      why: '',
    };
  });

  // Where a form allows fewer honorees than pass, rank (counting those already selected earlier).
  for (const form of forms.values()) {
    if (form.maxHonorees === null) continue;
    const passed = rows.filter((r) => r.form.id === form.id && r.result.passed);
    const room = Math.max(form.maxHonorees - (input.earlier.get(form.id) ?? 0), 0);
    if (passed.length <= room) continue;
    const ranked = rankPassed(
      passed.map((r) => ({
        id: r.n.id,
        sharePercent: r.result.sharePercent,
        kind: r.n.kind as 'individual' | 'collective',
        gender: r.n.gender,
        womenSharePercent: r.n.collective?.womenSharePercent ?? null,
      })),
    );
    const rowOf = new Map(rows.map((r) => [r.n.id, r]));
    for (const rk of ranked) {
      const row = rowOf.get(rk.id)!;
      row.rank = rk.rank;
      row.selected = rk.rank <= room;
      row.why = `; hạng ${rk.rank}/${passed.length} cho ${room} suất (${DECIDED_BY[rk.decidedBy]})${row.selected ? '' : ' — ngoài số lượng'}`;
    }
  }
  return rows.map((r) => ({
    ...r.result,
    reason: r.result.reason + r.why,
    nominationId: r.n.id,
    selected: r.selected,
    rank: r.rank,
  }));
}

/** The stored result of one item as the ballot, the minutes and the results table show it. */
export const itemResultOf = (r: Omit<JudgedItem, 'nominationId'>) => ({
  agree: r.agree,
  disagree: r.disagree,
  abstain: r.abstain,
  base: r.base,
  sharePercent: r.sharePercent,
  passed: r.passed,
  selected: r.selected,
  rank: r.rank,
  reason: r.reason,
});
