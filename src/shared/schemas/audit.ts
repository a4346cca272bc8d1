import { z } from 'zod';
import { isoDate } from './primitives';

const filterFields = {
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  conferenceId: z.uuid({ error: 'Mã hội nghị không hợp lệ' }).optional(),
  actorUserId: z.uuid({ error: 'Người thực hiện không hợp lệ' }).optional(),
  from: isoDate('Từ ngày').optional(),
  to: isoDate('Đến ngày').optional(),
};

const datesInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const datesMessage = { path: ['to'], error: 'Đến ngày phải cùng hoặc sau Từ ngày' };

/** Filters of the audit log: who, when (Vietnam days, both ends included), what kind of object. */
export const auditFilterSchema = z.object(filterFields).refine(datesInOrder, datesMessage);
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** A page of the log, newest first: entries before `beforeId`. */
export const auditQuerySchema = z
  .object({
    ...filterFields,
    beforeId: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine(datesInOrder, datesMessage);
export type AuditQuery = z.infer<typeof auditQuerySchema>;

// ---- responses -------------------------------------------------------------------------------

/**
 * One row of the audit log (nhật ký thay đổi). `before`/`after` are the snapshots with camelCase
 * keys and without secrets; shared/rules/audit-text.ts puts them into words.
 */
const auditEntryView = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  conferenceId: z.uuid().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryView>;

/** A page of entries and the names of the objects they refer to (by id). */
export const auditListView = z.object({
  items: z.array(auditEntryView),
  names: z.record(z.string(), z.string()),
});
export type AuditListView = z.infer<typeof auditListView>;

/** The people who appear in the organization's log (the "Người thực hiện" filter). */
export const auditActorsView = z.object({
  items: z.array(z.object({ userId: z.uuid(), name: z.string() })),
});
export type AuditActorsView = z.infer<typeof auditActorsView>;
