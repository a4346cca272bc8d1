// Phản ánh, kiến nghị: requests and answers of the units' channel to the office (threads module).
import { z } from 'zod';
import { THREAD_SIDES, THREAD_STATUSES } from '../rules/threads';
import { flags, isoDate, text, versionField } from './primitives';

export { THREAD_SIDES, THREAD_STATUSES };

/** The longest message the editor sends (HTML, sanitized by the server like a summary). */
export const THREAD_MESSAGE_MAX = 20_000;

const bodyHtml = z
  .string({ error: 'Nội dung là bắt buộc' })
  .max(THREAD_MESSAGE_MAX, {
    error: `Nội dung không được dài quá ${THREAD_MESSAGE_MAX.toLocaleString('vi-VN')} ký tự`,
  })
  .refine((v) => v.replace(/<[^>]*>/g, '').trim().length > 0, { error: 'Nội dung không được để trống' });

const optionalId = (field: string) =>
  z
    .uuid({ error: `${field} không hợp lệ` })
    .nullable()
    .default(null);

/** Gửi phản ánh: a unit head opens a thread for their unit. */
export const threadInput = z.object({
  unitId: z.uuid({
    error: (iss) => (iss.input === undefined ? 'Đơn vị là bắt buộc' : 'Đơn vị không hợp lệ'),
  }),
  topic: text('Chủ đề', 200),
  bodyHtml,
  /** The conference it is about (required with a nomination or the unit report). */
  conferenceId: optionalId('Hội nghị'),
  nominationId: optionalId('Hồ sơ đề nghị'),
  unitReportId: optionalId('Báo cáo đơn vị'),
});
export type ThreadInput = z.infer<typeof threadInput>;

/** A reply (unit) or an answer (office). */
export const threadMessageInput = z.object({ bodyHtml });
export type ThreadMessageInput = z.infer<typeof threadMessageInput>;

export const threadStatusInput = z.object({
  status: z.enum(THREAD_STATUSES, { error: 'Trạng thái phải là Mới, Đang xử lý, Đã trả lời hoặc Đóng' }),
  version: versionField,
});
export type ThreadStatusInput = z.infer<typeof threadStatusInput>;

export const threadAssignInput = z.object({
  assigneeId: z.uuid({ error: 'Người xử lý không hợp lệ' }).nullable(),
  version: versionField,
});
export type ThreadAssignInput = z.infer<typeof threadAssignInput>;

/** Chuyển thành công việc: the task's due date is optional. */
export const threadTaskInput = z.object({
  dueDate: isoDate('Hạn hoàn thành').nullable().default(null),
  version: versionField,
});
export type ThreadTaskInput = z.infer<typeof threadTaskInput>;

export const threadListQuery = z.object({
  status: z.enum(THREAD_STATUSES, { error: 'Trạng thái không hợp lệ' }).optional(),
  /** Only the open ones (not closed). */
  open: z.enum(['1']).optional(),
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }).optional(),
  assigneeId: z.uuid({ error: 'Người xử lý không hợp lệ' }).optional(),
  conferenceId: z.uuid({ error: 'Hội nghị không hợp lệ' }).optional(),
});
export type ThreadListQuery = z.infer<typeof threadListQuery>;

/** The unit whose conferences, nominations and report a new thread may be linked to. */
export const threadLinkQuery = z.object({ unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }) });

export const threadAttachmentView = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number(),
});

export const threadMessageView = z.object({
  id: z.string(),
  side: z.enum(THREAD_SIDES),
  authorName: z.string(),
  bodyHtml: z.string(),
  createdAt: z.string(),
  attachments: z.array(threadAttachmentView),
  /** The actor may still add files to it (their own side's latest message, thread open). */
  canAttach: z.boolean(),
});
export type ThreadMessageView = z.infer<typeof threadMessageView>;

const nameRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const threadSummaryView = z.object({
  id: z.string(),
  organizationId: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  conference: nameRef,
  nomination: nameRef,
  unitReportId: z.string().nullable(),
  topic: z.string(),
  status: z.enum(THREAD_STATUSES),
  assignee: nameRef,
  taskId: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  lastMessageAt: z.string(),
  closedAt: z.string().nullable(),
  /** Days since it was opened; null when closed. */
  ageDays: z.number().nullable(),
  messageCount: z.number(),
  version: z.number(),
});
export type ThreadSummaryView = z.infer<typeof threadSummaryView>;

export const threadView = threadSummaryView.extend({
  messages: z.array(threadMessageView),
  /** The side the actor writes on. */
  side: z.enum(THREAD_SIDES).nullable(),
  permissions: flags('canReply', 'canAnswer', 'canManage', 'canMakeTask'),
});
export type ThreadView = z.infer<typeof threadView>;

const option = z.object({ id: z.string(), name: z.string() });

export const threadListView = z.object({
  items: z.array(threadSummaryView),
  /** Units the actor may raise a thread for (a unit head: theirs) — or filter by (the office: all). */
  units: z.array(option),
  /** Staff who may handle threads (the office's assign select); empty for a unit head. */
  assignees: z.array(option),
  permissions: flags('canRaise', 'canManage'),
});
export type ThreadListView = z.infer<typeof threadListView>;

/** What a unit's new thread may be about: each conference with the unit's nominations and report. */
export const threadLinkOptionsView = z.object({
  conferences: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      nominations: z.array(option),
      unitReportId: z.string().nullable(),
    }),
  ),
});
export type ThreadLinkOptionsView = z.infer<typeof threadLinkOptionsView>;
