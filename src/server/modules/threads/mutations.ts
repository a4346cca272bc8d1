// Writes of the units' channel: open a thread, reply (unit) or answer (office), attach a file, set
// the status, assign, turn into a task. Each checks, writes, audits and notifies in one
// transaction; status, assignee and task carry `version` (409 when stale).
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import { statusAfterMessage, type ThreadSide, type ThreadStatus } from '../../../shared/rules/threads';
import type { ThreadInput, ThreadStatusInput } from '../../../shared/schemas/threads';
import type { Db } from '../../db/client';
import { threadAttachments, threadMessages, threads } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, orNotFound } from '../../errors';
import { summaryText } from '../../rich-text';
import { writeAudit } from '../audit/mutations';
import { getConference } from '../conferences/data';
import { unitHeadIds, userIdsWithRoles } from '../notifications/data';
import { notify } from '../notifications/mutations';
import { message, threadPath } from '../notifications/templates';
import { createTask } from '../preparation/mutations';
import { getThread, type ThreadRow, threadStaff } from './data';

const ENTITY = 'thread';

const audit = (tx: Db, actor: Actor, t: ThreadRow, action: string, before: unknown, after: unknown) =>
  writeAudit(tx, actor, {
    organizationId: t.organizationId,
    conferenceId: t.conferenceId,
    action,
    entityType: ENTITY,
    entityId: t.id,
    before,
    after,
  });

const current = (tx: Db, id: string) => () => getThread(tx, id);

/** Gửi phản ánh: the thread and its first message (body already sanitized). */
export async function openThread(
  db: Db,
  opts: { actor: Actor; organizationId: string; unitName: string; input: ThreadInput; bodyHtml: string },
) {
  const { actor, input } = opts;
  return db.transaction(async (tx) => {
    const [t] = await tx
      .insert(threads)
      .values({
        organizationId: opts.organizationId,
        unitId: input.unitId,
        conferenceId: input.conferenceId,
        nominationId: input.nominationId,
        unitReportId: input.unitReportId,
        topic: input.topic,
        createdBy: actor.userId,
      })
      .returning();
    const thread = t!;
    const [m] = await tx
      .insert(threadMessages)
      .values({
        organizationId: opts.organizationId,
        threadId: thread.id,
        side: 'unit',
        authorId: actor.userId,
        authorName: actor.fullName,
        bodyHtml: opts.bodyHtml,
      })
      .returning();
    await tx.update(threads).set({ lastMessageAt: m!.createdAt }).where(eq(threads.id, thread.id));
    await audit(tx, actor, thread, 'thread.opened', undefined, { ...thread, bodyHtml: opts.bodyHtml });
    const office = (await userIdsWithRoles(tx, opts.organizationId, ['secretary'])).filter(
      (id) => id !== actor.userId,
    );
    await notify(tx, {
      organizationId: opts.organizationId,
      userIds: office,
      ...message('thread_opened', {
        threadId: thread.id,
        topic: thread.topic,
        unitName: opts.unitName,
        excerpt: summaryText(opts.bodyHtml),
      }),
    });
    return { thread, messageId: m!.id };
  });
}

/** A message from `side`; the status follows rules/threads (office → answered; unit on answered → in_progress). */
export async function addMessage(
  db: Db,
  opts: { actor: Actor; thread: ThreadRow; side: ThreadSide; bodyHtml: string },
) {
  const { actor, side } = opts;
  return db.transaction(async (tx) => {
    const before = orNotFound(await getThread(tx, opts.thread.id), 'phản ánh');
    const next = statusAfterMessage(before.status as ThreadStatus, side);
    if (!next)
      throw new AppError('INVALID_STATE', 'Phản ánh đã đóng: Văn phòng cần mở lại trước khi gửi tiếp');
    const [m] = await tx
      .insert(threadMessages)
      .values({
        organizationId: before.organizationId,
        threadId: before.id,
        side,
        authorId: actor.userId,
        authorName: actor.fullName,
        bodyHtml: opts.bodyHtml,
      })
      .returning();
    const [after] = await tx
      .update(threads)
      .set({ status: next, lastMessageAt: m!.createdAt, updatedAt: m!.createdAt })
      .where(eq(threads.id, before.id))
      .returning();
    await audit(tx, actor, before, side === 'office' ? 'thread.answered' : 'thread.replied', before, {
      ...after,
      bodyHtml: opts.bodyHtml,
    });
    if (side === 'office') {
      const heads = (await unitHeadIds(tx, before.unitId)).filter((id) => id !== actor.userId);
      await notify(tx, {
        organizationId: before.organizationId,
        userIds: heads,
        ...message('thread_answered', {
          threadId: before.id,
          topic: before.topic,
          excerpt: summaryText(opts.bodyHtml),
        }),
      });
    }
    return { thread: after!, messageId: m!.id };
  });
}

