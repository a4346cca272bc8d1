import { z } from 'zod';

export const auditQuerySchema = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  conferenceId: z.uuid({ error: 'Mã hội nghị không hợp lệ' }).optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

// ---- responses -------------------------------------------------------------------------------

/** One row of the audit log (nhật ký thay đổi); `before`/`after` are the JSON snapshots. */
const auditEntryView = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  conferenceId: z.uuid().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryView>;

export const auditListView = z.object({ items: z.array(auditEntryView) });
export type AuditListView = z.infer<typeof auditListView>;
