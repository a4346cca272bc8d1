import { sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema/index';

export type AuditEntry = {
  organizationId: string | null;
  conferenceId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Appends an audit row; call it inside the mutation's transaction. */
export async function writeAudit(tx: Db, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await writeAuditMany(tx, actor, [entry]);
}

type ConferenceRef = { id: string; organizationId: string };

/** An audit entry about something of one conference (its organization and id from `conf`). */
export const conferenceAuditEntry = (
  conf: ConferenceRef,
  entry: Omit<AuditEntry, 'organizationId' | 'conferenceId'>,
): AuditEntry => ({ organizationId: conf.organizationId, conferenceId: conf.id, ...entry });

/** Appends an audit row about something of one conference; call it inside the mutation's transaction. */
export async function writeConferenceAudit(
  tx: Db,
  actor: Actor | null,
  conf: ConferenceRef,
  entry: Omit<AuditEntry, 'organizationId' | 'conferenceId'>,
): Promise<void> {
  await writeAudit(tx, actor, conferenceAuditEntry(conf, entry));
}

/** Appends several audit rows in one statement (imports). */
export async function writeAuditMany(tx: Db, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((entry) => ({
      organizationId: entry.organizationId,
      conferenceId: entry.conferenceId ?? null,
      actorUserId: actor?.userId ?? null,
      actorName: actor?.fullName ?? 'Hệ thống',
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : toJson(entry.before),
      after: entry.after === undefined ? null : toJson(entry.after),
    })),
  );
}

function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'passwordHash' ? undefined : v)));
}

/**
 * Audits freshly inserted rows in one statement, the database building each `after` from the
 * row itself (bulk imports: thousands of rows without round-tripping them through JS).
 */
export async function auditInsertedRows(
  tx: Db,
  actor: Actor | null,
  entry: {
    organizationId: string;
    conferenceId: string | null;
    action: string;
    entityType: string;
    table: string;
    ids: string[];
  },
): Promise<void> {
  if (entry.ids.length === 0) return;
  await tx.execute(sql`
    INSERT INTO audit_log (organization_id, conference_id, actor_user_id, actor_name, action, entity_type, entity_id, after)
    SELECT ${entry.organizationId}, ${entry.conferenceId}, ${actor?.userId ?? null}, ${actor?.fullName ?? 'Hệ thống'},
           ${entry.action}, ${entry.entityType}, t.id::text, to_jsonb(t)
    FROM ${sql.identifier(entry.table)} t WHERE t.id IN ${entry.ids}`);
}

/**
 * The audit writer of one kind of conference record: `audit(tx, actor, conf, action, id, before,
 * after)` appends its row (e.g. `conferenceAuditor('budget_line')`).
 */
export const conferenceAuditor =
  (entityType: string) =>
  (
    tx: Db,
    actor: Actor | null,
    conf: ConferenceRef,
    action: string,
    id: string,
    before: unknown,
    after: unknown,
  ) =>
    writeConferenceAudit(tx, actor, conf, { action, entityType, entityId: id, before, after });
