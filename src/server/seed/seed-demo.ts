import { hashPassword } from '../auth/passwords';
import type { Db } from '../db/client';
import { createOrganization } from '../modules/organizations/mutations';
import { createCouncilMember } from '../modules/review/mutations';
import { createUnit } from '../modules/units/mutations';
import { createUser } from '../modules/users/mutations';
import type { FileStore } from '../storage/files';
import { countOrganizations } from './data';
import { storyClock } from './story-clock';
import {
  DEMO_PASSWORD,
  type DemoAccount,
  demoAccounts,
  vanYenMilestones,
  vanYenOrganization,
  vanYenPlan,
  vanYenUnits,
} from './van-yen';
import { seedHonourBoard } from './van-yen-board';
import { seedDemoConference } from './van-yen-conference';
import { COUNCIL_TERM, vanYenCouncil } from './van-yen-council';
import { seedEligibilityRules } from './van-yen-eligibility';
import { seedDemoHistory } from './van-yen-history';
import { seedDemoLive } from './van-yen-live';
import { seedMovements } from './van-yen-movements';
import { seedHistoryNotice, seedLiveNotice } from './van-yen-notice';
import { seedPastHonours } from './van-yen-past-honours';
import { seedDemoPreparation } from './van-yen-preparation';
import { seedDemoProgram } from './van-yen-program';
import { seedPublicity } from './van-yen-publicity';
import { seedHistorySummaryReport, seedLiveSummaryReport } from './van-yen-summary-report';
import { seedDemoCity, seedDemoProvince } from './van-yen-upward';

/** Seeds the Văn Yên demo: organizer, units, the 2020–2025 conference and one account per role. */
export async function seedDemo(db: Db, password = DEMO_PASSWORD) {
  const org = await createOrganization(db, null, vanYenOrganization);
  const unitIds = new Map<string, string>();
  for (const u of vanYenUnits) {
    const row = await createUnit(db, null, org.id, u);
    unitIds.set(row.name, row.id);
  }
  const plan = vanYenPlan((name) => unitIds.get(name) ?? null);
  const { conference, formIds } = await seedDemoConference(db, org, unitIds, plan, vanYenMilestones);
  // one scrypt hash for every demo account: they share the demo password
  const passwordHash = await hashPassword(password);
  const userIds = new Map<string, string>();
  const accounts: DemoAccount[] = [
    ...demoAccounts,
    ...vanYenCouncil
      .filter((c) => c.role)
      .map((c) => ({ username: c.username, fullName: c.fullName, role: c.role! })),
  ];
  for (const a of accounts) {
    const unitName = a.unitName;
    const user = await createUser(db, null, {
      organizationId: org.id,
      username: a.username,
      fullName: a.fullName,
      password,
      passwordHash,
      isSystemAdmin: a.role === 'admin',
      roles: [{ role: a.role, unitId: unitName ? (unitIds.get(unitName) ?? null) : null }],
    });
    userIds.set(a.username, user.id);
  }
  for (const c of vanYenCouncil) {
    await createCouncilMember(db, null, org.id, {
      term: COUNCIL_TERM,
      fullName: c.fullName,
      position: c.position,
      userId: userIds.get(c.username) ?? null,
      unitId: c.unitName ? (unitIds.get(c.unitName) ?? null) : null,
      active: true,
    });
  }
  return { organizationId: org.id, conferenceId: conference.id, unitIds, formIds };
}

/**
 * First run only, when the database has no organizer yet: the demo with the 2020 conference as it
 * concluded (history, preparation, program) and the live conference of the next period, dated
 * from today. `files` keeps the issued documents (the app's DATA_DIR/files).
 */
export async function seedDemoIfEmpty(db: Db, files: FileStore): Promise<boolean> {
  if ((await countOrganizations(db)) > 0) return false;
  await seedDemoAll(db, files);
  return true;
}

/**
 * The demo and the 2020 conference's history (`conclude: false`: stopped while its QĐ was a draft;
 * `preparation`: also the budget, tasks and program), every row and log entry dated to the day of
 * March 2020 it stands for: the plan signed on 18/3, the preparation from 19/3, the nominations on
 * 23/3, the council on 25/3, the conference on 31/3 (story-clock.ts).
 */
export async function seedDemoStory(
  db: Db,
  files: FileStore,
  opts: { conclude?: boolean; preparation?: boolean } = {},
) {
  const clock = storyClock(db);
  await clock.part('2020-03-18T17:10:00+07:00', 30);
  const demo = await seedDemo(db);
  if (opts.preparation) {
    await clock.part('2020-03-19T08:00:00+07:00', 120);
    await seedDemoPreparation(db, demo);
    await clock.part('2020-03-20T09:00:00+07:00', 60);
    await seedDemoProgram(db, demo);
  }
  await seedDemoHistory(db, demo, { files, conclude: opts.conclude, clock });
  await clock.settle();
  return demo;
}

/** Everything `npm start` seeds: the demo, 2020 to its conclusion, and the live conference. */
export async function seedDemoAll(db: Db, files: FileStore) {
  const demo = await seedDemoStory(db, files, { preparation: true });
  // the upper levels: the city received the 2020 delegation; the province awaits the live one
  const clock = storyClock(db);
  // the list in public notice after the council's meeting, closed before the QĐ
  await clock.part('2020-03-20T08:00:00+07:00', 60);
  await seedHistoryNotice(db, demo.organizationId, demo.conferenceId);
  await clock.part('2020-03-30T08:00:00+07:00', 60);
  await seedDemoCity(db, demo, clock);
  await clock.settle();
  // Sổ khen thưởng: the movements (one launched by the 2020 conference), the earlier honours
  // imported from an XLSX of past decisions (the 2020 QĐ wrote its own honourees when issued)
  const movementIds = await seedMovements(db, {
    organizationId: demo.organizationId,
    historyConferenceId: demo.conferenceId,
    unitIds: demo.unitIds,
  });
  // Công khai: the culture officer's photos, the 2020 exhibition album and articles (one a draft)
  await seedPublicity(db, files, { ...demo, movementIds });
  // Báo cáo tổng kết 2020: compiled from the units' reports, written over, issued on 29/3/2020
  const reportClock = storyClock(db);
  await seedHistorySummaryReport(db, files, demo.conferenceId, reportClock);
  await reportClock.settle();
  const live = await seedDemoLive(db, demo);
  await seedLiveNotice(db, demo.organizationId, live.conferenceId);
  await seedLiveSummaryReport(db, live.conferenceId);
  await seedPastHonours(db, demo);
  await seedHonourBoard(db, files, demo.conferenceId);
  await seedEligibilityRules(db, demo.organizationId);
  await seedDemoProvince(db, demo);
  return { ...demo, liveConferenceId: live.conferenceId };
}
