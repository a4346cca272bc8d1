// Công việc: create, edit, set status (the owner too), delete, and "Tạo từ kế hoạch". Each write
// checks, writes and audits in one transaction; edits carry `version` (409 when stale).
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { TaskInput, TaskStatusInput, TaskUpdate } from '../../../shared/schemas/preparation';
import type { Db } from '../../db/client';
import { budgetLines, conferences, conferenceTasks, milestones, units, users } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, conflict, forbidden, orNotFound } from '../../errors';
import { conferenceAuditEntry, conferenceAuditor, writeAuditMany } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { notify } from '../notifications/mutations';
import { message } from '../notifications/templates';
import { getTask, type TaskRow } from './data';
import { planTasks } from './from-plan';
import { canManageTasks, isMine } from './presenters';

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', `Dữ liệu không hợp lệ: ${message}`, { fields: { [field]: message } });

/** The owner unit, person and budget line must belong to this organizer / conference. */
async function checkRefs(tx: Db, conf: ConferenceRow, input: TaskInput) {
  if (input.ownerUnitId) {
    const [u] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, input.ownerUnitId), eq(units.organizationId, conf.organizationId)));
    if (!u) throw invalid('ownerUnitId', 'Đơn vị phụ trách không thuộc cơ quan tổ chức hội nghị');
  }
  if (input.ownerUserId) {
    const [u] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.ownerUserId), eq(users.organizationId, conf.organizationId)));
    if (!u) throw invalid('ownerUserId', 'Người phụ trách không thuộc cơ quan tổ chức hội nghị');
  }
  if (input.budgetLineId) {
    const [l] = await tx
      .select({ id: budgetLines.id })
      .from(budgetLines)
      .where(and(eq(budgetLines.id, input.budgetLineId), eq(budgetLines.conferenceId, conf.id)));
    if (!l) throw invalid('budgetLineId', 'Dòng dự trù kinh phí không thuộc hội nghị này');
  }
}

const completedAt = (status: string, before: TaskRow | null) =>
  status === 'done' ? (before?.status === 'done' ? before.completedAt : new Date()) : null;

const audit = conferenceAuditor('conference_task');

export async function createTask(db: Db, actor: Actor, conf: ConferenceRow, input: TaskInput) {
  return db.transaction(async (tx) => {
    await checkRefs(tx, conf, input);
    const [row] = await tx
      .insert(conferenceTasks)
      .values({
        ...input,
        organizationId: conf.organizationId,
        conferenceId: conf.id,
        source: 'manual',
        completedAt: completedAt(input.status, null),
      })
      .returning();
    await audit(tx, actor, conf, 'task.created', row!.id, undefined, row);
    await tellOwner(tx, actor, conf, row!);
    return row!;
  });
}

/** "Được giao công việc" to the task's owner (not when they gave it to themselves). */
async function tellOwner(tx: Db, actor: Actor, conf: ConferenceRow, task: TaskRow) {
  if (!task.ownerUserId || task.ownerUserId === actor.userId) return;
  if (task.status === 'done' || task.status === 'cancelled') return;
  await notify(tx, {
    ...message('task_assigned', {
      conferenceId: conf.id,
      conferenceName: conf.plan.name,
      taskTitle: task.title,
      dueOn: task.dueDate,
    }),
    organizationId: conf.organizationId,
    userIds: [task.ownerUserId],
  });
}

async function loadForWrite(tx: Db, conf: ConferenceRow, id: string) {
  const found = orNotFound(await getTask(tx, conf.id, id), 'công việc');
  return found.t;
}

export async function updateTask(db: Db, actor: Actor, conf: ConferenceRow, id: string, input: TaskUpdate) {
  return db.transaction(async (tx) => {
    const before = await loadForWrite(tx, conf, id);
    const { version, ...rest } = input;
    await checkRefs(tx, conf, rest);
    const after = await updateVersioned(
      tx,
      conferenceTasks,
      id,
      version,
      { ...rest, completedAt: completedAt(rest.status, before) },
      async () => (await getTask(tx, conf.id, id))?.t ?? null,
    );
    await audit(tx, actor, conf, 'task.updated', id, before, after);
    if (after.ownerUserId !== before.ownerUserId) await tellOwner(tx, actor, conf, after);
    return after;
  });
}

