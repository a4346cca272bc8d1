// The LIVE demo: the Văn Yên conference of the next period (2025 – 2030), dated from the day it
// is seeded (the first `npm start`), so a newcomer can try every role today without editing a
// date. Today is the submission deadline (units may still send through the end of the day) and
// the council's review meeting, open with an electronic ballot on the nominees four units have
// sent and the office accepted; the conference is tomorrow, so reception is open from today.
// Tổ dân phố 5 (tdp5) has sent nothing yet; Phạm Văn Minh (uyvien) has not voted yet.
import { addDays } from '../../shared/rules/tasks';
import { todayInVietnam } from '../../shared/rules/timeline';
import { nominationInputSchema } from '../../shared/schemas/nominations';
import type { MilestoneInput, PlanInput } from '../../shared/schemas/plan';
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { listMilestones } from '../modules/conferences/data';
import { setMilestoneDone } from '../modules/conferences/mutations';
import {
  createNominations,
  recordAcceptedNominations,
  transitionNomination,
} from '../modules/nominations/mutations';
import { castBallot, createBallot, openBallot } from '../modules/review/ballot-mutations';
import { listBallotItems, listCouncilMembers } from '../modules/review/data';
import { createMeeting, setAttendance } from '../modules/review/mutations';
import { recordAcceptedReports } from '../modules/unit-reports/mutations';
import { vanYenMilestones, vanYenPlan } from './van-yen';
import { seedDemoConference } from './van-yen-conference';
import { COUNCIL_TERM } from './van-yen-council';
import { collective, person } from './van-yen-history-nominations';

type Demo = { organizationId: string; unitIds: Map<string, string> };
type Nominee = ReturnType<typeof person | typeof collective>;

const PERIOD = /\b(2015|2016|2020)(\s*[-–]\s*)(2020|2025)\b/g;

/** The 2020 plan carried over to the next period: names, years, signing, the province's conference. */
export function vanYenLivePlan(unitIdByName: (name: string) => string | null, today: string): PlanInput {
  const carried = JSON.parse(
    JSON.stringify(vanYenPlan(unitIdByName)).replace(
      PERIOD,
      (_, a: string, dash: string, b: string) => `${Number(a) + 5}${dash}${Number(b) + 5}`,
    ),
  ) as PlanInput;
  return {
    ...carried,
    name: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030',
    periodStart: 2025,
    periodEnd: 2030,
    timeNote: 'Một buổi',
    preamble:
      'Ủy ban nhân dân phường Văn Yên ban hành Kế hoạch tổ chức Hội nghị điển hình tiên tiến giai đoạn 2025 - 2030 với các nội dung như sau:',
    legalBasis: ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
    delegationQuota: {
      targetName: 'Hội nghị điển hình tiên tiến tỉnh Hà Tĩnh',
      collectives: 1,
      individuals: 5,
    },
    documentNumber: null,
    signedAt: `${addDays(today, -7)}T16:00:00+07:00`,
  };
}

/** The 2020 timeline's seven milestones, moved so that today is the deadline and tomorrow the day. */
export function vanYenLiveMilestones(today: string): MilestoneInput[] {
  const at = (days: number) => addDays(today, days);
  const days: [start: number, end: number | null][] = [
    [-6, null], // Hội đồng họp triển khai kế hoạch
    [-6, -5], // gửi kế hoạch cho các đơn vị
    [-4, -1], // các đơn vị chuẩn bị, bình xét
    [0, null], // hạn gửi báo cáo, đề nghị
    [0, null], // Hội đồng họp xét chọn
    [0, null], // hoàn chỉnh báo cáo tổng kết, chuẩn bị điều kiện
    [1, null], // tổ chức Hội nghị
  ];
  return vanYenMilestones.map((m, i) => {
    const [start, end] = days[i]!;
    return { ...m, startDate: at(start), endDate: end === null ? null : at(end) };
  });
}

/** Sent by four units and accepted by the office before today. */
const ACCEPTED: [unit: string, rows: Nominee[]][] = [
  [
    'Tổ dân phố 3',
    [
      collective(
        'DHTT-TT',
        'Tổ dân phố 3',
        'Phạm Thị Liên',
        290,
        54,
        'Dẫn đầu phong trào phân loại rác tại nguồn.',
      ),
      person(
        'DHTT-CN',
        'Phạm Văn Hòa',
        'male',
        1962,
        'Trưởng ban công tác Mặt trận',
        'other',
        'Vận động nhân dân hiến đất làm đường.',
      ),
    ],
  ],
  [
    'Hội LHPN phường',
    [
      person(
        'DHTT-CN',
        'Nguyễn Thị Hạnh',
        'female',
        1984,
        'Chi hội trưởng phụ nữ',
        'direct_producer',
        'Mô hình sinh kế cho phụ nữ khó khăn.',
      ),
    ],
  ],
  [
    'Trường Tiểu học Văn Yên',
    [
      person(
        'DHTT-CN',
        'Trần Thị Mỹ Linh',
        'female',
        1988,
        'Giáo viên',
        'civil_servant',
        'Giáo viên dạy giỏi cấp tỉnh.',
      ),
    ],
  ],
  [
    'Công an phường',
    [
      person(
        'DHTT-CN',
        'Lê Văn Đức',
        'male',
        1991,
        'Cảnh sát khu vực',
        'other',
        'Giữ vững an ninh trật tự địa bàn.',
      ),
    ],
  ],
];

