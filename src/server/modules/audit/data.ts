import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema/index';

export type AuditQuery = {
  entityType?: string;
  entityId?: string;
  conferenceId?: string;
  beforeId?: number;
  limit: number;
};

export async function listAudit(db: Db, organizationId: string, q: AuditQuery) {
  const where = [eq(auditLog.organizationId, organizationId)];
  if (q.entityType) where.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.conferenceId) where.push(eq(auditLog.conferenceId, q.conferenceId));
  if (q.beforeId) where.push(lt(auditLog.id, q.beforeId));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(q.limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    conferenceId: r.conferenceId,
    before: r.before,
    after: r.after,
  }));
}