export async function addThreadAttachment(
  db: Db,
  opts: {
    actor: Actor;
    thread: ThreadRow;
    messageId: string;
    file: { fileName: string; mimeType: string; size: number; sha256: string };
  },
) {
  return db.transaction(async (tx) => {
    const [a] = await tx
      .insert(threadAttachments)
      .values({
        organizationId: opts.thread.organizationId,
        threadId: opts.thread.id,
        messageId: opts.messageId,
        ...opts.file,
      })
      .returning();
    await audit(tx, opts.actor, opts.thread, 'thread.file_added', undefined, a);
    return a!;
  });
}

/** Đặt trạng thái (the office): any other status; closing stamps closed_at, reopening clears it. */
export async function setThreadStatus(db: Db, actor: Actor, before: ThreadRow, input: ThreadStatusInput) {
  return db.transaction(async (tx) => {
    if (before.status === input.status && before.version === input.version) return before;
    const after = await updateVersioned(
      tx,
      threads,
      before.id,
      input.version,
      { status: input.status, closedAt: input.status === 'closed' ? new Date() : null },
      current(tx, before.id),
    );
    await audit(tx, actor, before, 'thread.status_changed', before, after);
    return after;
  });
}

/** Giao cho (the office): a staff member of the organization who may handle threads, or nobody. */
export async function assignThread(
  db: Db,
  actor: Actor,
  before: ThreadRow,
  input: { assigneeId: string | null; version: number },
) {
  return db.transaction(async (tx) => {
    if (input.assigneeId) {
      const staff = await threadStaff(tx, before.organizationId);
      if (!staff.some((s) => s.id === input.assigneeId)) {
        throw new AppError('VALIDATION', 'Người xử lý phải là cán bộ Văn phòng của cơ quan', {
          fields: { assigneeId: 'Người xử lý phải là cán bộ Văn phòng của cơ quan' },
        });
      }
    }
    const after = await updateVersioned(
      tx,
      threads,
      before.id,
      input.version,
      { assigneeId: input.assigneeId },
      current(tx, before.id),
    );
    await audit(tx, actor, before, 'thread.assigned', before, after);
    return after;
  });
}

/**
 * Chuyển thành công việc: a task of the thread's conference (preparation's createTask, in this
 * transaction), titled by the topic, owned by the assignee; the thread keeps its id.
 */
export async function threadToTask(
  db: Db,
  actor: Actor,
  before: ThreadRow,
  input: { dueDate: string | null; version: number },
) {
  return db.transaction(async (tx) => {
    if (before.taskId) throw new AppError('INVALID_STATE', 'Phản ánh này đã được chuyển thành công việc');
    if (!before.conferenceId) {
      throw new AppError('INVALID_STATE', 'Chỉ chuyển thành công việc được phản ánh gắn với một hội nghị');
    }
    const conf = orNotFound(await getConference(tx, before.conferenceId), 'hội nghị');
    const task = await createTask(tx, actor, conf, {
      kind: 'task',
      title: `Phản ánh: ${before.topic}`.slice(0, 300),
      ownerRole: null,
      ownerUnitId: null,
      ownerUserId: before.assigneeId,
      ownerLabel: '',
      dueDate: input.dueDate,
      status: 'todo',
      notes: `Từ phản ánh của đơn vị (${threadPath(before.id)})`,
      budgetLineId: null,
    });
    const after = await updateVersioned(
      tx,
      threads,
      before.id,
      input.version,
      { taskId: task.id, status: before.status === 'new' ? 'in_progress' : before.status },
      current(tx, before.id),
    );
    await audit(tx, actor, before, 'thread.task_created', before, after);
    return after;
  });
}
