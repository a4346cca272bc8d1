import { and, eq, inArray } from 'drizzle-orm';
import { judgeItem, rankPassed } from '../../../shared/rules/tally';
import type { Db } from '../../db/client';
import { ballotResults, nominations } from '../../db/schema/index';
import { listAwardForms } from '../award-forms/data';
import type { ConferenceRow } from '../conferences/data';
import {
  type BallotRow,
  getTally,
  listBallotItems,
  listConferenceResults,
  listCouncilMembers,
  type MeetingRow,
} from './data';

const DECIDED_BY: Record<string, string> = {
  share: 'xếp theo tỷ lệ phiếu đồng ý',
  women: 'bằng phiếu: ưu tiên nữ',
  women_collective: 'bằng phiếu: ưu tiên tập thể có từ 70% nữ',
  tie_unbroken: 'bằng phiếu, không có ưu tiên',
};

/**
 * Results of a closed ballot: each item judged by its award form's rule over the members
 * present (or all members), minus members excluded from it; where more pass than the form
 * allows, ranked by share and the tie rule. Stored in ballot_results (the honorees).
 */
export async function computeResults(
  tx: Db,
  conference: ConferenceRow,
  meeting: MeetingRow,
  ballot: BallotRow,
) {
  const items = await listBallotItems(tx, ballot.id);
  const tally = await getTally(tx, ballot.id);
  const members = (await listCouncilMembers(tx, conference.organizationId, meeting.term)).filter(
    (m) => m.active,
  );
  const forms = new Map((await listAwardForms(tx, conference.id)).map((f) => [f.id, f]));
  const noms = items.length
    ? await tx
        .select({
          id: nominations.id,
          awardFormId: nominations.awardFormId,
          kind: nominations.kind,
          gender: nominations.gender,
          collective: nominations.collective,
        })
        .from(nominations)
        .where(
          and(
            eq(nominations.conferenceId, conference.id),
            inArray(
              nominations.id,
              items.map((i) => i.nominationId),
            ),
          ),
        )
    : [];
  const byId = new Map(noms.map((n) => [n.id, n]));
  const judged = items.map((item) => {
    const n = byId.get(item.nominationId)!;
    const form = forms.get(n.awardFormId)!;
    const excludedPresent = item.excluded.filter((e) => ballot.electorate.includes(e.councilMemberId)).length;
    const excludedAll = item.excluded.filter((e) => members.some((m) => m.id === e.councilMemberId)).length;
    const counts = tally?.counts[item.id] ?? { agree: 0, disagree: 0, abstain: 0 };
    const present = ballot.mode === 'paper' ? (ballot.papersReturned ?? 0) : ballot.electorate.length;
    const result = judgeItem(counts, form.approvalRule, {
      present: Math.max(present - excludedPresent, 0),
      all: Math.max(members.length - excludedAll, 0),
    });
    const note = item.excluded.length
      ? ` (${item.excluded.length} thành viên không tham gia biểu quyết mục này do xung đột lợi ích)`
      : '';
    return { item, n, form, result: { ...result, reason: result.reason + note } };
  });

  // Where a form allows fewer honorees than pass, rank (counting those already selected earlier).
  const earlier = (await listConferenceResults(tx, conference.id)).filter(
    (r) => r.selected && r.ballotId !== ballot.id,
  );
  const rows = judged.map((j) => ({ ...j, selected: j.result.passed, rank: null as number | null, why: '' }));
  for (const form of forms.values()) {
    if (form.maxHonorees === null) continue;
    const passed = rows.filter((r) => r.form.id === form.id && r.result.passed);
    const already = earlier.filter((r) => r.awardFormId === form.id).length;
    const room = Math.max(form.maxHonorees - already, 0);
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
    for (const rk of ranked) {
      const row = rows.find((r) => r.n.id === rk.id)!;
      row.rank = rk.rank;
      row.selected = rk.rank <= room;
      row.why = `; hạng ${rk.rank}/${passed.length} cho ${room} suất (${DECIDED_BY[rk.decidedBy]})${row.selected ? '' : ' — ngoài số lượng'}`;
    }
  }
  const values = rows.map((r) => ({
    organizationId: conference.organizationId,
    conferenceId: conference.id,
    ballotId: ballot.id,
    nominationId: r.n.id,
    agree: r.result.agree,
    disagree: r.result.disagree,
    abstain: r.result.abstain,
    base: r.result.base,
    sharePercent: r.result.sharePercent,
    passed: r.result.passed,
    selected: r.selected,
    rank: r.rank,
    reason: r.result.reason + r.why,
  }));
  if (values.length) await tx.insert(ballotResults).values(values);
  return values;
}
