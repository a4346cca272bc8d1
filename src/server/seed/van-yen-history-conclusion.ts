// How the 2020 Văn Yên conference concluded, so every page tells the same finished story: every
// unit's report received and accepted (23/3/2020), the delegate list finalized, the award
// decision issued on 28/3/2020 with its number in the register (certificates print it), and
// every milestone of the plan marked done by the secretary. Through the modules' own mutations,
// audited as the secretary.
import type { Actor } from '../../shared/rules/permissions';
import type { ReportSections } from '../../shared/schemas/nominations';
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { type ConferenceRow, listMilestones } from '../modules/conferences/data';
import { setMilestoneDone } from '../modules/conferences/mutations';
import { recordCheckin } from '../modules/delegates/checkin-mutations';
import { listDelegates } from '../modules/delegates/data';
import { finalizeList } from '../modules/delegates/list-mutations';
import { updateRsvp } from '../modules/delegates/mutations';
import { issueKind } from '../modules/documents/register-mutations';
import { recordAcceptedReports } from '../modules/unit-reports/mutations';
import type { FileStore } from '../storage/files';
import type { StoryClock } from './story-clock';

type Conclusion = {
  conference: ConferenceRow;
  secretary: Actor;
  files: FileStore;
  unitIds: Map<string, string>;
  clock: StoryClock;
};

/** Of the 100 invited, these answered that they could not come (the others came). */
const DECLINED = 3;

/** A unit's báo cáo đánh giá 2015–2020, in the plan's outline (II.5.1), short. */
const report = (unit: string): ReportSections => ({
  movements: `${unit} hưởng ứng các phong trào thi đua yêu nước, nổi bật là phong trào "Xây dựng đô thị văn minh".`,
  commendations: `${unit} đã bình xét, đề nghị khen thưởng các tập thể, cá nhân tiêu biểu giai đoạn 2015 - 2020.`,
  leadership: 'Cấp ủy, lãnh đạo đơn vị quan tâm chỉ đạo, phát động thi đua gắn với nhiệm vụ chính trị.',
  shortcomings: 'Việc phát hiện, nhân rộng điển hình tiên tiến có lúc chưa kịp thời.',
  lessons: 'Phát huy vai trò nêu gương của người đứng đầu; khen thưởng kịp thời, đúng người, đúng việc.',
  directions: 'Tiếp tục đẩy mạnh các phong trào thi đua giai đoạn 2020 - 2025.',
});

/** The QĐ khen thưởng: signed by the chairman three days before the conference. */
const DECISION = {
  signerName: 'Lê Đình Thắng',
  signedAt: '2020-03-28T09:00:00+07:00',
  documentDate: '2020-03-28',
};

export async function concludeDemoHistory(db: Db, c: Conclusion) {
  const { conference, secretary, clock } = c;
  await clock.part('2020-03-23T16:00:00+07:00', 60);
  await recordAcceptedReports(
    db,
    secretary,
    conference,
    [...c.unitIds].map(([name, unitId]) => ({
      unitId,
      sections: report(name),
      numbers: { commendations: [], directWorkerSharePercent: null },
    })),
    '2020-03-23',
  );
  await clock.part('2020-03-27T10:00:00+07:00');
  await finalizeList(db, secretary, conference, { overrideReason: '' }, { manage: true, override: false });
  await inviteAndWelcome(db, c);
  await clock.part('2020-03-28T09:00:00+07:00');
  await issueKind(db, secretary, conference, c.files, { kind: 'decision', ...DECISION });
  // each milestone marked done on its own day, at the end of the office's day
  for (const m of await listMilestones(db, conference.id)) {
    await clock.part(`${m.endDate ?? m.startDate}T16:30:00+07:00`);
    await setMilestoneDone(db, secretary, conference, m.id, { done: true, version: m.version });
  }
}

/**
 * Invitations sent and answered (27/3), then the morning of 31/3/2020 at the door: everyone who
 * said they would come checked in by the reception (lễ tân) between 07:00 and 07:30.
 */
async function inviteAndWelcome(db: Db, c: Conclusion) {
  const { conference, secretary, clock } = c;
  await clock.part('2020-03-27T14:00:00+07:00', 180);
  const invited = await listDelegates(db, conference.id);
  for (const [i, { d }] of invited.entries()) {
    // the answer recorded as it came back (the invitation was sent the same day)
    const rsvpStatus = i >= invited.length - DECLINED ? 'declined' : 'attending';
    await updateRsvp(db, secretary, conference, d.id, { rsvpStatus, substituteName: '', version: d.version });
  }
  await clock.part('2020-03-31T07:00:00+07:00', 30);
  const reception = (await loadActor(db, (await findUserByUsername(db, 'letan'))!.id))!;
  for (const { d } of await listDelegates(db, conference.id, { rsvpStatus: 'attending' })) {
    await recordCheckin(db, { delegate: d, actor: reception, method: 'search' });
  }
}
