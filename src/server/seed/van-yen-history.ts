// The Văn Yên conference as it happened (seed steps 2–3): the units' accepted nominations, the
// council meeting of 25/3/2020 with its secret ballot, the honorees, the five speeches and the
// delegation to the city, and the honorees on the delegate list (van-yen-history-delegates.ts).
// `npm start` seeds it on first run so every document of the conference has its data; the test
// app seeds without it (tests count on an empty nominations list).
import { nominationInputSchema } from '../../shared/schemas/nominations';
import type { Choice } from '../../shared/schemas/review';
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { getConference } from '../modules/conferences/data';
import { recordAcceptedNominations } from '../modules/nominations/mutations';
import { castBallot, closeBallot, createBallot, openBallot } from '../modules/review/ballot-mutations';
import { listBallotItems, listCouncilMembers } from '../modules/review/data';
import { closeMeeting, createMeeting, setAttendance } from '../modules/review/mutations';
import { addDelegationMember, addSpeech } from '../modules/selection/mutations';
import { COUNCIL_TERM } from './van-yen-council';
import { linkHonoreeDelegates } from './van-yen-history-delegates';

type Demo = { conferenceId: string; unitIds: Map<string, string>; formIds: Map<string, string> };

const REVIEW = { meetingDate: '2020-03-19', membersPresent: 9, votesFor: 9, votesTotal: 9 };

const person = (
  form: string,
  fullName: string,
  gender: 'male' | 'female',
  birthYear: number,
  position: string,
  occupationGroup: string,
  summary: string,
) => ({
  form,
  input: {
    kind: 'individual',
    individual: {
      fullName,
      gender,
      birthYear,
      ethnicity: 'Kinh',
      position,
      occupationGroup,
      field: '',
      phone: '',
    },
    summaryHtml: `<p>${summary}</p>`,
    unitReview: REVIEW,
  },
});

const collective = (
  form: string,
  name: string,
  headName: string,
  memberCount: number,
  women: number,
  summary: string,
) => ({
  form,
  input: {
    kind: 'collective',
    collective: { name, collectiveType: 'Tập thể', headName, memberCount, womenSharePercent: women },
    summaryHtml: `<p>${summary}</p>`,
    unitReview: REVIEW,
  },
});

/** Unit → its accepted nominations (names invented, plausible; the seed names none). */
const NOMINATIONS: [unit: string, rows: ReturnType<typeof person | typeof collective>[]][] = [
  [
    'Tổ dân phố 5',
    [
      collective(
        'DHTT-TT',
        'Tổ dân phố 5',
        'Nguyễn Văn Tâm',
        312,
        52,
        'Dẫn đầu phong trào xây dựng đô thị văn minh, 100% hộ đạt gia đình văn hóa.',
      ),
      person(
        'DHTT-CN',
        'Trần Thị Hường',
        'female',
        1968,
        'Tổ trưởng tổ phụ nữ',
        'direct_producer',
        'Vận động hội viên tham gia vệ sinh môi trường, trồng cây xanh.',
      ),
    ],
  ],
  [
    'Tổ dân phố 3',
    [
      collective(
        'DHTT-TT',
        'Tổ dân phố 3',
        'Phạm Thị Liên',
        286,
        55,
        'Hoàn thành xuất sắc vận động hiến đất mở rộng đường ngõ xóm.',
      ),
      person(
        'DHTT-CN',
        'Nguyễn Văn Lợi',
        'male',
        1959,
        'Chi hội trưởng Cựu chiến binh',
        'other',
        'Gương người tốt việc tốt, hòa giải thành nhiều vụ việc ở cơ sở.',
      ),
    ],
  ],
  [
    'Hội LHPN phường',
    [
      collective(
        'DHTT-TT',
        'Hội Liên hiệp Phụ nữ phường Văn Yên',
        'Lê Thị Thanh Hương',
        1240,
        100,
        'Mô hình "Phụ nữ Văn Yên chung tay xây dựng đô thị văn minh".',
      ),
      person(
        'DHTT-CN',
        'Võ Thị Lan Anh',
        'female',
        1985,
        'Hội viên',
        'direct_producer',
        'Khởi nghiệp sản xuất sạch, tạo việc làm cho 12 lao động nữ.',
      ),
    ],
  ],
  [
    'Trường Tiểu học Văn Yên',
    [
      collective(
        'DHTT-TT',
        'Trường Tiểu học Văn Yên',
        'Nguyễn Thị Thủy',
        48,
        85,
        'Nhiều năm liền đạt trường tiên tiến xuất sắc, 100% học sinh hoàn thành chương trình.',
      ),
      person(
        'DHTT-CN',
        'Đặng Thị Thu Hà',
        'female',
        1979,
        'Giáo viên',
        'civil_servant',
        'Giáo viên dạy giỏi cấp tỉnh, sáng kiến kinh nghiệm cấp thành phố.',
      ),
    ],
  ],
  [
    'Công an phường',
    [
      collective(
        'DHTT-TT',
        'Công an phường Văn Yên',
        'Võ Văn Hùng',
        24,
        12,
        'Giữ vững an ninh trật tự, nhiều năm không để xảy ra tội phạm nghiêm trọng trên địa bàn.',
      ),
      person(
        'DHTT-CN',
        'Hoàng Văn Quân',
        'male',
        1988,
        'Cảnh sát khu vực',
        'other',
        'Đảm bảo an ninh trật tự địa bàn, vận động nhân dân giao nộp vũ khí.',
      ),
    ],
  ],
  [
    'Đoàn Thanh niên phường',
    [
      person(
        'DHTT-CN',
        'Hồ Đức Anh',
        'male',
        1993,
        'Bí thư Đoàn phường',
        'civil_servant',
        'Tổ chức thanh niên tình nguyện làm sạch môi trường, hiến máu nhân đạo.',
      ),
    ],
  ],
  [
    'Tổ dân phố 7',
    [
      person(
        'DHTT-CN',
        'Đinh Thị Hoa',
        'female',
        1962,
        'Hộ kinh doanh',
        'direct_producer',
        'Hộ kinh doanh giỏi, ủng hộ quỹ vì người nghèo nhiều năm liền.',
      ),
    ],
  ],
];

/** Each member's ballot paper: agree on all, with a few disagreements so the counts are real. */
const paper = (member: number, item: number): Choice =>
  (member * 7 + item * 3) % 11 === 0 ? 'disagree' : 'agree';

export async function seedDemoHistory(db: Db, demo: Demo) {
  const conference = (await getConference(db, demo.conferenceId))!;
  const secretary = (await loadActor(db, (await findUserByUsername(db, 'thuky'))!.id))!;
  const nominationIds: string[] = [];
  const idOf = new Map<string, string>();
  for (const [unit, rows] of NOMINATIONS) {
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
  for (const who of delegation) await addDelegationMember(db, secretary, conference, idOf.get(who)!);

  // Danh sách đại biểu: the honorees linked to their nominations, in place of invented delegates.
  await linkHonoreeDelegates(db, secretary, conference);
}
