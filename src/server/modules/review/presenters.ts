import { itemResultOf } from '../../../shared/rules/ballot-results';
import { type Actor, can } from '../../../shared/rules/permissions';
import { quorumReached } from '../../../shared/rules/tally';
import type { NominationKind } from '../../../shared/schemas/nominations';
import type {
  BallotStatus,
  BallotView,
  CouncilMemberView,
  CouncilPosition,
  MeetingStatus,
  MeetingSummaryView,
  MeetingView,
  VoidReason,
  VotingMode,
} from '../../../shared/schemas/review';
import type { Db } from '../../db/client';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import {
  type BallotNominationNames,
  type BallotRow,
  ballotItemsOf,
  type CouncilMemberRow,
  findMemberForUser,
  getTally,
  listAttendance,
  listBallotNominationNames,
  listBallotResults,
  listBallots,
  listCouncilMembers,
  listVoterIds,
  type MeetingRow,
} from './data';
import { isOrphaned } from './live-totals';

type StoredResult = Omit<Awaited<ReturnType<typeof listBallotResults>>[number], 'id'>;

const canManage = (actor: Actor, conf: ConferenceRow) => ({
  canManage: can(actor, 'review.manage', conferenceScope(conf)),
});

export const presentMember = (m: CouncilMemberRow): CouncilMemberView => ({
  id: m.id,
  term: m.term,
  fullName: m.fullName,
  position: m.position as CouncilPosition,
  userId: m.userId,
  unitId: m.unitId,
  active: m.active,
  version: m.version,
});

export const presentMeetingSummary = (m: MeetingRow): MeetingSummaryView => ({
  id: m.id,
  title: m.title,
  term: m.term,
  meetingDate: m.meetingDate,
  status: m.status as MeetingStatus,
});

/** What the ballot pages show; `known` passes what the caller has just read or written. */
export async function presentBallot(opts: {
  db: Db;
  actor: Actor;
  conf: ConferenceRow;
  ballot: BallotRow;
  /** the signed-in member's seat in the meeting's term */
  mySeat?: string | null;
  results?: StoredResult[];
  /** the nominees' names when the caller has just read them (closing) */
  names?: BallotNominationNames;
}): Promise<BallotView> {
  const { db, actor, conf, ballot: b, mySeat = null } = opts;
  const items = await ballotItemsOf(db, b.id);
  const names = opts.names ?? (await listBallotNominationNames(db, b.id));
  const voters = await listVoterIds(db, b.id);
  const closed = b.status === 'closed';
  // open here but its running totals are not in this process (restart) and papers were cast: void,
  // whether or not a request has recorded it yet (none cast: the next cast or close adopts it)
  const lost = voters.length > 0 && (await isOrphaned(db, b));
  const results = new Map(
    (closed ? (opts.results ?? (await listBallotResults(db, b.id))) : []).map((r) => [r.nominationId, r]),
  );
  const tally = closed && b.mode !== 'electronic' ? await getTally(db, b.id) : null;
  return {
    id: b.id,
    title: b.title,
    mode: b.mode as VotingMode,
    allowAbstain: b.allowAbstain,
    status: lost ? 'void' : (b.status as BallotStatus),
    voidReason: lost ? 'owner_lost' : ((b.voidReason as VoidReason | null) ?? null),
    version: b.version,
    electorateSize: b.electorate.length,
    ballotsCast: b.mode === 'electronic' ? voters.length : (tally?.ballotsCast ?? null),
    papersIssued: b.papersIssued,
    papersReturned: b.papersReturned,
    items: items.map((i) => {
      const r = results.get(i.nominationId);
      const n = names.get(i.nominationId)!;
      return {
        id: i.id,
        nominationId: i.nominationId,
        ...n,
        kind: n.kind as NominationKind,
        gender: n.gender as 'male' | 'female' | null,
        excluded: i.excluded,
        result: r ? itemResultOf(r) : null,
      };
    }),
    me: mySeat
      ? {
          councilMemberId: mySeat,
          inElectorate: b.electorate.includes(mySeat),
          voted: voters.includes(mySeat),
          excludedItemIds: items
            .filter((i) => i.excluded.some((e) => e.councilMemberId === mySeat))
            .map((i) => i.id),
        }
      : null,
    permissions: canManage(actor, conf),
  };
}

export async function presentMeeting(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  m: MeetingRow,
): Promise<MeetingView> {
  const members = (await listCouncilMembers(db, conf.organizationId, m.term)).filter((x) => x.active);
  const attendance = new Map((await listAttendance(db, m.id)).map((a) => [a.councilMemberId, a.present]));
  const present = members.filter((x) => attendance.get(x.id) === true).length;
  const seat = await findMemberForUser(db, conf.organizationId, m.term, actor.userId);
  const ballots = [];
  for (const b of await listBallots(db, m.id))
    ballots.push(await presentBallot({ db, actor, conf, ballot: b, mySeat: seat?.id ?? null }));
  return {
    id: m.id,
    title: m.title,
    term: m.term,
    meetingDate: m.meetingDate,
    place: m.place,
    status: m.status as MeetingStatus,
    version: m.version,
    tallyCommittee: m.tallyCommittee,
    members: members.map((x) => ({
      id: x.id,
      fullName: x.fullName,
      position: x.position as CouncilPosition,
      unitId: x.unitId,
      present: attendance.get(x.id) ?? null,
    })),
    quorum: quorumReached(present, members.length, {
      numerator: m.quorumNumerator,
      denominator: m.quorumDenominator,
    }),
    mySeat: seat
      ? { id: seat.id, position: seat.position as CouncilPosition, present: attendance.get(seat.id) ?? null }
      : null,
    ballots,
    permissions: canManage(actor, conf),
  };
}
