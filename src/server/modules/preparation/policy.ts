// Presenters of tasks: who owns each (as shown), whether it is the actor's, overdue or due soon,
// and what the actor may do with it.
import { type Actor, can, rolesIn } from '../../../shared/rules/permissions';
import { isDueSoon, isOverdue } from '../../../shared/rules/tasks';
import type { Role } from '../../../shared/schemas/enums';
import type { Task, TaskKind, TaskStatus } from '../../../shared/schemas/preparation';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import type { TaskRow, TaskWithNames } from './data';

/** A role as a task owner reads in Vietnamese. */
export const OWNER_ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  council_chair: 'Chủ tịch Hội đồng TĐKT',
  council_member: 'Thành viên Hội đồng TĐKT',
  secretary: 'Văn phòng, Thư ký Hội đồng TĐKT',
  unit_head: 'Trưởng các đơn vị',
  culture_officer: 'Công chức Văn hóa - Xã hội',
  finance_officer: 'Công chức Tài chính - Kế toán',
  reception: 'Lễ tân',
};

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
): Task {
  const manage = canManageTasks(actor, conf);
  const mine = isMine(actor, conf, t);
  const ownerText =
    t.ownerLabel ||
    userName ||
    unitName ||
    (t.ownerRole ? (OWNER_ROLE_LABELS[t.ownerRole as Role] ?? t.ownerRole) : '') ||
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
