// A large council review on the seeded demo, made quickly with the server's own mutations (and one
// SQL UPDATE where the office's clicks would be many): N council members of the demo term, each
// bound to an account; M nominations accepted for review; meetings with everyone present; open
// electronic ballots over the nominations.
import { and, eq, sql } from 'drizzle-orm';
import { hashPassword } from '../../src/server/auth/passwords';
import type { Db } from '../../src/server/db/client';
import { awardForms, councilMembers, nominations } from '../../src/server/db/schema/index';
import { findUserByUsername, loadActor } from '../../src/server/modules/auth/data';
import { type ConferenceRow, getConference } from '../../src/server/modules/conferences/data';
import { createNominations } from '../../src/server/modules/nominations/mutations';
import { createBallot, openBallot } from '../../src/server/modules/review/ballot-mutations';
import type { BallotRow, MeetingRow } from '../../src/server/modules/review/data';
import { createCouncilMember, createMeeting, setAttendance } from '../../src/server/modules/review/mutations';
import { createUser } from '../../src/server/modules/users/mutations';
import { DEMO_PASSWORD } from '../../src/server/seed/van-yen';
import { COUNCIL_TERM } from '../../src/server/seed/van-yen-council';
import type { Actor } from '../../src/shared/rules/permissions';
import { nominationInputSchema } from '../../src/shared/schemas/nominations';
import type { Choice } from '../../src/shared/schemas/review';
import type { Demo } from './app';

export type Council = { memberIds: string[]; usernames: string[] };

/** The secretary (thuky) as an actor, and the demo conference row. */
export async function secretaryContext(db: Db, demo: Demo): Promise<{ actor: Actor; conf: ConferenceRow }> {
  const user = await findUserByUsername(db, 'thuky');
  const actor = user && (await loadActor(db, user.id));
  const conf = await getConference(db, demo.conferenceId);
  if (!actor || !conf) throw new Error('the demo has no thuky or no conference');
  return { actor, conf };
}

/**
 * `count` council members of the demo term, each with a council_member account hd001… (password
 * DEMO_PASSWORD, one scrypt hash for all); the 9 demo members are deactivated, so the term's
 * active members are exactly these.
 */
export async function bigCouncil(db: Db, demo: Demo, count: number): Promise<Council> {
  await db
    .update(councilMembers)
    .set({ active: false })
    .where(
      and(eq(councilMembers.organizationId, demo.organizationId), eq(councilMembers.term, COUNCIL_TERM)),
    );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const council: Council = { memberIds: [], usernames: [] };
  for (let i = 1; i <= count; i++) {
    const username = `hd${String(i).padStart(3, '0')}`;
    const fullName = `Thành viên Hội đồng ${i}`;
    const user = await createUser(db, null, {
      organizationId: demo.organizationId,
      username,
      fullName,
      password: DEMO_PASSWORD,
      passwordHash,
      roles: [{ role: 'council_member' }],
    });
    const member = await createCouncilMember(db, null, demo.organizationId, {
      term: COUNCIL_TERM,
      fullName,
      position: i === 1 ? 'chair' : 'member',
      userId: user.id,
      unitId: null,
      active: true,
    });
    council.memberIds.push(member.id);
    council.usernames.push(username);
  }
  return council;
}

const INDIVIDUAL_FORMS = ['DHTT-CN', 'GK-CN', 'LDTT', 'CSTD-CS'];
const COLLECTIVE_FORMS = ['DHTT-TT', 'GK-TT', 'TTLDTT'];

/**
 * `count` nominations accepted for review (4 in 5 individuals of 4 forms, both genders; the rest
 * collectives of 3 forms with varied women's share), spread over the demo's units: drafts created in
 * bulk per unit (createNominations; the submission deadline must be in the future), then accepted
 * by one SQL UPDATE. Returns their ids in the order made (nominee i is the same on every run).
 */
