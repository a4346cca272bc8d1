import { sql } from 'drizzle-orm';
import { itemResultOf, judgeBallot } from '../../../shared/rules/ballot-results';
import type { ItemCounts } from '../../../shared/rules/tally';
import type { Db } from '../../db/client';
import { listAwardForms } from '../award-forms/data';
import type { ConferenceRow } from '../conferences/data';
import {
  type BallotRow,
  ballotItemsOf,
  countSelectedByForm,
  getTally,
  listBallotNominees,
  listCouncilMembers,
  type MeetingRow,
} from './data';

/**
 * Judges a closed ballot (shared/rules/ballot-results) and stores its results in ballot_results
 * (the honorees), inside the closing transaction `tx`. `counts`: the totals the caller has just
 * written (an electronic ballot's, from memory); otherwise they are read. Returns the stored rows
 * and the nominees' names (for presenting the closed ballot).
 */
export async function storeResults(
  tx: Db,
  conference: ConferenceRow,
  meeting: MeetingRow,
  ballot: BallotRow,
  counts?: Record<string, ItemCounts>,
) {
  const members = (await listCouncilMembers(tx, conference.organizationId, meeting.term)).filter(
    (m) => m.active,
  );
  const { nominees, names } = await listBallotNominees(tx, conference.id, ballot.id);
  const judged = judgeBallot({
    ballot,
    items: await ballotItemsOf(tx, ballot.id),
    counts: counts ?? (await getTally(tx, ballot.id))?.counts ?? null,
    memberIds: members.map((m) => m.id),
    forms: await listAwardForms(tx, conference.id),
    nominees,
    earlier: await countSelectedByForm(tx, conference.id, ballot.id),
  });
  const values = judged.map((r) => ({
    organizationId: conference.organizationId,
    conferenceId: conference.id,
    ballotId: ballot.id,
    nominationId: r.nominationId,
    ...itemResultOf(r),
  }));
  await insertResults(tx, values);
  // the names come with the nominees: the closed ballot's page shows them without a second read
  return { results: values, names };
}
type StoredValues = Awaited<ReturnType<typeof storeResults>>['results'];

/**
 * Stores a ballot's results in one statement with one parameter (the rows as JSON): building a
 * 300-row multi-VALUES insert costs more than the database's work on it.
 */
async function insertResults(tx: Db, values: StoredValues) {
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
