import { viReview } from '../../../shared/i18n/vi-review';
import { itemResultOf } from '../../../shared/rules/ballot-results';
import { quorumReached } from '../../../shared/rules/tally';
import type { NominationKind } from '../../../shared/schemas/nominations';
import type {
  BallotStatus,
  CouncilPosition,
  MeetingStatus,
  VotingMode,
} from '../../../shared/schemas/review';
import type { MinutesView } from '../../../shared/schemas/selection';
import type { Db } from '../../db/client';
import type { ConferenceRow } from '../conferences/data';
import { getOrganization } from '../organizations/data';
import {
  getTally,
  listAttendance,
  listBallotItems,
  listBallotNominationNames,
  listBallotResults,
  listBallots,
  listCouncilMembers,
  listVoterIds,
  type MeetingRow,
} from '../review/data';
import { listUnits } from '../units/data';
import { listHonorees } from './data';

/**
 * Biên bản họp Hội đồng as data: who sat and who was present, the quorum, the tally committee,
 * each ballot with its counts and results (only once closed), members excluded from an item and
 * why, and the honorees this meeting decided. The documents module renders it.
 */
export async function buildMinutes(db: Db, conf: ConferenceRow, meeting: MeetingRow): Promise<MinutesView> {
  const org = await getOrganization(db, conf.organizationId);
  const members = (await listCouncilMembers(db, conf.organizationId, meeting.term)).filter((m) => m.active);
  const memberName = new Map(members.map((m) => [m.id, m.fullName]));
  const unitName = new Map((await listUnits(db, conf.organizationId)).map((u) => [u.id, u.name]));
  const attendance = new Map(
    (await listAttendance(db, meeting.id)).map((a) => [a.councilMemberId, a.present]),
  );
  const present = members.filter((m) => attendance.get(m.id) === true).length;
  const rule = { numerator: meeting.quorumNumerator, denominator: meeting.quorumDenominator };
  const quorum = quorumReached(present, members.length, rule);

  const ballots = [];
  for (const b of await listBallots(db, meeting.id)) {
    const items = await listBallotItems(db, b.id);
    const names = await listBallotNominationNames(db, b.id);
    const closed = b.status === 'closed';
    const results = closed ? await listBallotResults(db, b.id) : [];
    const tally = await getTally(db, b.id);
    const voters = b.mode === 'electronic' ? (await listVoterIds(db, b.id)).length : null;
    ballots.push({
      id: b.id,
      title: b.title,
      mode: b.mode as VotingMode,
      modeLabel: viReview.modeFormal[b.mode as VotingMode] ?? b.mode,
      status: b.status as BallotStatus,
      allowAbstain: b.allowAbstain,
      electorateSize: b.electorate.length,
      ballotsCast: voters ?? tally?.ballotsCast ?? 0,
      papersIssued: b.papersIssued,
      papersReturned: b.papersReturned,
      items: items.map((i) => {
        const n = names.get(i.nominationId);
        const r = results.find((x) => x.nominationId === i.nominationId);
        return {
          nominationId: i.nominationId,
          name: n?.name ?? '',
          kind: n?.kind ?? '',
          unitName: n?.unitName ?? '',
          awardFormName: n?.awardFormName ?? '',
          result: r ? itemResultOf(r) : null,
          excluded: i.excluded.map((e) => ({
            councilMemberId: e.councilMemberId,
            fullName: memberName.get(e.councilMemberId) ?? '',
            reason: e.reason,
          })),
        };
      }),
    });
  }

  const honorees = await listHonorees(db, conf.id, { meetingId: meeting.id });
  return {
    conference: { id: conf.id, name: conf.plan.name, officialTitle: conf.plan.officialTitle },
    organization: { name: org?.name ?? '', parentName: org?.parentName ?? '' },
    meeting: {
      id: meeting.id,
      title: meeting.title,
      meetingDate: meeting.meetingDate,
      place: meeting.place,
      term: meeting.term,
      status: meeting.status as MeetingStatus,
    },
    members: members.map((m) => ({
      id: m.id,
      fullName: m.fullName,
      position: m.position as CouncilPosition,
      positionLabel: viReview.position[m.position as CouncilPosition] ?? m.position,
      unitName: m.unitId ? (unitName.get(m.unitId) ?? '') : '',
      present: attendance.get(m.id) === true,
    })),
    quorum: {
      present,
      all: members.length,
      needed: quorum.needed,
      rule: `${rule.numerator}/${rule.denominator}`,
      ok: quorum.ok,
      message: quorum.message,
    },
    tallyCommittee: meeting.tallyCommittee,
    ballots,
    honorees: honorees.map((h) => ({
      nominationId: h.nominationId,
      name: h.name,
      kind: h.kind as NominationKind,
      unitName: h.unitName,
      awardFormName: h.awardFormName,
      agree: h.agree,
      base: h.base,
      sharePercent: h.sharePercent,
    })),
  };
}
