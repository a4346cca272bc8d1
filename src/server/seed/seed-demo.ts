import { delegateInputSchema } from '../../shared/schemas/delegates';
import { awardFormInputSchema } from '../../shared/schemas/nominations';
import { planSchema } from '../../shared/schemas/plan';
import { hashPassword } from '../auth/passwords';
import type { Db } from '../db/client';
import { quotas } from '../db/schema/index';
import { createAwardForm } from '../modules/award-forms/mutations';
import { createConference } from '../modules/conferences/mutations';
import { insertDelegates } from '../modules/delegates/mutations';
import { createOrganization } from '../modules/organizations/mutations';
import { createCouncilMember } from '../modules/review/mutations';
import { createUnit } from '../modules/units/mutations';
import { createUser } from '../modules/users/mutations';
import { countOrganizations } from './data';
import {
  DEMO_PASSWORD,
  type DemoAccount,
  demoAccounts,
  vanYenMilestones,
  vanYenOrganization,
  vanYenPlan,
  vanYenUnits,
} from './van-yen';
import { vanYenAwardForms, vanYenQuotas } from './van-yen-awards';
import { COUNCIL_TERM, vanYenCouncil } from './van-yen-council';
import { vanYenDelegates } from './van-yen-delegates';
import { seedDemoHistory } from './van-yen-history';
import { seedDemoPreparation } from './van-yen-preparation';
import { seedDemoProgram } from './van-yen-program';

/** Seeds the Văn Yên demo: organizer, units, the 2020–2025 conference and one account per role. */
export async function seedDemo(db: Db, password = DEMO_PASSWORD) {
  const org = await createOrganization(db, null, vanYenOrganization);
  const unitIds = new Map<string, string>();
  for (const u of vanYenUnits) {
    const row = await createUnit(db, null, org.id, u);
    unitIds.set(row.name, row.id);
  }
  const plan = planSchema.parse(vanYenPlan((name) => unitIds.get(name) ?? null));
  const conference = await createConference(db, null, org.id, plan, vanYenMilestones);
  const formIds = new Map<string, string>();
  for (const f of vanYenAwardForms) {
    const row = await createAwardForm(db, null, conference, awardFormInputSchema.parse(f));
    formIds.set(f.code, row.id);
  }
  await db.insert(quotas).values(
    vanYenQuotas.flatMap((q) =>
      vanYenUnits
        .filter((u) => !q.unitFilter || q.unitFilter(u.name))
        .map((u) => ({
          organizationId: org.id,
          conferenceId: conference.id,
          unitId: unitIds.get(u.name)!,
          awardFormId: formIds.get(q.code)!,
          count: q.count,
        })),
    ),
  );
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
  // Danh sách đại biểu at the seed's composition: 70 exemplary delegates, 30 invited guests.
  await db.transaction(async (tx) => {
    const inputs = vanYenDelegates().map((d) => {
      const input = delegateInputSchema.parse(d);
      return d.category === 'exemplary' ? { ...input, unitId: unitIds.get(input.unitName) ?? null } : input;
    });
    await insertDelegates({ tx, actor: null, conf: conference, inputs, source: 'manual' });
  });
  return { organizationId: org.id, conferenceId: conference.id, unitIds, formIds };
}

/** First run only: seeds the demo and its 2020 history when the database has no organizer yet. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  if ((await countOrganizations(db)) > 0) return false;
  const demo = await seedDemo(db);
  await seedDemoHistory(db, demo);
  await seedDemoPreparation(db, demo);
  await seedDemoProgram(db, demo);
  return true;
}
