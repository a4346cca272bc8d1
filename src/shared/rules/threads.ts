// Phản ánh, kiến nghị: a unit's thread to the office (Văn phòng). Pure rules used by the server
// (guards, presenters' `permissions`) and the web (what to show).
//
// Statuses: new (Mới) → in_progress (Đang xử lý) → answered (Đã trả lời) → closed (Đóng).
//   - the office answering sets `answered` (from new, in_progress, answered);
//   - a unit reply on an `answered` thread reopens it to `in_progress` (the office has already
//     looked at it: the reply continues a handled case, it is not a new one); on `new` or
//     `in_progress` the status stays;
//   - the office may set any status by hand (versioned); `closed` accepts no message from either
//     side until the office sets another status (reopens it).
import type { Actor } from './permissions';
import { can } from './permissions';

export const THREAD_STATUSES = ['new', 'in_progress', 'answered', 'closed'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];
export const THREAD_SIDES = ['unit', 'office'] as const;
export type ThreadSide = (typeof THREAD_SIDES)[number];

/** Open = still waiting for something from the office or the unit (not closed). */
export const isOpenThread = (status: string): boolean => status !== 'closed';

/** The status after a message from `side` on a thread in `status`; null when no message is allowed. */
export function statusAfterMessage(status: ThreadStatus, side: ThreadSide): ThreadStatus | null {
  if (status === 'closed') return null;
  if (side === 'office') return 'answered';
  return status === 'answered' ? 'in_progress' : status;
}

/** May the office set `to` by hand from `from`? Every change but to itself. */
export const mayChangeStatus = (from: ThreadStatus, to: ThreadStatus): boolean => from !== to;

const DAY_MS = 86_400_000;

/** Whole days since the thread was opened (0 on the first day); null for a closed thread. */
export function threadAgeDays(
  createdAt: Date | string,
  status: string,
  now: Date = new Date(),
): number | null {
  if (!isOpenThread(status)) return null;
  const start = new Date(createdAt).getTime();
  return Math.max(0, Math.floor((now.getTime() - start) / DAY_MS));
}

type ThreadScope = { organizationId: string; unitId: string; status: string; taskId?: string | null };

/** The office side: handles every thread of the organization. */
export const isOfficeFor = (actor: Actor | null, organizationId: string): boolean =>
  can(actor, 'thread.manage', { organizationId });

/** The unit side: heads of the thread's unit. */
export const isUnitSideFor = (actor: Actor | null, t: { organizationId: string; unitId: string }): boolean =>
  can(actor, 'thread.raise', { organizationId: t.organizationId, unitId: t.unitId });

export const mayReadThread = (actor: Actor | null, t: ThreadScope): boolean =>
  isOfficeFor(actor, t.organizationId) || isUnitSideFor(actor, t);

/** The unit replies while the thread is not closed. */
export const mayReplyAsUnit = (actor: Actor | null, t: ThreadScope): boolean =>
  isUnitSideFor(actor, t) && statusAfterMessage(t.status as ThreadStatus, 'unit') !== null;

/** The office answers while the thread is not closed. */
export const mayAnswer = (actor: Actor | null, t: ThreadScope): boolean =>
  isOfficeFor(actor, t.organizationId) && statusAfterMessage(t.status as ThreadStatus, 'office') !== null;

export const mayManageThread = (actor: Actor | null, t: ThreadScope): boolean =>
  isOfficeFor(actor, t.organizationId);

/** Chuyển thành công việc: the office, once, for a thread about a conference. */
export const mayMakeTask = (
  actor: Actor | null,
  t: ThreadScope & { conferenceId: string | null; taskId: string | null },
): boolean => isOfficeFor(actor, t.organizationId) && t.conferenceId !== null && t.taskId === null;

/** The side a message from this actor is written on (office wins when the actor is both). */
export function sideOf(
  actor: Actor | null,
  t: { organizationId: string; unitId: string },
): ThreadSide | null {
  if (isOfficeFor(actor, t.organizationId)) return 'office';
  if (isUnitSideFor(actor, t)) return 'unit';
  return null;
}

/** Units whose threads the actor may raise (their own), among `unitIds`. */
export const raisableUnits = (actor: Actor | null, organizationId: string, unitIds: readonly string[]) =>
  unitIds.filter((unitId) => can(actor, 'thread.raise', { organizationId, unitId }));
