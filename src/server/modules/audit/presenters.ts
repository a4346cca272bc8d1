import { isSecretField, UUID } from '../../../shared/rules/audit-values';
import type { AuditEntryView, AuditListView } from '../../../shared/schemas/audit';
import type { Db } from '../../db/client';
import { type AuditRow, conferenceCategories, namesById } from './data';

type Snapshot = Record<string, unknown>;

const isObject = (v: unknown): v is Snapshot => typeof v === 'object' && v !== null && !Array.isArray(v);
const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * A snapshot as the contract names it: camelCase keys (rows audited by the database itself come
 * as `to_jsonb(row)`, in snake_case) and never a hash, token or password, wherever it sits.
 */
function cleanSnapshot(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.map((v) => cleanSnapshot(v, false));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !isSecretField(k))
      .map(([k, v]) => [top ? camel(k) : k, cleanSnapshot(v, false)]),
  );
}

const snapshot = (v: unknown) => (isObject(v) ? (cleanSnapshot(v) as Snapshot) : null);

export const presentAuditEntry = (r: AuditRow): AuditEntryView => ({
  id: r.id,
  at: r.at.toISOString(),
  actorUserId: r.actorUserId,
  actorName: r.actorName,
  action: r.action,
  entityType: r.entityType,
  entityId: r.entityId,
  conferenceId: r.conferenceId,
  before: snapshot(r.before),
  after: snapshot(r.after),
});

/** Every id an entry mentions: its object, its conference, ids inside its snapshots (values and keys). */
function collectIds(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (UUID.test(value)) out.add(value.toLowerCase());
  } else if (Array.isArray(value)) {
    for (const v of value) collectIds(v, out);
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (UUID.test(k)) out.add(k.toLowerCase());
      collectIds(v, out);
    }
  }
}

/**
 * The names the entries need, resolved now (a renamed unit reads with its current name): units,
 * people, nominations, award forms, meetings, ballots, agenda items … and the conferences' delegate
 * categories as `category:<key>`. Ids of deleted objects stay unnamed (the words say so).
 */
export async function auditNames(db: Db, organizationId: string, entries: AuditEntryView[]) {
  const ids = new Set<string>();
  const conferenceIds = new Set<string>();
  for (const e of entries) {
    collectIds([e.entityId, e.conferenceId, e.before, e.after], ids);
    if (e.conferenceId) conferenceIds.add(e.conferenceId);
  }
  const names: Record<string, string> = Object.fromEntries(await namesById(db, organizationId, [...ids]));
  for (const c of await conferenceCategories(db, organizationId, [...conferenceIds])) {
    for (const cat of c.categories ?? []) names[`category:${cat.key}`] ??= cat.label;
  }
  return names;
}

/** A page of the log with the names it refers to. */
export async function presentAuditPage(
  db: Db,
  organizationId: string,
  rows: AuditRow[],
): Promise<AuditListView> {
  const items = rows.map(presentAuditEntry);
  return { items, names: await auditNames(db, organizationId, items) };
}
