import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { Db } from '../../db/client';
import { councilMembers, meetingAttendance, reviewMeetings } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, orNotFound } from '../../errors';
import { insertAudited } from '../audit/audited-mutations';
import { writeAudit, writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { notify } from '../notifications/mutations';
import { message, viDate } from '../notifications/templates';
import { listUnits } from '../units/data';
import { getUserInOrganization } from '../users/data';
import { getCouncilMember, getMeeting, type MeetingRow } from './data';

type MemberInput = {
  term: string;
  fullName: string;
  position: string;
  userId: string | null;
  unitId: string | null;
  active: boolean;
};

/** A seat can only be linked to a login that holds a role in the same organization. */
async function assertAccount(tx: Db, organizationId: string, userId: string | null) {
  if (!userId) return;
  if (!(await getUserInOrganization(tx, organizationId, userId))) {
    throw new AppError('VALIDATION', 'Tài khoản không thuộc tổ chức này', {
      fields: { userId: 'Tài khoản không thuộc tổ chức này' },
    });
  }
}

async function assertUnit(tx: Db, organizationId: string, unitId: string | null) {
  if (!unitId) return;
  if (!(await listUnits(tx, organizationId)).some((u) => u.id === unitId)) {
    throw new AppError('VALIDATION', 'Đơn vị không thuộc tổ chức này', {
      fields: { unitId: 'Đơn vị không hợp lệ' },
    });
  }
}

export async function createCouncilMember(
  db: Db,
  actor: Actor | null,
  organizationId: string,
  input: MemberInput,
) {
  return db.transaction(async (tx) => {
    await assertUnit(tx, organizationId, input.unitId);
    await assertAccount(tx, organizationId, input.userId);
    const [row] = await tx
      .insert(councilMembers)
      .values({ ...input, organizationId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await writeAudit(tx, actor, {
      organizationId,
      action: 'council_member.created',
      entityType: 'council_member',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export async function updateCouncilMember(
  db: Db,
  actor: Actor,
  organizationId: string,
  id: string,
  input: MemberInput & { version: number },
) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getCouncilMember(tx, organizationId, id), 'thành viên Hội đồng');
    await assertUnit(tx, organizationId, input.unitId);
    await assertAccount(tx, organizationId, input.userId);
    const { version, ...values } = input;
    const after = await updateVersioned(tx, councilMembers, id, version, values, () =>
      getCouncilMember(tx, organizationId, id),
    );
    await writeAudit(tx, actor, {
      organizationId,
      action: 'council_member.updated',
      entityType: 'council_member',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function createMeeting(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  input: {
    term: string;
    title: string;
    meetingDate: string;
    place: string;
    quorumNumerator: number;
    quorumDenominator: number;
    tallyCommittee: string[];
  },
) {
  return db.transaction(async (tx) => {
    const row = await insertAudited(tx, actor, conference, reviewMeetings, 'meeting', input);
    const members = await tx
      .select({ userId: councilMembers.userId })
      .from(councilMembers)
      .where(
        and(
          eq(councilMembers.organizationId, conference.organizationId),
          eq(councilMembers.term, input.term),
          eq(councilMembers.active, true),
        ),
      );
    await notify(tx, {
      ...message('meeting_scheduled', {
        conferenceId: conference.id,
        conferenceName: conference.plan.name,
        meetingId: row.id,
        meetingTitle: input.title,
        when: viDate(input.meetingDate),
        place: input.place,
      }),
      organizationId: conference.organizationId,
      // the members with a login, not the one who scheduled it
      userIds: members.flatMap((m) => (m.userId && m.userId !== actor.userId ? [m.userId] : [])),
    });
    return row;
  });
}

/** Điểm danh: present or absent; changes after a ballot opened do not change its electorate. */
export async function setAttendance(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  meeting: MeetingRow,
  input: { councilMemberId: string; present: boolean },
) {
  if (meeting.status === 'closed') throw new AppError('INVALID_STATE', 'Phiên họp đã kết thúc');
  return db.transaction(async (tx) => {
    const member = await getCouncilMember(tx, conference.organizationId, input.councilMemberId);
    if (!member || member.term !== meeting.term) throw notFound('thành viên Hội đồng');
    await tx
      .insert(meetingAttendance)
      .values({ meetingId: meeting.id, councilMemberId: member.id, present: input.present })
      .onConflictDoUpdate({
        target: [meetingAttendance.meetingId, meetingAttendance.councilMemberId],
        set: { present: input.present },
      });
    if (meeting.status === 'planned') {
      await tx.update(reviewMeetings).set({ status: 'open' }).where(eq(reviewMeetings.id, meeting.id));
    }
    await writeConferenceAudit(tx, actor, conference, {
      action: 'meeting.attendance',
      entityType: 'meeting',
      entityId: meeting.id,
      after: { councilMemberId: member.id, fullName: member.fullName, present: input.present },
    });
  });
}

export async function closeMeeting(db: Db, actor: Actor, conference: ConferenceRow, meeting: MeetingRow) {
  return db.transaction(async (tx) => {
    const after = await updateVersioned(
      tx,
      reviewMeetings,
      meeting.id,
      meeting.version,
      { status: 'closed' },
      () => getMeeting(tx, conference.id, meeting.id),
    );
    await writeConferenceAudit(tx, actor, conference, {
      action: 'meeting.closed',
      entityType: 'meeting',
      entityId: meeting.id,
    });
    return after;
  });
}
