// Reads of the emulation movements: the rows, what their views name (launch conference and agenda
// item, registrations with their units, honours and nominations citing them), and the checks the
// writes make (a unit, a conference, an agenda item of this organizer).
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { firstRow, rowOf } from '../../db/rows';
import {
  agendaItems,
  conferences,
  honours,
  movementRegistrations,
  movements,
  nominations,
  units,
} from '../../db/schema/index';

export type MovementRow = typeof movements.$inferSelect;
export type RegistrationRow = typeof movementRegistrations.$inferSelect;
export type RegistrationWithUnit = RegistrationRow & { unitName: string };

/** What a movement's view names besides its row. */
export type MovementDetails = {
  conferenceNames: ReadonlyMap<string, string>;
  agendaTitles: ReadonlyMap<string, string>;
  registrations: ReadonlyMap<string, RegistrationWithUnit[]>;
  honourCounts: ReadonlyMap<string, number>;
  nominationCounts: ReadonlyMap<string, number>;
};

export function getMovement(db: Db, organizationId: string, id: string): Promise<MovementRow | null> {
  return rowOf(db, movements, movements.organizationId, organizationId, id);
}

/** The organizer's movements, the latest first. */
export function listMovementRows(db: Db, organizationId: string): Promise<MovementRow[]> {
  return db
    .select()
    .from(movements)
    .where(eq(movements.organizationId, organizationId))
    .orderBy(desc(movements.startDate), asc(movements.name));
}

const countBy = async (rows: Promise<{ id: string | null; n: number }[]>) =>
  new Map((await rows).flatMap((r) => (r.id ? [[r.id, r.n] as const] : [])));

/** The names, registrations and counts the views of these movements show (a few queries in all). */
export async function movementDetails(db: Db, rows: readonly MovementRow[]): Promise<MovementDetails> {
  const ids = rows.map((r) => r.id);
  const conferenceIds = [
    ...new Set(rows.flatMap((r) => (r.launchConferenceId ? [r.launchConferenceId] : []))),
  ];
  const itemIds = [...new Set(rows.flatMap((r) => (r.launchAgendaItemId ? [r.launchAgendaItemId] : [])))];
  if (ids.length === 0) {
    return {
      conferenceNames: new Map(),
      agendaTitles: new Map(),
      registrations: new Map(),
      honourCounts: new Map(),
      nominationCounts: new Map(),
    };
  }
  const [confs, items, regs, honourCounts, nominationCounts] = await Promise.all([
    conferenceIds.length
      ? db
          .select({ id: conferences.id, name: sql<string>`${conferences.plan}->>'name'` })
          .from(conferences)
          .where(inArray(conferences.id, conferenceIds))
      : [],
    itemIds.length
      ? db
          .select({ id: agendaItems.id, title: agendaItems.title })
          .from(agendaItems)
          .where(inArray(agendaItems.id, itemIds))
      : [],
    db
      .select({ reg: movementRegistrations, unitName: units.name, sortOrder: units.sortOrder })
      .from(movementRegistrations)
      .innerJoin(units, eq(units.id, movementRegistrations.unitId))
      .where(inArray(movementRegistrations.movementId, ids))
      .orderBy(asc(units.sortOrder), asc(units.name)),
    countBy(
      db
        .select({ id: honours.movementId, n: count() })
        .from(honours)
        .where(and(inArray(honours.movementId, ids), isNull(honours.revokedAt)))
        .groupBy(honours.movementId),
    ),
    countBy(
      db
        .select({ id: nominations.movementId, n: count() })
        .from(nominations)
        .where(inArray(nominations.movementId, ids))
        .groupBy(nominations.movementId),
    ),
  ]);
  const registrations = new Map<string, RegistrationWithUnit[]>();
  for (const r of regs) {
    const list = registrations.get(r.reg.movementId) ?? [];
    list.push({ ...r.reg, unitName: r.unitName });
    registrations.set(r.reg.movementId, list);
  }
  return {
    conferenceNames: new Map(confs.map((c) => [c.id, c.name ?? ''])),
    agendaTitles: new Map(items.map((i) => [i.id, i.title])),
    registrations,
    honourCounts,
    nominationCounts,
  };
}

export function getRegistration(db: Db, movementId: string, id: string): Promise<RegistrationRow | null> {
  return rowOf(db, movementRegistrations, movementRegistrations.movementId, movementId, id);
}

export function findRegistrationOfUnit(db: Db, movementId: string, unitId: string) {
  return firstRow(
    db,
    movementRegistrations,
    eq(movementRegistrations.movementId, movementId),
    eq(movementRegistrations.unitId, unitId),
  );
}

export function getUnitOf(db: Db, organizationId: string, unitId: string) {
  return rowOf(db, units, units.organizationId, organizationId, unitId);
}

export function getConferenceOf(db: Db, organizationId: string, conferenceId: string) {
  return firstRow(
    db,
    conferences,
    eq(conferences.organizationId, organizationId),
    eq(conferences.id, conferenceId),
  );
}

export function getAgendaItemOf(db: Db, conferenceId: string, itemId: string) {
  return rowOf(db, agendaItems, agendaItems.conferenceId, conferenceId, itemId);
}

/** Another movement of the organizer launched at this agenda item (null: none). */
export function movementLaunchedAt(db: Db, organizationId: string, agendaItemId: string) {
  return firstRow(
    db,
    movements,
    eq(movements.organizationId, organizationId),
    eq(movements.launchAgendaItemId, agendaItemId),
  );
}

/** The movements launched at agenda items of one conference, by item (the program shows them). */
export async function movementsByAgendaItem(
  db: Db,
  conferenceId: string,
): Promise<Map<string, { id: string; name: string }>> {
  const rows = await db
    .select({ itemId: movements.launchAgendaItemId, id: movements.id, name: movements.name })
    .from(movements)
    .innerJoin(agendaItems, eq(agendaItems.id, movements.launchAgendaItemId))
    .where(eq(agendaItems.conferenceId, conferenceId))
    .orderBy(asc(movements.createdAt));
  const out = new Map<string, { id: string; name: string }>();
  for (const r of rows) if (r.itemId && !out.has(r.itemId)) out.set(r.itemId, { id: r.id, name: r.name });
  return out;
}

/** The movements that name this agenda item as their launch (cleared when the item goes). */
export function movementsLaunchedAtItem(db: Db, agendaItemId: string): Promise<MovementRow[]> {
  return db.select().from(movements).where(eq(movements.launchAgendaItemId, agendaItemId));
}

/** How many honours and nominations cite the movement. */
export async function movementUses(db: Db, id: string): Promise<{ honours: number; nominations: number }> {
  const [[h], [n]] = await Promise.all([
    db.select({ n: count() }).from(honours).where(eq(honours.movementId, id)),
    db.select({ n: count() }).from(nominations).where(eq(nominations.movementId, id)),
  ]);
  return { honours: h?.n ?? 0, nominations: n?.n ?? 0 };
}
