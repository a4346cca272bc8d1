// Reads of the program: the session row, the agenda items in order, the performances.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agendaItems, performances, programSessions } from '../../db/schema/index';

export type SessionRow = typeof programSessions.$inferSelect;
export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type PerformanceRow = typeof performances.$inferSelect;

export async function getSession(db: Db, conferenceId: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(programSessions).where(eq(programSessions.conferenceId, conferenceId));
  return row ?? null;
}

export async function listAgendaItems(db: Db, conferenceId: string): Promise<AgendaItemRow[]> {
  return db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.conferenceId, conferenceId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
}

export async function getAgendaItem(db: Db, conferenceId: string, id: string): Promise<AgendaItemRow | null> {
  const [row] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.conferenceId, conferenceId), eq(agendaItems.id, id)));
  return row ?? null;
}

export async function listPerformances(db: Db, conferenceId: string): Promise<PerformanceRow[]> {
  return db
    .select()
    .from(performances)
    .where(eq(performances.conferenceId, conferenceId))
    .orderBy(asc(performances.sortOrder), asc(performances.createdAt));
}

export async function getPerformance(
  db: Db,
  conferenceId: string,
  id: string,
): Promise<PerformanceRow | null> {
  const [row] = await db
    .select()
    .from(performances)
    .where(and(eq(performances.conferenceId, conferenceId), eq(performances.id, id)));
  return row ?? null;
}