/** Cập nhật trạng thái: whoever manages tasks, or the task's own owner. */
export async function setTaskStatus(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  id: string,
  input: TaskStatusInput,
) {
  return db.transaction(async (tx) => {
    const before = await loadForWrite(tx, conf, id);
    if (!canManageTasks(actor, conf) && !isMine(actor, conf, before)) {
      throw forbidden('Chỉ người phụ trách công việc hoặc Văn phòng mới được cập nhật trạng thái');
    }
    const values: Record<string, unknown> = {
      status: input.status,
      completedAt: completedAt(input.status, before),
    };
    if (input.notes !== undefined) values.notes = input.notes;
    const after = await updateVersioned(
      tx,
      conferenceTasks,
      id,
      input.version,
      values,
      async () => (await getTask(tx, conf.id, id))?.t ?? null,
    );
    await audit(tx, actor, conf, 'task.status_changed', id, before, after);
    return after;
  });
}

export async function deleteTask(db: Db, actor: Actor, conf: ConferenceRow, id: string, version: number) {
  await db.transaction(async (tx) => {
    const before = await loadForWrite(tx, conf, id);
    if (before.version !== version) throw conflict(before);
    await tx.delete(conferenceTasks).where(eq(conferenceTasks.id, id));
    await audit(tx, actor, conf, 'task.deleted', id, before, undefined);
  });
}

/**
 * Tạo từ kế hoạch: adds the plan's tasks and checklist items that are not there yet (by slot);
 * running it again adds nothing. Logistics items are linked to the first budget line of their
 * group when there is one. Returns how many were added and how many were already there.
 */
export async function createTasksFromPlan(db: Db, actor: Actor | null, conf: ConferenceRow) {
  return db.transaction(async (tx) => {
    // one run at a time per conference: two clicks at once cannot both add the same slots
    await tx
      .select({ id: conferences.id })
      .from(conferences)
      .where(eq(conferences.id, conf.id))
      .for('update');
    const ms = await tx
      .select()
      .from(milestones)
      .where(eq(milestones.conferenceId, conf.id))
      .orderBy(asc(milestones.sortOrder), asc(milestones.startDate));
    const wanted = planTasks(conf.plan, ms);
    const existing = await tx
      .select({ kind: conferenceTasks.kind, slot: conferenceTasks.sortOrder })
      .from(conferenceTasks)
      .where(and(eq(conferenceTasks.conferenceId, conf.id), eq(conferenceTasks.source, 'plan')));
    const have = new Set(existing.map((e) => `${e.kind}:${e.slot}`));
    const missing = wanted.filter((w) => !have.has(`${w.kind}:${w.slot}`));
    if (missing.length === 0) return { added: 0, existing: wanted.length };
    const groups = [...new Set(missing.map((m) => m.budgetGroup).filter((g) => g !== null))];
    const lines = groups.length
      ? await tx
          .select({ id: budgetLines.id, group: budgetLines.group })
          .from(budgetLines)
          .where(and(eq(budgetLines.conferenceId, conf.id), inArray(budgetLines.group, groups)))
          .orderBy(asc(budgetLines.sortOrder), asc(budgetLines.createdAt))
      : [];
    const lineOf = new Map<string, string>();
    for (const l of lines) if (!lineOf.has(l.group)) lineOf.set(l.group, l.id);
    const rows = await tx
      .insert(conferenceTasks)
      .values(
        missing.map((m) => ({
          organizationId: conf.organizationId,
          conferenceId: conf.id,
          kind: m.kind,
          title: m.title,
          ownerRole: m.ownerRole,
          ownerLabel: m.ownerLabel,
          dueDate: m.dueDate,
          status: m.status,
          notes: m.notes,
          milestoneId: m.milestoneId,
          budgetLineId: m.budgetGroup ? (lineOf.get(m.budgetGroup) ?? null) : null,
          source: 'plan',
          sortOrder: m.slot,
          completedAt: m.status === 'done' ? new Date() : null,
        })),
      )
      .returning();
    await writeAuditMany(
      tx,
      actor,
      rows.map((r) =>
        conferenceAuditEntry(conf, {
          action: 'task.created_from_plan',
          entityType: 'conference_task',
          entityId: r.id,
          after: r,
        }),
      ),
    );
    return { added: rows.length, existing: wanted.length - rows.length };
  });
}
