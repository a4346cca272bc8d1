import { and, eq, sql } from 'drizzle-orm';
import { judgeItem, rankPassed } from '../../../shared/rules/tally';
import type { Db } from '../../db/client';
import { ballotItems, type ballotResults, nominations } from '../../db/schema/index';
import { listAwardForms } from '../award-forms/data';
import type { ConferenceRow } from '../conferences/data';
import {
  type BallotRow,
  ballotItemsOf,
  countSelectedByForm,
  getTally,
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
  const items = await ballotItemsOf(tx, ballot.id);
  const tally = await getTally(tx, ballot.id);
  const members = (await listCouncilMembers(tx, conference.organizationId, meeting.term)).filter(
    (m) => m.active,
  );
  const forms = new Map((await listAwardForms(tx, conference.id)).map((f) => [f.id, f]));
  // the nominees through the ballot's items: one join, not a list of 300 parameters
  const noms = await tx
    .select({
      id: nominations.id,
      awardFormId: nominations.awardFormId,
      kind: nominations.kind,
      gender: nominations.gender,
      collective: nominations.collective,
    })
    .from(ballotItems)
    .innerJoin(nominations, eq(nominations.id, ballotItems.nominationId))
    .where(and(eq(ballotItems.ballotId, ballot.id), eq(nominations.conferenceId, conference.id)));
  const byId = new Map(noms.map((n) => [n.id, n]));
  const electorate = new Set(ballot.electorate);
  const memberIds = new Set(members.map((m) => m.id));
  const judged = items.map((item) => {
    const n = byId.get(item.nominationId)!;
    const form = forms.get(n.awardFormId)!;
    const excludedPresent = item.excluded.filter((e) => electorate.has(e.councilMemberId)).length;
    const excludedAll = item.excluded.filter((e) => memberIds.has(e.councilMemberId)).length;
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
  const earlier = await countSelectedByForm(tx, conference.id, ballot.id);
  const rows = judged.map((j) => ({ ...j, selected: j.result.passed, rank: null as number | null, why: '' }));
  for (const form of forms.values()) {
    if (form.maxHonorees === null) continue;
    const passed = rows.filter((r) => r.form.id === form.id && r.result.passed);
    const already = earlier.get(form.id) ?? 0;
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
    const rowOf = new Map(rows.map((r) => [r.n.id, r]));
    for (const rk of ranked) {
      const row = rowOf.get(rk.id)!;
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
  await insertResults(tx, values);
  return values;
}

type ResultRow = Omit<typeof ballotResults.$inferInsert, 'id'>;

/**
 * Stores a ballot's results in one statement with one parameter (the rows as JSON): building a
 * 300-row multi-VALUES insert costs more than the database's work on it.
 */
async function insertResults(tx: Db, values: ResultRow[]) {
  if (values.length === 0) return;
  const first = values[0]!;
  const rows = JSON.stringify(
    values.map((v) => ({
      nomination_id: v.nominationId,
      agree: v.agree,
      disagree: v.disagree,
      abstain: v.abstain,
      base: v.base,
      share_percent: v.sharePercent,
      passed: v.passed,
      selected: v.selected,
      rank: v.rank,
      reason: v.reason,
    })),
  );
  await tx.execute(sql`
    INSERT INTO ballot_results (organization_id, conference_id, ballot_id, nomination_id, agree,
      disagree, abstain, base, share_percent, passed, selected, rank, reason)
    SELECT ${first.organizationId}::uuid, ${first.conferenceId}::uuid, ${first.ballotId}::uuid,
      x.nomination_id, x.agree, x.disagree, x.abstain, x.base, x.share_percent, x.passed,
      x.selected, x.rank, x.reason
    FROM jsonb_to_recordset(${rows}::jsonb) AS x(nomination_id uuid, agree int, disagree int,
      abstain int, base int, share_percent numeric, passed boolean, selected boolean, rank int,
      reason text)`);
}
