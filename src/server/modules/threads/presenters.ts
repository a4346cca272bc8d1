// A thread as the contract shows it, with what the actor may do (shared/rules/threads).
import type { Actor } from '../../../shared/rules/permissions';
import {
  mayAnswer,
  mayMakeTask,
  mayManageThread,
  mayReplyAsUnit,
  sideOf,
  type ThreadSide,
  type ThreadStatus,
  threadAgeDays,
} from '../../../shared/rules/threads';
import type { ThreadSummaryView, ThreadView } from '../../../shared/schemas/threads';
import type { ThreadAttachmentRow, ThreadMessageRow, ThreadSummaryRow } from './data';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function presentThreadSummary(r: ThreadSummaryRow, now = new Date()): ThreadSummaryView {
  const t = r.t;
  return {
    id: t.id,
    organizationId: t.organizationId,
    unit: { id: t.unitId, name: r.unitName },
    conference: ref(t.conferenceId, r.conferenceName),
    nomination: ref(t.nominationId, r.nominationName),
    unitReportId: t.unitReportId,
    topic: t.topic,
    status: t.status as ThreadStatus,
    assignee: ref(t.assigneeId, r.assigneeName),
    taskId: t.taskId,
    createdByName: r.createdByName ?? '',
    createdAt: t.createdAt.toISOString(),
    lastMessageAt: t.lastMessageAt.toISOString(),
    closedAt: iso(t.closedAt),
    ageDays: threadAgeDays(t.createdAt, t.status, now),
    messageCount: Number(r.messageCount),
    version: t.version,
  };
}

export function presentThread(
  r: ThreadSummaryRow,
  history: { messages: ThreadMessageRow[]; files: ThreadAttachmentRow[] },
  actor: Actor,
): ThreadView {
  const t = r.t;
  const side = sideOf(actor, t);
  const canWrite = side === 'office' ? mayAnswer(actor, t) : mayReplyAsUnit(actor, t);
  const lastOfMine = [...history.messages]
    .reverse()
    .find((m) => m.side === side && m.authorId === actor.userId);
  return {
    ...presentThreadSummary(r),
    side,
    messages: history.messages.map((m) => ({
      id: m.id,
      side: m.side as ThreadSide,
      authorName: m.authorName,
      bodyHtml: m.bodyHtml,
      createdAt: m.createdAt.toISOString(),
      attachments: history.files
        .filter((f) => f.messageId === m.id)
        .map((f) => ({ id: f.id, fileName: f.fileName, mimeType: f.mimeType, size: f.size })),
      canAttach: canWrite && lastOfMine?.id === m.id,
    })),
    permissions: {
      canReply: side === 'unit' && mayReplyAsUnit(actor, t),
      canAnswer: side === 'office' && mayAnswer(actor, t),
      canManage: mayManageThread(actor, t),
      canMakeTask: mayMakeTask(actor, t),
    },
  };
}
