// Writes of the agenda: the session's start and planned end, items added, edited, removed and
// reordered. Every change of the order (add, remove, reorder) holds the session row FOR UPDATE
// and bumps its version, so a reorder sent from a stale screen is refused (409) instead of
// undoing someone else's change. Durations and MC templates are checked by the rules with a
// message naming the item; nothing is written when a check fails.
import { and, eq, gte, sql } from 'drizzle-orm';
import { agendaNumbers, durationProblem, itemLabel } from '../../../shared/rules/agenda';
import { MC_PLACEHOLDERS, unknownPlaceholders } from '../../../shared/rules/mc-script';
import type { Actor } from '../../../shared/rules/permissions';
import { agendaFromPlan, DEFAULT_END } from '../../../shared/rules/program';
import {
  type AgendaItemInput,
  type AgendaItemUpdate,
  RUN_OF_SHOW_TOPIC,
  type RunOfShowEvent,
} from '../../../shared/schemas/program';
import type { Db } from '../../db/client';
import { agendaItems, programSessions } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, conflict, notFound, orNotFound } from '../../errors';
import { publishLive } from '../../live/bus';
import { deleteAudited, insertAudited, updateAudited } from '../audit/audited-mutations';
import { auditInsertedRows, writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { setConferenceStartTime } from '../conferences/mutations';
import { listDelegates } from '../delegates/data';
import { unlinkAgendaItem } from '../movements/mutations';
import { listSpeeches } from '../selection/data';
import {
  type AgendaItemRow,
  getAgendaItem,
  getSession,
  listAgendaItems,
  listPerformances,
  type SessionRow,
} from './data';

const audit = writeConferenceAudit;

/** The session row, made when missing, held FOR UPDATE. */
export async function lockSession(tx: Db, conf: ConferenceRow): Promise<SessionRow> {
  await tx
    .insert(programSessions)
    .values({ organizationId: conf.organizationId, conferenceId: conf.id, plannedEnd: DEFAULT_END })
    .onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(programSessions)
    .where(eq(programSessions.conferenceId, conf.id))
    .for('update');
  if (!row) throw new Error('program session missing');
  return row;
}

/** A change of the order: the session's version bumped, and the run-of-show screens told. */
export async function bumpSession(tx: Db, s: SessionRow) {
  await tx
    .update(programSessions)
    .set({ version: sql`${programSessions.version} + 1`, updatedAt: sql`now()` })
    .where(eq(programSessions.id, s.id));
  await publishRun(tx, s.conferenceId, 'program');
}

/** The live event `run_of_show` (chương trình đang diễn ra), in the writer's transaction. */
export async function publishRun(tx: Db, conferenceId: string, action: RunOfShowEvent['action']) {
  const payload: RunOfShowEvent = { action };
  await publishLive(tx, [{ conferenceId, topic: RUN_OF_SHOW_TOPIC, payload }]);
}

/** Positions 0..n-1 in the given order. */
/** After a removal: the remaining items numbered 0, 1, 2… in their order, and the session bumped. */
export async function renumberAgenda(tx: Db, conf: ConferenceRow, session: SessionRow) {
  await writePositions(
    tx,
    (await listAgendaItems(tx, conf.id)).map((r) => r.id),
  );
  await bumpSession(tx, session);
}

export async function writePositions(tx: Db, ids: readonly string[]) {
  for (const [i, id] of ids.entries()) {
    await tx.update(agendaItems).set({ position: i }).where(eq(agendaItems.id, id));
  }
}

/** A delegate named as presenter must be on this conference's list. */
async function checkDelegate(tx: Db, conf: ConferenceRow, id: string | null | undefined) {
  if (!id) return;
  const [row] = await listDelegates(tx, conf.id, { ids: [id] });
  if (!row) throw invalid('presenterDelegateId', 'Người thực hiện phải là một đại biểu của hội nghị này');
}

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', message, { fields: { [field]: message } });

/** Checks an item as it stands at its place in the agenda (number, duration, MC template). */
export function checkItem(
  rows: readonly Pick<AgendaItemRow, 'id' | 'speechId' | 'performanceId'>[],
  index: number,
  item: { title: string; durationMinutes: number; mcTemplate: string | null },
) {
  const number =
    agendaNumbers(rows.map((r) => ({ child: Boolean(r.speechId || r.performanceId) })))[index] ??
    String(index + 1);
  const problem = durationProblem(number, item.title, item.durationMinutes);
  if (problem) throw invalid('durationMinutes', problem);
  const unknown = item.mcTemplate ? unknownPlaceholders(item.mcTemplate) : [];
  if (unknown.length) {
    throw invalid(
      'mcTemplate',
      `${itemLabel(number, item.title)}: lời dẫn MC có chỗ điền không có: ${unknown.map((u) => `{${u}}`).join(', ')} (dùng được: ${MC_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`,
    );
  }
}

export async function updateSession(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  input: { startTime: string; plannedEnd: string; version: number },
) {
  return db.transaction(async (tx) => {
    const before = await lockSession(tx, conf);
    const after = await updateVersioned(
      tx,
      programSessions,
      before.id,
      input.version,
      { plannedEnd: input.plannedEnd },
      () => getSession(tx, conf.id),
    );
    // The start is the conference day's: the one start time the invitations and the CTr print.
    await setConferenceStartTime(tx, actor, conf, input.startTime);
    await audit(tx, actor, conf, {
      action: 'program.session.updated',
      entityType: 'program_session',
      entityId: before.id,
      before,
      after,
    });
    await publishRun(tx, conf.id, 'program');
    return after;
  });
}

export async function addItem(db: Db, actor: Actor, conf: ConferenceRow, input: AgendaItemInput) {
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, conf);
    const rows = await listAgendaItems(tx, conf.id);
    const at = Math.min(input.position ?? rows.length, rows.length);
    const placed = [...rows.slice(0, at), { id: '', speechId: null, performanceId: null }, ...rows.slice(at)];
    checkItem(placed, at, input);
    await checkDelegate(tx, conf, input.presenterDelegateId);
    await tx
      .update(agendaItems)
      .set({ position: sql`${agendaItems.position} + 1` })
      .where(and(eq(agendaItems.conferenceId, conf.id), gte(agendaItems.position, at)));
    const { position: _p, ...values } = input;
    const row = await insertAudited(tx, actor, conf, agendaItems, 'agenda_item', { position: at, ...values });
    await bumpSession(tx, session);
    return row;
  });
}

