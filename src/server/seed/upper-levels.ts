// Cấp trên — an upper-level organizer of the demo (UBND thành phố Hà Tĩnh before 07/2025, UBND tỉnh
// Hà Tĩnh after it) with one conference, the unit standing for Văn Yên (linked to the ward) and its
// quota, and a secretary. The upward flow (modules/upward) sends Văn Yên's delegation there.
import { eq } from 'drizzle-orm';
import type { OrgLevel } from '../../shared/schemas/enums';
import { awardFormInputSchema } from '../../shared/schemas/nominations';
import { type MilestoneInput, planSchema } from '../../shared/schemas/plan';
import type { Db } from '../db/client';
import { quotas, units } from '../db/schema/index';
import { createAwardForm } from '../modules/award-forms/mutations';
import { createConference } from '../modules/conferences/mutations';
import { createOrganization } from '../modules/organizations/mutations';
import { createUnit } from '../modules/units/mutations';
import { createUser } from '../modules/users/mutations';
import { vanYenPlan } from './van-yen';
import { vanYenAwardForms } from './van-yen-awards';

/** The forms a ward's delegation is received under: the same names as the ward's (matched by name). */
const UPPER_FORM_CODES = ['DHTT-CN', 'DHTT-TT'] as const;

/** Hạn nộp of the upper level's units. */
export const upperDeadlineMilestone = (date: string): MilestoneInput => ({
  startDate: date,
  endDate: null,
  title: 'Hạn các đơn vị gửi hồ sơ đề nghị vinh danh',
  responsible: 'Các đơn vị',
  kind: 'submission_deadline',
  startTime: null,
});

export type UpperLevelSpec = {
  organization: { name: string; parentName: string; level: OrgLevel; place: string };
  conferenceName: string;
  /** Hạn nộp hồ sơ of the units (ISO date); null: none (yet). */
  deadline: string | null;
  /** The lower organizer the unit stands for, and its name as a unit of the upper level. */
  linked: { organizationId: string; unitName: string };
  /** Other units of the upper level (wards not on this deployment). */
  otherUnits?: string[];
  /** Chỉ tiêu of the linked unit per form code. */
  quota: Record<(typeof UPPER_FORM_CODES)[number], number>;
  secretary: { username: string; fullName: string; password: string; passwordHash?: string };
};

export async function seedUpperLevel(db: Db, spec: UpperLevelSpec) {
  const org = await createOrganization(db, null, spec.organization);
  const unitIds = new Map<string, string>();
  for (const name of [spec.linked.unitName, ...(spec.otherUnits ?? [])]) {
    const row = await createUnit(db, null, org.id, { name, type: 'agency', headName: '', phone: '' });
    unitIds.set(name, row.id);
  }
  const unitId = unitIds.get(spec.linked.unitName)!;
  await db
    .update(units)
    .set({ linkedOrganizationId: spec.linked.organizationId })
    .where(eq(units.id, unitId));
  const plan = planSchema.parse({
    ...vanYenPlan(() => null),
    name: spec.conferenceName,
    delegationQuota: {
      targetName: spec.organization.parentName || 'Trung ương',
      collectives: 0,
      individuals: 0,
    },
  });
  const conference = await createConference(
    db,
    null,
    org.id,
    plan,
    spec.deadline ? [upperDeadlineMilestone(spec.deadline)] : [],
  );
  const formIds = new Map<string, string>();
  for (const f of vanYenAwardForms.filter((x) => (UPPER_FORM_CODES as readonly string[]).includes(x.code))) {
    const row = await createAwardForm(db, null, conference, awardFormInputSchema.parse(f));
    formIds.set(f.code, row.id);
  }
  await db.insert(quotas).values(
    UPPER_FORM_CODES.map((code) => ({
      organizationId: org.id,
      conferenceId: conference.id,
      unitId,
      awardFormId: formIds.get(code)!,
      count: spec.quota[code],
    })),
  );
  const secretary = await createUser(db, null, {
    organizationId: org.id,
    username: spec.secretary.username,
    fullName: spec.secretary.fullName,
    password: spec.secretary.password,
    passwordHash: spec.secretary.passwordHash,
    isSystemAdmin: false,
    roles: [{ role: 'secretary', unitId: null }],
  });
  return { organizationId: org.id, conference, unitId, unitIds, formIds, secretaryId: secretary.id };
}
