// The Văn Yên conference as it happened, to its end: every unit's nominations (accepted), the
// council meeting of 25/3/2020 with its secret ballot, the honorees, the five speeches and the
// delegation to the city, the honorees on the delegate list (van-yen-history-delegates.ts), then
// the conclusion (van-yen-history-conclusion.ts: reports, milestones done, list finalized, QĐ
// issued). `npm start` seeds it on first run so every page tells the same finished story; the
// test app seeds it only on request (most tests count on an empty nominations list).
import { nominationInputSchema } from '../../shared/schemas/nominations';
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { getConference } from '../modules/conferences/data';
import { recordAcceptedNominations } from '../modules/nominations/mutations';
import { castBallot, createBallot, openBallot } from '../modules/review/ballot-mutations';
import { closeBallot } from '../modules/review/close-mutations';
import { listBallotItems, listCouncilMembers } from '../modules/review/data';
import { closeMeeting, createMeeting, setAttendance } from '../modules/review/mutations';
import { addDelegationMember, addSpeech } from '../modules/selection/mutations';
import type { FileStore } from '../storage/files';
import { type StoryClock, storyClock } from './story-clock';
import { COUNCIL_TERM } from './van-yen-council';
import { concludeDemoHistory } from './van-yen-history-conclusion';
import { linkHonoreeDelegates } from './van-yen-history-delegates';
import { NOMINATIONS, NOT_SELECTED, paper } from './van-yen-history-nominations';

type Demo = { conferenceId: string; unitIds: Map<string, string>; formIds: Map<string, string> };

/** `files`: where the issued QĐ's DOCX and PDF are kept (the app's DATA_DIR/files). */
/**
 * `conclude: false` stops before the conference's end (no reports recorded, list not finalized,
 * QĐ not issued, milestones not marked): the 2020 history as it stood while the QĐ was a draft.
 */
export async function seedDemoHistory(
  db: Db,
  demo: Demo,
  opts: { files: FileStore; conclude?: boolean; clock?: StoryClock },
) {
  const conference = (await getConference(db, demo.conferenceId))!;
  const secretary = (await loadActor(db, (await findUserByUsername(db, 'thuky'))!.id))!;
  // what the seed writes now is dated to the days of March 2020 it stands for (story-clock.ts);
  // a caller that seeds more of the story passes its clock and settles it itself
  const clock = opts.clock ?? storyClock(db);
  await clock.part('2020-03-23T08:00:00+07:00', 150);
  const nominationIds: string[] = [];
  const idOf = new Map<string, string>();
  for (const [unit, rows] of [...NOMINATIONS, ...NOT_SELECTED]) {
    const inputs = rows.map((r) =>
      nominationInputSchema.parse({ ...r.input, awardFormId: demo.formIds.get(r.form) }),
    );
    const unitId = demo.unitIds.get(unit)!;
    const ids = await recordAcceptedNominations(db, secretary, conference, unitId, inputs, '2020-03-23');
    inputs.forEach((input, i) => {
      idOf.set(input.kind === 'individual' ? input.individual.fullName : input.collective.name, ids[i]!);
    });
    nominationIds.push(...ids);
  }

  // Họp Hội đồng TĐKT 25/3/2020: everyone present, one electronic secret ballot over all of them.
  await clock.part('2020-03-25T14:00:00+07:00', 60);
  const meeting = await createMeeting(db, secretary, conference, {
    term: COUNCIL_TERM,
    title: 'Họp Hội đồng Thi đua - Khen thưởng xét chọn điển hình tiên tiến',
    meetingDate: '2020-03-25',
    place: 'Hội trường UBND phường Văn Yên',
    quorumNumerator: 2,
    quorumDenominator: 3,
    tallyCommittee: [],
  });
  const members = (await listCouncilMembers(db, conference.organizationId, COUNCIL_TERM)).filter(
    (m) => m.active,
  );
  for (const m of members)
    await setAttendance(db, secretary, conference, meeting, { councilMemberId: m.id, present: true });
  const ballot = await createBallot(db, secretary, conference, meeting, {
    title: 'Phiếu bầu điển hình tiên tiến giai đoạn 2020 - 2025',
    mode: 'electronic',
    allowAbstain: false,
    items: nominationIds.map((nominationId) => ({ nominationId, excluded: [] })),
  });
  const opened = await openBallot(db, secretary, conference, meeting, ballot);
  const items = await listBallotItems(db, ballot.id);
  for (const [k, m] of members.entries()) {
    await castBallot(db, opened, m.id, Object.fromEntries(items.map((it, i) => [it.id, paper(k, i)])));
  }
  await closeBallot(db, secretary, conference, meeting, opened);
  await closeMeeting(db, secretary, conference, meeting);

  await clock.part('2020-03-26T09:00:00+07:00', 90);
  // Tham luận: 2 tổ dân phố, 1 đoàn thể, 1 cơ quan/đơn vị, 1 cá nhân (seed II.5.2).
  const speeches: [who: string, title: string][] = [
    ['Tổ dân phố 5', 'Tổ dân phố 5 chung sức xây dựng đô thị văn minh'],
    ['Tổ dân phố 3', 'Vận động nhân dân hiến đất mở rộng đường ngõ xóm'],
    ['Hội Liên hiệp Phụ nữ phường Văn Yên', 'Phụ nữ Văn Yên chung tay xây dựng đô thị văn minh'],
    ['Công an phường Văn Yên', 'Giữ bình yên cho từng khu dân cư'],
    ['Trần Thị Hường', 'Người phụ nữ tiên phong giữ gìn vệ sinh môi trường khu dân cư'],
  ];
  for (const [who, title] of speeches) {
    await addSpeech(db, secretary, conference, { nominationId: idOf.get(who)!, title });
  }

  // Đoàn dự Hội nghị điển hình tiên tiến thành phố: 1 tập thể và 5 cá nhân.
  const delegation = [
    'Tổ dân phố 5',
    'Trần Thị Hường',
    'Nguyễn Văn Lợi',
    'Võ Thị Lan Anh',
    'Đặng Thị Thu Hà',
    'Hồ Đức Anh',
  ];
  for (const who of delegation)
    await addDelegationMember(db, secretary, conference, { nominationId: idOf.get(who)! });

  // Danh sách đại biểu: the honorees linked to their nominations, in place of invented delegates.
  await linkHonoreeDelegates(db, secretary, conference);

  if (opts.conclude !== false) {
    await concludeDemoHistory(db, { ...demo, conference, secretary, files: opts.files, clock });
  }
  if (!opts.clock) await clock.settle();
}