/** Sent today by Tổ dân phố 1, waiting for the office. */
const PENDING: Nominee = person(
  'DHTT-CN',
  'Hoàng Văn Sơn',
  'male',
  1966,
  'Tổ trưởng tổ tự quản',
  'other',
  'Gương người tốt việc tốt.',
);

export async function seedDemoLive(db: Db, demo: Demo, today = todayInVietnam()) {
  const unitOf = (name: string) => demo.unitIds.get(name) ?? null;
  const { conference, formIds } = await seedDemoConference(
    db,
    { id: demo.organizationId },
    demo.unitIds,
    vanYenLivePlan(unitOf, today),
    vanYenLiveMilestones(today),
  );
  const secretary = (await loadActor(db, (await findUserByUsername(db, 'thuky'))!.id))!;
  const parse = (r: Nominee) => nominationInputSchema.parse({ ...r.input, awardFormId: formIds.get(r.form) });

  // What is behind us: the first meeting, the plan sent, the units' preparation.
  for (const m of (await listMilestones(db, conference.id)).filter((m) => m.startDate < today)) {
    await setMilestoneDone(db, secretary, conference, m.id, { done: true, version: m.version });
  }
  const nominationIds: string[] = [];
  for (const [unit, rows] of ACCEPTED) {
    const ids = await recordAcceptedNominations(
      db,
      secretary,
      conference,
      unitOf(unit)!,
      rows.map(parse),
      addDays(today, -1),
    );
    nominationIds.push(...ids);
  }
  await recordAcceptedReports(
    db,
    secretary,
    conference,
    ACCEPTED.map(([unit]) => ({
      unitId: unitOf(unit)!,
      sections: {
        movements: `${unit} hưởng ứng phong trào "Xây dựng đô thị văn minh".`,
        commendations: 'Đề nghị vinh danh các tập thể, cá nhân tiêu biểu.',
        leadership: '',
        shortcomings: '',
        lessons: '',
        directions: 'Tiếp tục đẩy mạnh các phong trào thi đua giai đoạn 2025 - 2030.',
      },
      numbers: { commendations: [], directWorkerSharePercent: null },
    })),
    addDays(today, -1),
  );
  const tdp1 = unitOf('Tổ dân phố 1')!;
  const [pendingId] = await createNominations(db, secretary, conference, tdp1, [parse(PENDING)]);
  await transitionNomination(db, secretary, conference, pendingId!, 'submit', { version: 1 });

  // Họp Hội đồng xét chọn, today: everyone present, the electronic ballot open.
  const meeting = await createMeeting(db, secretary, conference, {
    term: COUNCIL_TERM,
    title: 'Họp Hội đồng Thi đua - Khen thưởng xét chọn điển hình tiên tiến',
    meetingDate: today,
    place: 'Hội trường UBND phường Văn Yên',
    quorumNumerator: 2,
    quorumDenominator: 3,
    tallyCommittee: [],
  });
  const members = (await listCouncilMembers(db, demo.organizationId, COUNCIL_TERM)).filter((m) => m.active);
  for (const m of members)
    await setAttendance(db, secretary, conference, meeting, { councilMemberId: m.id, present: true });
  const ballot = await createBallot(
    db,
    secretary,
    conference,
    { ...meeting, status: 'open' },
    {
      title: 'Phiếu bầu điển hình tiên tiến giai đoạn 2025 - 2030',
      mode: 'electronic',
      allowAbstain: false,
      items: nominationIds.map((nominationId) => ({ nominationId, excluded: [] })),
    },
  );
  await openBallot(db, secretary, conference, { ...meeting, status: 'open' }, ballot);
  // no paper cast yet: the running totals live in the memory of the process that opened the
  // ballot, so a seeded paper would void the ballot at the next start; with none cast, the
  // restarted server adopts the open ballot and the first member to vote today counts
  return { conferenceId: conference.id, formIds, meetingId: meeting.id, ballotId: ballot.id };
}