export async function updateItem({
  db,
  actor,
  conf,
  id,
  input,
}: {
  db: Db;
  actor: Actor | null;
  conf: ConferenceRow;
  id: string;
  input: AgendaItemUpdate;
}) {
  return db.transaction(async (tx) => {
    const rows = await listAgendaItems(tx, conf.id);
    const index = rows.findIndex((r) => r.id === id);
    const before = rows[index];
    if (!before) throw notFound('mục chương trình');
    const { version, ...given } = input;
    const values = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    const next = { ...before, ...values };
    checkItem(rows, index, next);
    await checkDelegate(tx, conf, input.presenterDelegateId);
    const after = await updateAudited(tx, actor, conf, agendaItems, 'agenda_item', {
      before,
      input: { ...values, version },
      current: () => getAgendaItem(tx, conf.id, id),
    });
    await publishRun(tx, conf.id, 'program');
    return after;
  });
}

export async function removeItem(db: Db, actor: Actor, conf: ConferenceRow, id: string, version: number) {
  await db.transaction(async (tx) => {
    const session = await lockSession(tx, conf);
    const before = orNotFound(await getAgendaItem(tx, conf.id, id), 'mục chương trình');
    await deleteAudited(tx, actor, conf, agendaItems, 'agenda_item', { before, version });
    // a movement launched at this item keeps its conference and loses the item (no foreign key)
    await unlinkAgendaItem(tx, actor, id);
    await renumberAgenda(tx, conf, session);
  });
}

/**
 * The whole order in one request. The session's version must be the one the screen showed and
 * the ids exactly the agenda's items; otherwise 409 with the current order.
 */
export async function reorderItems(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  input: { ids: string[]; version: number },
) {
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, conf);
    const rows = await listAgendaItems(tx, conf.id);
    const current = { version: session.version, ids: rows.map((r) => r.id) };
    if (session.version !== input.version) throw conflict(current);
    const known = new Set(current.ids);
    if (
      input.ids.length !== known.size ||
      new Set(input.ids).size !== known.size ||
      input.ids.some((i) => !known.has(i))
    ) {
      throw conflict(current);
    }
    await writePositions(tx, input.ids);
    await bumpSession(tx, session);
    await audit(tx, actor, conf, {
      action: 'agenda.reordered',
      entityType: 'program_session',
      entityId: session.id,
      before: { ids: current.ids },
      after: { ids: input.ids },
    });
    return { version: session.version + 1 };
  });
}

/**
 * "Tạo từ kế hoạch" (shared/rules/program.ts `agendaFromPlan`). Idempotent: an agenda that has
 * items is left as it is and answered unchanged.
 */
export async function createFromPlan(db: Db, actor: Actor | null, conf: ConferenceRow) {
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, conf);
    if ((await listAgendaItems(tx, conf.id)).length > 0) return { created: 0 };
    const [speeches, perfs] = await Promise.all([listSpeeches(tx, conf.id), listPerformances(tx, conf.id)]);
    const items = agendaFromPlan(
      conf.plan.agendaTemplate,
      speeches.map((s) => s.speech),
      perfs,
    );
    if (items.length === 0) return { created: 0 };
    const rows = await tx
      .insert(agendaItems)
      .values(
        items.map((it, position) => ({
          organizationId: conf.organizationId,
          conferenceId: conf.id,
          position,
          ...it,
        })),
      )
      .returning({ id: agendaItems.id });
    await bumpSession(tx, session);
    await auditInsertedRows(tx, actor, {
      organizationId: conf.organizationId,
      conferenceId: conf.id,
      action: 'agenda_item.created',
      entityType: 'agenda_item',
      table: 'agenda_items',
      ids: rows.map((r) => r.id),
    });
    return { created: rows.length };
  });
}
