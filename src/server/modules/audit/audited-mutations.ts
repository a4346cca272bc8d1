// The audited writes of a conference's own rows (award forms, milestones, budget lines, meetings,
// agenda items, speeches…), each in the caller's transaction:
//
//   const row = await insertAudited(tx, actor, conf, awardForms, 'award_form', input);
//   const after = await updateAudited(tx, actor, conf, speeches, 'speech', { before, input, current });
//   await deleteAudited(tx, actor, conf, speeches, 'speech', { before, version });
//   const saved = await upsertAudited(tx, actor, conf, certificateSettings, 'certificate_settings', { … });
//
// The action is `<entityType>.created|updated|deleted` (the audit-label test reads these calls).
//
// A row edited and deleted on nothing but its version takes both writes, each in its own
// transaction, from `auditedRowWrites(speeches, 'speech', { get: getSpeech, what: 'tham luận' })`.
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../shared/rules/permissions';
import type { Db } from '../../db/client';
import { deleteVersioned, updateVersioned } from '../../db/versioned';
import { conflict, orNotFound } from '../../errors';
import { writeConferenceAudit } from './mutations';

type ConferenceRef = { id: string; organizationId: string };
type Row = { id: string };
type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/** Inserts one row of the conference (its organization and id filled in) and audits it as created. */
export async function insertAudited<T extends PgTable>(
  tx: Db,
  actor: Actor | null,
  conf: ConferenceRef,
  table: T,
  entityType: string,
  values: Omit<T['$inferInsert'], 'organizationId' | 'conferenceId'>,
): Promise<T['$inferSelect']> {
  const [row] = (await tx
    .insert(table)
    .values({ ...values, organizationId: conf.organizationId, conferenceId: conf.id } as never)
    .returning()) as (T['$inferSelect'] & Row)[];
  if (!row) throw new Error('insert returned nothing');
  await writeConferenceAudit(tx, actor, conf, {
    action: `${entityType}.created`,
    entityType,
    entityId: row.id,
    after: row,
  });
  return row;
}

/**
 * Updates `before` on its version (409 with `current()` when stale) with the input's other values,
 * and audits it as updated.
 */
export async function updateAudited<T extends VersionedTable>(
  tx: Db,
  actor: Actor | null,
  conf: ConferenceRef,
  table: T,
  entityType: string,
  opts: {
    before: Row;
    input: { version: number } & Record<string, unknown>;
    current: () => Promise<unknown>;
  },
): Promise<T['$inferSelect']> {
  const { version, ...values } = opts.input;
  const after = await updateVersioned(tx, table, opts.before.id, version, values, opts.current);
  await writeConferenceAudit(tx, actor, conf, {
    action: `${entityType}.updated`,
    entityType,
    entityId: opts.before.id,
    before: opts.before,
    after,
  });
  return after;
}

/** Deletes `before` on its version (409 carrying `current`, by default `before`) and audits it as deleted. */
export async function deleteAudited<T extends PgTable & { id: PgColumn; version: PgColumn }>(
  tx: Db,
  actor: Actor | null,
  conf: ConferenceRef,
  table: T,
  entityType: string,
  opts: { before: Row; version: number; current?: unknown },
): Promise<void> {
  const { before } = opts;
  await deleteVersioned(tx, table, before.id, opts.version, opts.current ?? before);
  await writeConferenceAudit(tx, actor, conf, {
    action: `${entityType}.deleted`,
    entityType,
    entityId: before.id,
    before,
  });
}

/**
 * Saves the conference's one row of `table` (its settings, a unit's report): version 0 inserts it
 * (with `key`'s columns too), a later save updates it on its version; 409 carrying `current()`
 * when stale or when someone else inserted it first. Audited as `<entityType>.created|updated`,
 * each row shown as `audited` shows it (by default as it is).
 */
export async function upsertAudited<T extends VersionedTable>(
  tx: Db,
  actor: Actor | null,
  conf: ConferenceRef,
  table: T,
  entityType: string,
  opts: {
    before: (T['$inferSelect'] & Row) | null;
    input: { version: number } & Record<string, unknown>;
    key?: Record<string, unknown>;
    current: () => Promise<unknown>;
    audited?: (row: T['$inferSelect']) => unknown;
  },
): Promise<T['$inferSelect'] & Row> {
  const { before, current, audited = (row) => row } = opts;
  const { version, ...values } = opts.input;
  let after: T['$inferSelect'] & Row;
  if (!before) {
    if (version !== 0) throw conflict(await current());
    const [row] = (await tx
      .insert(table)
      .values({ ...values, ...opts.key, organizationId: conf.organizationId, conferenceId: conf.id } as never)
      .onConflictDoNothing()
      .returning()) as (T['$inferSelect'] & Row)[];
    // Someone else saved first.
    if (!row) throw conflict(await current());
    after = row;
  } else {
    after = (await updateVersioned(tx, table, before.id, version, values, current)) as typeof after;
  }
  await writeConferenceAudit(tx, actor, conf, {
    action: `${entityType}.${before ? 'updated' : 'created'}`,
    entityType,
    entityId: after.id,
    before: before ? audited(before) : null,
    after: audited(after),
  });
  return after;
}

/**
 * The edit and the delete of a conference's row that check nothing but the row and its version:
 * each in its own transaction, 404 naming `what` when the conference has no row `id`, 409 when
 * stale (carrying `current(before)`, by default the row), audited as `<entityType>.updated|deleted`.
 */
export function auditedRowWrites<T extends VersionedTable>(
  table: T,
  entityType: string,
  opts: {
    get: (db: Db, conferenceId: string, id: string) => Promise<(T['$inferSelect'] & Row) | null>;
    what: string;
    current?: (before: T['$inferSelect']) => unknown;
  },
) {
  const { get, what } = opts;
  return {
    update: (
      db: Db,
      actor: Actor | null,
      conf: ConferenceRef,
      id: string,
      input: { version: number } & Record<string, unknown>,
    ): Promise<T['$inferSelect']> =>
      db.transaction(async (tx) => {
        const before = orNotFound(await get(tx, conf.id, id), what);
        const current = () => get(tx, conf.id, id);
        return updateAudited(tx, actor, conf, table, entityType, { before, input, current });
      }),
    remove: (db: Db, actor: Actor | null, conf: ConferenceRef, id: string, version: number): Promise<void> =>
      db.transaction(async (tx) => {
        const before = orNotFound(await get(tx, conf.id, id), what);
        const current = opts.current?.(before);
        await deleteAudited(tx, actor, conf, table, entityType, { before, version, current });
      }),
  };
}
