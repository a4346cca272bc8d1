// Presenters of tasks: who owns each (as shown), whether it is the actor's, overdue or due soon,
// and what the actor may do with it; the task list with its progress.

import { viPreparation } from '../../../shared/i18n/vi-preparation';
import { type Actor, can, rolesIn } from '../../../shared/rules/permissions';
import { isDueSoon, isOverdue, taskProgress } from '../../../shared/rules/tasks';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { Role } from '../../../shared/schemas/enums';
import type { TaskKind, TaskListView, TaskStatus, TaskView } from '../../../shared/schemas/preparation';
import type { Db } from '../../db/client';
import { orNotFound } from '../../errors';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { getTask, listTasks, type TaskRow, type TaskWithNames } from './data';

/** The actor owns the task: as the person, through a role held here, or as head of the unit. */
export function isMine(
  actor: Actor,
  conf: ConferenceRow,
  t: Pick<TaskRow, 'ownerUserId' | 'ownerRole' | 'ownerUnitId'>,
) {
  if (t.ownerUserId) return t.ownerUserId === actor.userId;
  if (t.ownerUnitId) {
    return actor.memberships.some(
      (m) =>
        m.organizationId === conf.organizationId &&
        m.unitId === t.ownerUnitId &&
        (!m.conferenceId || m.conferenceId === conf.id),
    );
  }
  if (t.ownerRole) return rolesIn(actor, conf.organizationId, conf.id).includes(t.ownerRole as Role);
  return false;
}

export const canManageTasks = (actor: Actor, conf: ConferenceRow) =>
  can(actor, 'task.manage', conferenceScope(conf));

export function presentTask(
  { t, unitName, userName, budgetLineTitle }: TaskWithNames,
  actor: Actor,
  conf: ConferenceRow,
  today: string,
): TaskView {
  const manage = canManageTasks(actor, conf);
  const mine = isMine(actor, conf, t);
  const ownerText =
    t.ownerLabel ||
    userName ||
    unitName ||
    (t.ownerRole ? (viPreparation.ownerRole[t.ownerRole as Role] ?? t.ownerRole) : '') ||
    'Chưa phân công';
  return {
    id: t.id,
    kind: t.kind as TaskKind,
    title: t.title,
    ownerRole: (t.ownerRole as Role | null) ?? null,
    ownerUnitId: t.ownerUnitId,
    ownerUnitName: unitName,
    ownerUserId: t.ownerUserId,
    ownerUserName: userName,
    ownerLabel: t.ownerLabel,
    ownerText,
    dueDate: t.dueDate,
    status: t.status as TaskStatus,
    notes: t.notes,
    milestoneId: t.milestoneId,
    budgetLineId: t.budgetLineId,
    budgetLineTitle,
    source: t.source as 'plan' | 'manual',
    overdue: isOverdue(t, today),
    dueSoon: isDueSoon(t, today),
    mine,
    completedAt: t.completedAt?.toISOString() ?? null,
    version: t.version,
    permissions: { canEdit: manage, canDelete: manage, canSetStatus: manage || mine },
  };
}

export async function presentTasks(db: Db, actor: Actor, conf: ConferenceRow, today = todayInVietnam()) {
  return (await listTasks(db, conf.id)).map((r) => presentTask(r, actor, conf, today));
}

export async function presentOne(db: Db, actor: Actor, conf: ConferenceRow, id: string): Promise<TaskView> {
  const row = orNotFound(await getTask(db, conf.id, id), 'công việc');
  return presentTask(row, actor, conf, todayInVietnam());
}

/** The list (filtered by kind / mine) with the progress of each kind over every task. */
export function presentTaskList(
  all: TaskView[],
  opts: { kind?: TaskKind; mine?: boolean; conferenceDay: string | null; today: string; canManage: boolean },
): TaskListView {
  const ofKind = (kind: TaskKind) =>
    taskProgress(
      all.filter((t) => t.kind === kind),
      opts.today,
    );
  return {
    items: all.filter((t) => (!opts.kind || t.kind === opts.kind) && (!opts.mine || t.mine)),
    progress: { task: ofKind('task'), logistics: ofKind('logistics') },
    conferenceDay: opts.conferenceDay,
    today: opts.today,
    permissions: { canManage: opts.canManage },
  };
}
