import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import { checkEnteredCounts, type ItemCounts, quorumReached } from '../../../shared/rules/tally';
import type { Choice, VoidReason } from '../../../shared/schemas/review';
import type { Db } from '../../db/client';
import { ballotItems, ballots, ballotTallies, nominations, reviewMeetings } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError } from '../../errors';
import { instanceId } from '../../instance';
import { publishLive } from '../../live/bus';
import { conferenceAuditor, writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { notify } from '../notifications/mutations';
import { message } from '../notifications/templates';
import { ballotLost } from './cast-mutations';
import { enqueueCast } from './cast-queue';
import {
  type BallotRow,
  ballotItemsOf,
  getBallot,
  listAttendance,
  listBallotItems,
  listCouncilMembers,
  type MeetingRow,
} from './data';
import { isOrphaned, startTotals } from './live-totals';
import { BALLOT_TOPIC, type BallotLiveEvent } from './owner-link';
import { adoptOrVoid, discardRound } from './round-mutations';

/** The audit entry of a ballot's plain changes (created, counts entered). */
const audit = conferenceAuditor('ballot');

const zero = (): ItemCounts => ({ agree: 0, disagree: 0, abstain: 0 });

export async function createBallot(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  meeting: MeetingRow,
  input: {
    title: string;
    mode: string;
    allowAbstain: boolean;
    items: { nominationId: string; excluded: { councilMemberId: string; reason: string }[] }[];
  },
) {
  return db.transaction(async (tx) => {
    if (meeting.status === 'closed') throw new AppError('INVALID_STATE', 'Phiên họp đã kết thúc');
    const ids = input.items.map((i) => i.nominationId);
    const found = await tx
      .select({ id: nominations.id, status: nominations.status })
      .from(nominations)
      .where(and(eq(nominations.conferenceId, conference.id), inArray(nominations.id, ids)));
    const fields: Record<string, string> = {};
    const members = new Set(
      (await listCouncilMembers(tx, conference.organizationId, meeting.term)).map((m) => m.id),
    );
    input.items.forEach((item, i) => {
      const n = found.find((f) => f.id === item.nominationId);
      if (!n) fields[`items.${i}.nominationId`] = 'Đề nghị không thuộc hội nghị này';
      else if (n.status !== 'accepted')
        fields[`items.${i}.nominationId`] = 'Chỉ xét các đề nghị đã được tiếp nhận';
      item.excluded.forEach((e, k) => {
        if (!members.has(e.councilMemberId))
          fields[`items.${i}.excluded.${k}`] = 'Không phải thành viên Hội đồng nhiệm kỳ này';
      });
    });
    if (new Set(ids).size !== ids.length) fields.items = 'Một đề nghị chỉ được xét một lần trong một phiếu';
    if (Object.keys(fields).length) throw new AppError('VALIDATION', Object.values(fields)[0]!, { fields });
    const [ballot] = await tx
      .insert(ballots)
      .values({
        organizationId: conference.organizationId,
        meetingId: meeting.id,
        title: input.title,
        mode: input.mode,
        allowAbstain: input.allowAbstain,
      })
      .returning();
    if (!ballot) throw new Error('insert returned nothing');
    await tx.insert(ballotItems).values(
      input.items.map((it, i) => ({
        ballotId: ballot.id,
        nominationId: it.nominationId,
        position: i,
        excluded: it.excluded,
      })),
    );
    await audit(tx, actor, conference, 'ballot.created', ballot.id, null, { ...ballot, items: input.items });
    return ballot;
  });
}

/**
 * Opens a ballot: the meeting must be quorate; the members present become its electorate. A void
 * electronic ballot (its owning process was lost) opens again as a new round: the void round's
 * voter rows are removed, so those members vote again.
 */
export async function openBallot(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  meeting: MeetingRow,
  ballot: BallotRow,
) {
  const reopen = ballot.status === 'void' || (ballot.status === 'open' && (await isOrphaned(db, ballot)));
  return db.transaction(async (tx) => {
    if (ballot.status !== 'draft' && !reopen) {
      throw new AppError(
        'INVALID_STATE',
        ballot.status === 'open' ? 'Phiếu đang mở' : 'Phiếu đã đóng, không mở lại được',
      );
    }
    const all = (await listCouncilMembers(tx, conference.organizationId, meeting.term)).filter(
      (m) => m.active,
    );
    const activeIds = new Set(all.map((m) => m.id));
    const present = (await listAttendance(tx, meeting.id)).filter(
      (a) => a.present && activeIds.has(a.councilMemberId),
    );
    const quorum = quorumReached(present.length, all.length, {
      numerator: meeting.quorumNumerator,
      denominator: meeting.quorumDenominator,
    });
    if (!quorum.ok) throw new AppError('INVALID_STATE', `${quorum.message}. Chưa mở phiếu được.`);
    const items = await listBallotItems(tx, ballot.id);
    const electronic = ballot.mode === 'electronic';
    const after = await updateVersioned(
      tx,
      ballots,
      ballot.id,
      ballot.version,
      {
        status: 'open',
        electorate: present.map((p) => p.councilMemberId),
        // the running totals live in this process until closing (live-totals.ts)
        ownerInstance: electronic ? instanceId() : null,
        voidReason: null,
      },
      () => getBallot(tx, meeting.id, ballot.id),
    );
    let discarded = 0;
    if (reopen) {
      discarded = await discardRound(tx, ballot.id);
    }
    if (!electronic) {
      await tx.insert(ballotTallies).values({
        ballotId: ballot.id,
        counts: Object.fromEntries(items.map((i) => [i.id, zero()])),
      });
    }
    await writeConferenceAudit(tx, actor, conference, {
      action: reopen ? 'ballot.reopened' : 'ballot.opened',
      entityType: 'ballot',
      entityId: ballot.id,
      after: {
        electorate: after.electorate,
        quorum: quorum.message,
        ...(reopen ? { votersDiscarded: discarded } : {}),
      },
    });
    if (electronic) {
      const voters = new Set(after.electorate);
      await notify(tx, {
        ...message('ballot_opened', {
          conferenceId: conference.id,
          conferenceName: conference.plan.name,
          meetingId: meeting.id,
          ballotId: ballot.id,
          ballotTitle: after.title,
        }),
        organizationId: conference.organizationId,
        userIds: all.flatMap((m) => (voters.has(m.id) && m.userId ? [m.userId] : [])),
        dedupeKey: `ballot:${ballot.id}:${after.version}`,
      });
    }
    // zero totals before the commit makes this process the owner, so no cast can find it
    // owning the ballot without them (a rolled-back open leaves an entry nobody owns)
    const opened: BallotLiveEvent = {
      ballotId: ballot.id,
      status: 'open',
      ballotsCast: electronic ? 0 : null,
    };
    await publishLive(tx, [{ conferenceId: conference.id, topic: BALLOT_TOPIC, payload: opened }]);
    if (electronic)
      startTotals(
        ballot.id,
        conference.id,
        items.map((i) => i.id),
      );
    return after;
  });
}

/**
 * Bỏ phiếu kín. Records THAT the member voted (ballot_voters, no time, no choice) in one
 * transaction shared with the casts arriving at the same moment (group commit, cast-queue.ts);
 * once it has committed, the choices are added to the running totals this process keeps in
 * memory until closing (live-totals.ts). Nothing else is written: no totals, no audit entry, no
 * log line with the choices. A second vote — even one sent at the same instant — hits the
 * primary key of ballot_voters and changes nothing. A ballot whose owning process is gone is
 * voided (409), never counted wrongly.
 */
export async function castBallot(
  db: Db,
  ballot: BallotRow,
  councilMemberId: string,
  choices: Record<string, Choice>,
): Promise<{ receipt: string }> {
  if (ballot.mode !== 'electronic') throw new AppError('INVALID_STATE', 'Phiếu này không bỏ phiếu điện tử');
  if (ballot.status === 'void') throw ballotLost((ballot.voidReason as VoidReason | null) ?? undefined);
  if (ballot.status !== 'open') {
    throw new AppError('INVALID_STATE', ballot.status === 'closed' ? 'Phiếu đã đóng' : 'Phiếu chưa mở');
  }
  ballot = await adoptOrVoid(db, ballot, () => ballotLost());
  if (!ballot.electorate.includes(councilMemberId)) {
    throw new AppError('FORBIDDEN', 'Bạn không có mặt khi mở phiếu nên không được bỏ phiếu này');
  }
  const items = await ballotItemsOf(db, ballot.id);
  const fields: Record<string, string> = {};
  const mine = new Set<string>();
  for (const i of items) {
    if (i.excluded.some((e) => e.councilMemberId === councilMemberId)) continue;
    mine.add(i.id);
    const c = choices[i.id];
    if (!c) fields[`choices.${i.id}`] = 'Chưa chọn cho đề nghị này';
    else if (c === 'abstain' && !ballot.allowAbstain)
      fields[`choices.${i.id}`] = 'Phiếu này không có lựa chọn "không biểu quyết"';
  }
  for (const id of Object.keys(choices)) {
    if (!mine.has(id))
      fields[`choices.${id}`] = 'Bạn không bỏ phiếu cho mục này (không thuộc phiếu hoặc đã tránh xét)';
  }
  if (Object.keys(fields).length) {
    throw new AppError('VALIDATION', 'Phiếu chưa hợp lệ: cần chọn cho mọi đề nghị của bạn', { fields });
  }
  const receipt = randomBytes(9).toString('base64url');
  await enqueueCast(db, ballot.id, {
    councilMemberId,
    receiptHash: createHash('sha256').update(receipt).digest('hex'),
    choices,
  });
  return { receipt };
}

/** Kiểm phiếu giấy / biểu quyết giơ tay: the secretary enters the counts of every item. */
export async function enterCounts(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  meeting: MeetingRow,
  ballot: BallotRow,
  input: {
    papersIssued: number | null;
    papersReturned: number | null;
    tallyCommittee: string[];
    counts: Record<string, ItemCounts>;
    version: number;
  },
) {
  if (ballot.mode === 'electronic')
    throw new AppError('INVALID_STATE', 'Phiếu điện tử do thành viên tự bỏ, không nhập số');
  if (ballot.status !== 'open') throw new AppError('INVALID_STATE', 'Chỉ nhập kết quả khi phiếu đang mở');
  const electorate = ballot.electorate.length;
  const fields: Record<string, string> = {};
  let valid = electorate;
  if (ballot.mode === 'paper') {
    if (input.papersIssued === null || input.papersReturned === null) {
      fields.papersIssued = 'Cần nhập số phiếu phát ra và thu về';
    } else {
      if (input.papersIssued > electorate)
        fields.papersIssued = `Số phiếu phát ra (${input.papersIssued}) vượt số thành viên có mặt (${electorate})`;
      if (input.papersReturned > input.papersIssued)
        fields.papersReturned = `Số phiếu thu về (${input.papersReturned}) vượt số phiếu phát ra (${input.papersIssued})`;
      valid = input.papersReturned;
    }
    if (input.tallyCommittee.length === 0) fields.tallyCommittee = 'Cần ghi tên ban kiểm phiếu';
  }
  const items = await listBallotItems(db, ballot.id);
  for (const item of items) {
    const c = input.counts[item.id];
    if (!c) {
      fields[`counts.${item.id}`] = 'Chưa nhập kết quả';
      continue;
    }
    const excluded = item.excluded.filter((e) => ballot.electorate.includes(e.councilMemberId)).length;
    const problem = checkEnteredCounts(c, {
      ballots: Math.max(valid - excluded, 0),
      allowAbstain: ballot.allowAbstain,
    });
    if (problem) fields[`counts.${item.id}`] = problem;
  }
  if (Object.keys(fields).length) throw new AppError('VALIDATION', Object.values(fields)[0]!, { fields });
  return db.transaction(async (tx) => {
    const after = await updateVersioned(
      tx,
      ballots,
      ballot.id,
      input.version,
      { papersIssued: input.papersIssued, papersReturned: input.papersReturned },
      () => getBallot(tx, meeting.id, ballot.id),
    );
    await tx
      .update(ballotTallies)
      .set({ counts: input.counts, ballotsCast: input.papersReturned ?? electorate })
      .where(eq(ballotTallies.ballotId, ballot.id));
    if (input.tallyCommittee.length > 0) {
      // Ban kiểm phiếu: kept on the meeting, where the minutes read it
      await tx
        .update(reviewMeetings)
        .set({ tallyCommittee: input.tallyCommittee })
        .where(eq(reviewMeetings.id, meeting.id));
    }
    await audit(tx, actor, conference, 'ballot.counts_entered', ballot.id, null, {
      ...input,
      mode: ballot.mode,
    });
    return after;
  });
}
