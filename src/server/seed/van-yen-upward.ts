// Luồng gửi lên cấp trên in the demo: UBND thành phố Hà Tĩnh (the level above the ward before
// 07/2025) received Văn Yên's 2020 delegation and accepted it; UBND tỉnh Hà Tĩnh (the level above
// since 01/7/2025) has an open conference waiting for the live delegation.
import { addDays } from '../../shared/rules/tasks';
import { todayInVietnam } from '../../shared/rules/timeline';
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { getConference } from '../modules/conferences/data';
import { addMilestone } from '../modules/conferences/mutations';
import { getNomination } from '../modules/nominations/data';
import { transitionNomination } from '../modules/nominations/mutations';
import { listDelegation } from '../modules/selection/data';
import { listSentMembers } from '../modules/upward/data';
import { sendDelegationOf } from '../modules/upward/send';
import type { StoryClock } from './story-clock';
import { seedUpperLevel, upperDeadlineMilestone } from './upper-levels';
import { DEMO_PASSWORD } from './van-yen';

/** The upper levels' secretaries (demo password as every demo account). */
export const UPPER_ACCOUNTS = {
  city: { username: 'thuky.thanhpho', fullName: 'Nguyễn Thị Minh Châu' },
  province: { username: 'thuky.tinh', fullName: 'Phan Văn Quang' },
} as const;

const WARDS_OF_CITY = ['Phường Bắc Hà', 'Phường Nam Hà', 'Phường Tân Giang'];
const WARDS_OF_PROVINCE = ['Phường Thành Sen', 'Phường Trần Phú', 'Xã Thạch Hà'];

/**
 * The city's 2020 conference: created without a deadline, the ward's delegation sent to it (story
 * time 02/4/2020), accepted by the city's secretary, then its deadline (10/4/2020) as it was.
 */
export async function seedDemoCity(
  db: Db,
  demo: { organizationId: string; conferenceId: string },
  clock?: StoryClock,
) {
  const city = await seedUpperLevel(db, {
    organization: {
      name: 'UBND thành phố Hà Tĩnh',
      parentName: 'UBND tỉnh Hà Tĩnh',
      level: 'district',
      place: 'Hà Tĩnh',
    },
    conferenceName: 'Hội nghị điển hình tiên tiến thành phố Hà Tĩnh giai đoạn 2020 - 2025',
    deadline: null,
    linked: { organizationId: demo.organizationId, unitName: 'Phường Văn Yên' },
    otherUnits: WARDS_OF_CITY,
    quota: { 'DHTT-CN': 5, 'DHTT-TT': 1 },
    secretary: { ...UPPER_ACCOUNTS.city, password: DEMO_PASSWORD },
  });
  const wardSecretary = (await loadActor(db, (await findUserByUsername(db, 'thuky'))!.id))!;
  const citySecretary = (await loadActor(db, city.secretaryId))!;
  const ward2020 = (await getConference(db, demo.conferenceId))!;
  await clock?.part('2020-04-02T09:00:00+07:00', 30);
  await sendDelegationOf(db, wardSecretary, ward2020, { targetConferenceId: city.conference.id });
  await clock?.part('2020-04-08T14:00:00+07:00', 30);
  const delegation = await listDelegation(db, ward2020.id);
  const sent = await listSentMembers(
    db,
    delegation.map((d) => d.nominationId),
  );
  for (const s of sent) {
    const n = (await getNomination(db, city.conference.id, s.nominationId))!;
    await transitionNomination(db, citySecretary, city.conference, n.id, 'accept', { version: n.version });
  }
  await addMilestone(db, citySecretary, city.conference, upperDeadlineMilestone('2020-04-10'));
  return city;
}

/** The province's open conference (deadline in two weeks), Văn Yên a linked unit with room for its delegation. */
export async function seedDemoProvince(db: Db, demo: { organizationId: string }, today = todayInVietnam()) {
  return seedUpperLevel(db, {
    organization: { name: 'UBND tỉnh Hà Tĩnh', parentName: '', level: 'province', place: 'Hà Tĩnh' },
    conferenceName: 'Hội nghị điển hình tiên tiến tỉnh Hà Tĩnh giai đoạn 2025 - 2030',
    deadline: addDays(today, 14),
    linked: { organizationId: demo.organizationId, unitName: 'Phường Văn Yên' },
    otherUnits: WARDS_OF_PROVINCE,
    quota: { 'DHTT-CN': 6, 'DHTT-TT': 2 },
    secretary: { ...UPPER_ACCOUNTS.province, password: DEMO_PASSWORD },
  });
}
