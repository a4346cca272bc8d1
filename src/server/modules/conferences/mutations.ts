import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { markDoneRefusal } from '../../../shared/rules/lifecycle';
import type { Actor } from '../../../shared/rules/permissions';
import { planConsistencyWarnings, unacknowledgedWarnings } from '../../../shared/rules/plan-consistency';
import { DEFAULT_START } from '../../../shared/rules/program';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { MilestoneInput, Plan, PlanWarning } from '../../../shared/schemas/plan';
import type { Db } from '../../db/client';
import { conferences, milestones, nominations, units } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, orNotFound } from '../../errors';
import { auditedRowWrites, insertAudited } from '../audit/audited-mutations';
import { writeAudit, writeConferenceAudit } from '../audit/mutations';
import { type ConferenceRow, getConferenceOverview, getMilestone, type MilestoneRow } from './data';
import { lifecycleFacts, loadStoredFacts } from './lifecycle-data';
import { presentConference, presentMilestone } from './presenters';

/** The conference-day milestone a new conference gets when its date is given. */
export const conferenceDayMilestone = (date: string, startTime: string | null): MilestoneInput => ({
  startDate: date,
  endDate: null,
  title: 'Tổ chức Hội nghị',
  responsible: '',
  kind: 'conference_day',
  startTime,
});

/**
 * Units referenced by the plan must belong to the conference's organizer; honorees named by a
 * speech part must be nominations of this conference (a new conference has none yet).
 */
async function assertPlanReferences(tx: Db, organizationId: string, plan: Plan, conferenceId: string | null) {
  const parts = plan.speechRule.parts;
  const unitIds = [
    ...plan.performanceAllocations.map((a) => a.unitId),
    ...parts.map((p) => (p.kind === 'unit' ? p.unitId : undefined)),
  ].filter((id): id is string => !!id);
  const nominationIds = parts
    .map((p) => (p.kind === 'honoree' ? p.nominationId : undefined))
    .filter((id): id is string => !!id);
  const knownUnits = new Set(
    unitIds.length === 0
      ? []
      : (
          await tx
            .select({ id: units.id })
            .from(units)
            .where(and(eq(units.organizationId, organizationId), inArray(units.id, unitIds)))
        ).map((u) => u.id),
  );
  const knownNominations = new Set(
    nominationIds.length === 0 || !conferenceId
      ? []
      : (
          await tx
            .select({ id: nominations.id })
            .from(nominations)
            .where(and(eq(nominations.conferenceId, conferenceId), inArray(nominations.id, nominationIds)))
        ).map((n) => n.id),
  );
  const fields: Record<string, string> = {};
  plan.performanceAllocations.forEach((a, i) => {
    if (a.unitId && !knownUnits.has(a.unitId)) {
      fields[`plan.performanceAllocations.${i}.unitId`] = `Đơn vị "${a.unitName}" không thuộc tổ chức này`;
    }
  });
  parts.forEach((p, i) => {
    if (p.kind === 'unit' && p.unitId && !knownUnits.has(p.unitId)) {
      fields[`plan.speechRule.parts.${i}.unitId`] =
        `Phần tham luận "${p.label}": đơn vị được chọn không thuộc tổ chức này`;
    }
    if (p.kind === 'honoree' && p.nominationId && !knownNominations.has(p.nominationId)) {
      fields[`plan.speechRule.parts.${i}.nominationId`] =
        `Phần tham luận "${p.label}": tập thể/cá nhân được chọn không thuộc hồ sơ đề nghị của Hội nghị này`;
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new AppError('VALIDATION', Object.values(fields).join('; '), { fields });
  }
}

/**
 * Cảnh báo kế hoạch: the plan's contradicting figures must all be acknowledged (by code), else
 * 422 with every warning and nothing saved. Returns the acknowledged warnings, for the audit.
 */
function acceptedWarnings(plan: Plan, acknowledged: readonly string[] = []): PlanWarning[] {
  const warnings = planConsistencyWarnings(plan);
  const missing = unacknowledgedWarnings(warnings, acknowledged);
  if (missing.length > 0) {
    throw new AppError(
      'INVALID_STATE',
      `Kế hoạch có ${missing.length} số liệu mâu thuẫn nhau: ${missing.map((w) => w.message).join('; ')}. Hãy sửa, hoặc xác nhận vẫn lưu.`,
      { warnings: missing },
    );
  }
  return warnings;
}

/** The audit's `after` of a plan save: the plan, and the warnings the secretary accepted if any. */
const withAcknowledged = <T extends object>(after: T, warnings: PlanWarning[]) =>
  warnings.length > 0 ? { ...after, acknowledgedWarnings: warnings } : after;

/**
 * A new conference from a plan — the same rule as a plan save: contradicting figures are
 * refused unless acknowledged. (A copy for the next period, copy-mutations.ts, is not checked
 * again: it copies a plan that was already saved, its warnings acknowledged then.)
 */
export async function createConference(
  db: Db,
  actor: Actor | null,
  organizationId: string,
  plan: Plan,
  milestoneInputs: MilestoneInput[] = [],
  acknowledged: readonly string[] = [],
): Promise<ConferenceRow> {
  const warnings = acceptedWarnings(plan, acknowledged);
  return db.transaction(async (tx) => {
    await assertPlanReferences(tx, organizationId, plan, null);
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
      after: withAcknowledged({ ...row, milestones: milestoneInputs }, warnings),
    });
    return row;
  });
}

