// Thông báo: what a user is told, in the inbox (the bell) and by email. The shapes only; the texts
// are written by server/modules/notifications/templates.ts when the event happens.
import { z } from 'zod';

/** The events that notify somebody (issue 19's list); each has a template. */
export const NOTIFICATION_KINDS = [
  'nomination_returned', // đề nghị bị trả lại → the unit's heads
  'nomination_accepted', // đề nghị được tiếp nhận → the unit's heads
  'report_returned', // báo cáo bị trả lại → the unit's heads
  'deadline_soon', // hạn nộp còn 3 ngày / 1 ngày → heads of units that have not sent
  'deadline_reopened', // hạn nộp được mở lại / gia hạn → the unit's heads
  'meeting_scheduled', // phiên họp Hội đồng được lên lịch → council members
  'ballot_opened', // phiếu bầu được mở → each council member present
  'invitation_issued', // giấy mời đã phát hành → the invited users
  'rsvp_received', // đại biểu xác nhận / báo vắng → the secretary
  'task_assigned', // được giao công việc → the owner
  'task_overdue', // công việc quá hạn → the owner
  'thread_opened', // đơn vị gửi phản ánh → the office
  'thread_answered', // Văn phòng trả lời phản ánh → the unit's heads
  'digest', // bản tổng hợp hằng ngày (email only)
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notificationView = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  read: z.boolean(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const inboxView = z.object({
  items: z.array(notificationView),
  unread: z.number().int(),
  total: z.number().int(),
});
export type InboxView = z.infer<typeof inboxView>;

export const EMAIL_MODES = ['immediate', 'daily'] as const;

export const notificationPreferencesInput = z.object({
  email: z
    .string()
    .trim()
    .max(254, { error: 'Email: tối đa 254 ký tự' })
    .email({ error: 'Email không đúng định dạng (ví dụ: ten@phuong.gov.vn)' })
    .nullable(),
  emailEnabled: z.boolean(),
  emailMode: z.enum(EMAIL_MODES, { error: 'Cách gửi email phải là "ngay" hoặc "hằng ngày"' }),
  mutedKinds: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length),
  version: z.number().int(),
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;

export const notificationPreferencesView = notificationPreferencesInput.extend({
  /** Email is sent only when the server has SMTP_URL. */
  smtpConfigured: z.boolean(),
});
export type NotificationPreferencesView = z.infer<typeof notificationPreferencesView>;

/** GET /api/notifications: a page of the inbox, newest first. */
export const inboxQuery = z.object({
  limit: z.coerce
    .number({ error: 'limit phải là số' })
    .int()
    .min(1, { error: 'limit phải từ 1 đến 100' })
    .max(100, { error: 'limit phải từ 1 đến 100' })
    .default(20),
  offset: z.coerce
    .number({ error: 'offset phải là số' })
    .int()
    .min(0, { error: 'offset không được âm' })
    .default(0),
});
