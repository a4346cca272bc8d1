import { and, desc, eq, lt } from 'drizzle-orm';
import type { AuditQuery } from '../../../shared/schemas/audit';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema/index';

export type AuditRow = typeof auditLog.$inferSelect;

export async function listAudit(db: Db, organizationId: string, q: AuditQuery): Promise<AuditRow[]> {
  const where = [eq(auditLog.organizationId, organizationId)];
  if (q.entityType) where.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.conferenceId) where.push(eq(auditLog.conferenceId, q.conferenceId));
  if (q.beforeId) where.push(lt(auditLog.id, q.beforeId));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(q.limit);
}