async function currentPresented(tx: Db, id: string, actor: Actor) {
  const o = await getConferenceOverview(tx, id);
  return o && presentConference(o.conference, o.organization, o.milestones, o.facts, actor);
}

export async function updatePlan(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  plan: Plan,
  version: number,
  acknowledged: readonly string[] = [],
) {
  const warnings = acceptedWarnings(plan, acknowledged);
  return db.transaction(async (tx) => {
    await assertPlanReferences(tx, conference.organizationId, plan, conference.id);
    const after = await updateVersioned(tx, conferences, conference.id, version, { plan }, () =>
      currentPresented(tx, conference.id, actor),
    );
    await writeConferenceAudit(tx, actor, conference, {
      action: 'conference.plan_updated',
      entityType: 'conference',
      entityId: conference.id,
      before: conference.plan,
      after: withAcknowledged(after.plan, warnings),
    });
    return after;
  });
}

export async function addMilestone(db: Db, actor: Actor, conference: ConferenceRow, input: MilestoneInput) {
  return db.transaction((tx) =>
    insertAudited(tx, actor, conference, milestones, 'milestone', { ...input, sortOrder: 0 }),
  );
}

/** Refuses marking a milestone done that the rule says may not be yet (e.g. an open deadline). */
async function assertMayMarkDone(tx: Db, conference: ConferenceRow, m: MilestoneRow) {
  const facts = lifecycleFacts(await loadStoredFacts(tx, conference), [m], todayInVietnam());
  const refusal = markDoneRefusal(m, facts);
  if (refusal) throw new AppError('INVALID_STATE', refusal);
}

const currentMilestone = (tx: Db, conference: ConferenceRow, id: string) => async () => {
  const current = await getMilestone(tx, conference.id, id);
  return current && presentMilestone(current, null);
};

export async function updateMilestone(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  id: string,
  input: Omit<MilestoneInput, 'kind' | 'startTime'> & {
    kind?: MilestoneInput['kind'];
    startTime?: string | null;
    done: boolean;
    version: number;
  },
) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getMilestone(tx, conference.id, id), 'mốc thời gian');
    const { version, ...values } = input;
    const next = {
      ...values,
      kind: values.kind ?? before.kind,
      startTime: values.startTime === undefined ? before.startTime : values.startTime,
    };
    if (next.done && !before.done) await assertMayMarkDone(tx, conference, { ...before, ...next });
    const after = await updateVersioned(
      tx,
      milestones,
      id,
      version,
      next,
      currentMilestone(tx, conference, id),
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

/**
 * Giờ bắt đầu of the conference: written on the conference-day milestone (the one source), in
 * the caller's transaction, audited as an edit of that milestone.
 */
export async function setConferenceStartTime(
  tx: Db,
  actor: Actor,
  conference: ConferenceRow,
  startTime: string,
) {
  const [day] = await tx
    .select()
    .from(milestones)
    .where(and(eq(milestones.conferenceId, conference.id), eq(milestones.kind, 'conference_day')))
    .orderBy(asc(milestones.startDate))
    .limit(1)
    .for('update');
  if (!day) {
    if (startTime === DEFAULT_START) return;
    throw new AppError(
      'INVALID_STATE',
      'Hội nghị chưa có mốc "Ngày hội nghị": hãy thêm mốc này ở phần Mốc thời gian, rồi đặt giờ bắt đầu',
    );
  }
  if (day.startTime === startTime) return;
  const [after] = await tx
    .update(milestones)
    .set({ startTime, version: sql`${milestones.version} + 1`, updatedAt: sql`now()` })
    .where(eq(milestones.id, day.id))
    .returning();
  await writeConferenceAudit(tx, actor, conference, {
    action: 'milestone.updated',
    entityType: 'milestone',
    entityId: day.id,
    before: day,
    after,
  });
}

/** Đánh dấu hoàn thành (or reopen) one milestone: versioned, audited. */
export async function setMilestoneDone(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  id: string,
  input: { done: boolean; version: number },
) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getMilestone(tx, conference.id, id), 'mốc thời gian');
    if (input.done && !before.done) await assertMayMarkDone(tx, conference, before);
    const after = await updateVersioned(
      tx,
      milestones,
      id,
      input.version,
      { done: input.done },
      currentMilestone(tx, conference, id),
    );
    await writeConferenceAudit(tx, actor, conference, {
      action: input.done ? 'milestone.completed' : 'milestone.reopened',
      entityType: 'milestone',
      entityId: id,
      before: { done: before.done },
      after: { done: after.done },
    });
    return after;
  });
}

/** Delete a milestone on its version (409 carrying it as the client shows it). */
export const { remove: deleteMilestone } = auditedRowWrites(milestones, 'milestone', {
  get: getMilestone,
  what: 'mốc thời gian',
  current: (before) => presentMilestone(before, null),
});
