// One demo conference of the Văn Yên ward, as both demo conferences (2020 and the live one) are
// made: the plan and milestones, the award forms and quotas of the seed, the delegate list.
import { delegateInputSchema } from '../../shared/schemas/delegates';
import { awardFormInputSchema } from '../../shared/schemas/nominations';
import { type MilestoneInput, type PlanInput, planSchema } from '../../shared/schemas/plan';
import type { Db } from '../db/client';
import { quotas } from '../db/schema/index';
import { createAwardForm } from '../modules/award-forms/mutations';
import { createConference } from '../modules/conferences/mutations';
import { insertDelegates } from '../modules/delegates/mutations';
import { vanYenUnits } from './van-yen';
import { vanYenAwardForms, vanYenQuotas } from './van-yen-awards';
import { vanYenDelegates } from './van-yen-delegates';

/**
 * One demo conference of the ward: its plan and milestones, the award forms and quotas, and the
 * Danh sách đại biểu at the seed's composition (70 exemplary delegates, 30 invited guests).
 */
export async function seedDemoConference(
  db: Db,
  org: { id: string },
  unitIds: Map<string, string>,
  plan: PlanInput,
  milestones: MilestoneInput[],
) {
  const conference = await createConference(db, null, org.id, planSchema.parse(plan), milestones);
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
  await db.transaction(async (tx) => {
    const inputs = vanYenDelegates().map((d) => {
      const input = delegateInputSchema.parse(d);
      return d.category === 'exemplary' ? { ...input, unitId: unitIds.get(input.unitName) ?? null } : input;
    });
    await insertDelegates({ tx, actor: null, conf: conference, inputs, source: 'manual' });
  });
  return { conference, formIds };
}
