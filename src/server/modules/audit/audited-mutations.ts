// The audited writes of a conference's own rows (award forms, milestones, budget lines, meetings,
// agenda items, speeches…), each in the caller's transaction:
//
//   const row = await insertAudited(tx, actor, conf, awardForms, 'award_form', input);
//   const after = await updateAudited(tx, actor, conf, speeches, 'speech', { before, input, current });
//   await deleteAudited(tx, actor, conf, speeches, 'speech', { before, version });
//
// The action is `<entityType>.created|updated|deleted` (the audit-label test reads these calls).
//
// A row edited and deleted on nothing but its version takes both writes, each in its own
// transaction, from `auditedRowWrites(speeches, 'speech', { get: getSpeech, what: 'tham luận' })`.
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../shared/rules/permissions';
import type { Db } from '../../db/client';
import { deleteVersioned, updateVersioned } from '../../db/versioned';
import { orNotFound } from '../../errors';
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
