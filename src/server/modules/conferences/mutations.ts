import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { MilestoneInput, Plan } from '../../../shared/schemas/plan';
import type { Db } from '../../db/client';
import { conferences, milestones, units } from '../../db/schema/index';
import { deleteVersioned, updateVersioned } from '../../db/versioned';
import { AppError, notFound } from '../../errors';
import { writeAudit, writeConferenceAudit } from '../audit/mutations';
import { type ConferenceRow, getConferenceOverview, getMilestone } from './data';
import { presentConference, presentMilestone } from './presenters';

/** Units referenced by the plan must belong to the conference's organizer. */
async function assertPlanUnits(tx: Db, organizationId: string, plan: Plan) {
  const ids = plan.performanceAllocations.map((a) => a.unitId).filter((id): id is string => id !== null);
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.organizationId, organizationId), inArray(units.id, ids)));
  const known = new Set(found.map((u) => u.id));
  const fields: Record<string, string> = {};
  plan.performanceAllocations.forEach((a, i) => {
    if (a.unitId && !known.has(a.unitId)) {
      fields[`plan.performanceAllocations.${i}.unitId`] = `Đơn vị "${a.unitName}" không thuộc tổ chức này`;
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new AppError('VALIDATION', Object.values(fields).join('; '), { fields });
  }
}

export async function createConference(
  db: Db,
  actor: Actor | null,
  organizationId: string,
  plan: Plan,
  milestoneInputs: MilestoneInput[] = [],
): Promise<ConferenceRow> {
  return db.transaction(async (tx) => {
    await assertPlanUnits(tx, organizationId, plan);
    const [row] = await tx.insert(conferences).values({ organizationId, plan }).returning();
    if (!row) throw new Error('insert returned nothing');
    if (milestoneInputs.length > 0) {
      await tx
        .insert(milestones)
        .values(
          milestoneInputs.map((m, i) => ({ ...m, organizationId, conferenceId: row.id, sortOrder: i })),
        );
    }
    await writeAudit(tx, actor, {
      organizationId,
      conferenceId: row.id,
      action: 'conference.created',
      entityType: 'conference',
      entityId: row.id,
      after: { ...row, milestones: milestoneInputs },
    });
    return row;
  });
}

async function currentPresented(tx: Db, id: string, actor: Actor) {
  const o = await getConferenceOverview(tx, id);
  return o && presentConference(o.conference, o.organization, o.milestones, actor);
}

export async function updatePlan(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  plan: Plan,
  version: number,
) {
  return db.transaction(async (tx) => {
    await assertPlanUnits(tx, conference.organizationId, plan);
    const after = await updateVersioned(tx, conferences, conference.id, version, { plan }, () =>
      currentPresented(tx, conference.id, actor),
    );
    await writeConferenceAudit(tx, actor, conference, {
      action: 'conference.plan_updated',
      entityType: 'conference',
      entityId: conference.id,
      before: conference.plan,
      after: after.plan,
    });
    return after;
  });
}

export async function addMilestone(db: Db, actor: Actor, conference: ConferenceRow, input: MilestoneInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(milestones)
      .values({
        ...input,
        organizationId: conference.organizationId,
        conferenceId: conference.id,
        sortOrder: 0,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await writeConferenceAudit(tx, actor, conference, {
      action: 'milestone.created',
      entityType: 'milestone',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export async function updateMilestone(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  id: string,
  input: Omit<MilestoneInput, 'kind'> & { kind?: MilestoneInput['kind']; done: boolean; version: number },
) {
  return db.transaction(async (tx) => {
    const before = await getMilestone(tx, conference.id, id);
    if (!before) throw notFound('mốc thời gian');
    const { version, ...values } = input;
    const after = await updateVersioned(
      tx,
      milestones,
      id,
      version,
      { ...values, kind: values.kind ?? before.kind },
      async () => {
        const current = await getMilestone(tx, conference.id, id);
        return current && presentMilestone(current);
      },
    );
    await writeConferenceAudit(tx, actor, conference, {
      action: 'milestone.updated',
      entityType: 'milestone',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteMilestone(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  id: string,
  version: number,
) {
  await db.transaction(async (tx) => {
    const before = await getMilestone(tx, conference.id, id);
    if (!before) throw notFound('mốc thời gian');
    await deleteVersioned(tx, milestones, id, version, presentMilestone(before));
    await writeConferenceAudit(tx, actor, conference, {
      action: 'milestone.deleted',
      entityType: 'milestone',
      entityId: id,
      before,
    });
  });
}