export async function acceptedNominees(
  db: Db,
  demo: Demo,
  actor: Actor,
  conf: ConferenceRow,
  count: number,
): Promise<string[]> {
  const unitIds = [...demo.unitIds.values()];
  const perUnit = new Map<string, { index: number; raw: unknown }[]>();
  for (let i = 0; i < count; i++) {
    const collective = i % 5 === 4;
    const raw = collective
      ? {
          kind: 'collective',
          awardFormId: demo.formIds.get(COLLECTIVE_FORMS[i % COLLECTIVE_FORMS.length]!)!,
          collective: {
            name: `Chi hội số ${i}`,
            collectiveType: 'Chi hội Phụ nữ',
            headName: 'Nguyễn Thị Lan',
            memberCount: 20 + (i % 50),
            womenSharePercent: (i * 13) % 101,
          },
        }
      : {
          kind: 'individual',
          awardFormId: demo.formIds.get(INDIVIDUAL_FORMS[i % INDIVIDUAL_FORMS.length]!)!,
          individual: {
            fullName: `${i % 2 ? 'Nguyễn Thị' : 'Trần Văn'} Đề Cử ${i}`,
            gender: i % 2 ? 'female' : 'male',
            birthYear: 1950 + (i % 50),
            ethnicity: 'Kinh',
            position: 'Tổ trưởng tổ dân phố',
            occupationGroup: 'direct_producer',
          },
        };
    const unitId = unitIds[i % unitIds.length]!;
    const list = perUnit.get(unitId) ?? [];
    list.push({
      index: i,
      raw: { ...raw, summaryHtml: '<p>Tích cực vận động nhân dân tham gia xây dựng đô thị văn minh.</p>' },
    });
    perUnit.set(unitId, list);
  }
  const ids: string[] = new Array(count);
  for (const [unitId, list] of perUnit) {
    const created = await createNominations(
      db,
      actor,
      conf,
      unitId,
      list.map((x) => nominationInputSchema.parse(x.raw)),
    );
    list.forEach((x, k) => {
      ids[x.index] = created[k]!;
    });
  }
  await db.execute(sql`
    UPDATE ${nominations} SET status = 'accepted', submitted_at = now()
    WHERE conference_id = ${conf.id} AND status = 'draft'`);
  const [accepted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(nominations)
    .where(and(eq(nominations.conferenceId, conf.id), eq(nominations.status, 'accepted')));
  if (accepted?.n !== count) throw new Error(`expected ${count} accepted nominations, found ${accepted?.n}`);
  return ids;
}

/** Gives an award form a cap on honorees, so closing a ballot also ranks (rankPassed). */
export async function capHonorees(db: Db, formId: string, max: number) {
  await db.update(awardForms).set({ maxHonorees: max }).where(eq(awardForms.id, formId));
}

/** A meeting of the demo term with every member of `council` present. */
export async function meetingWithAll(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  council: Council,
  title: string,
): Promise<MeetingRow> {
  const meeting = await createMeeting(db, actor, conf, {
    term: COUNCIL_TERM,
    title,
    meetingDate: '2020-03-25',
    place: 'Hội trường UBND phường',
    quorumNumerator: 2,
    quorumDenominator: 3,
    tallyCommittee: [],
  });
  for (const id of council.memberIds) {
    await setAttendance(db, actor, conf, meeting, { councilMemberId: id, present: true });
  }
  return { ...meeting, status: 'open' };
}

/** An electronic ballot over `nominationIds`, opened (its electorate: the members present). */
export async function openedBallot(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  meeting: MeetingRow,
  nominationIds: string[],
  title: string,
): Promise<BallotRow> {
  const draft = await createBallot(db, actor, conf, meeting, {
    title,
    mode: 'electronic',
    allowAbstain: false,
    items: nominationIds.map((nominationId) => ({ nominationId, excluded: [] })),
  });
  return openBallot(db, actor, conf, meeting, draft);
}

/**
 * A member's choice on an item, deterministic and varied: each item has its own share of agree
 * (about 40–100%, so items fall on both sides of the 50%, 70% and 90% thresholds), members differ.
 */
export function choiceOf(member: number, item: number): Choice {
  const share = 40 + ((item * 37) % 61);
  return (member * 7919 + item * 104_729) % 100 < share ? 'agree' : 'disagree';
}
