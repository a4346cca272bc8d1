// Reads of the program: the session row, the agenda items in order, the performances, and the
// whole program as shared/rules/program.ts computes it (for the routes and the documents).
import { eq } from 'drizzle-orm';
import { groupByForm } from '../../../shared/rules/honorees';
import { composeProgram } from '../../../shared/rules/program';
import type { ProgramContent } from '../../../shared/schemas/program';
import type { Db } from '../../db/client';
import { firstRow, rowOf, rowsWhere } from '../../db/rows';
import { agendaItems, performances, programSessions } from '../../db/schema/index';
import { type ConferenceRow, getConferenceDay } from '../conferences/data';
import { listDelegates } from '../delegates/data';
import { movementsByAgendaItem } from '../movements/data';
import { listHonoreeEntries, listSpeeches } from '../selection/data';

export type SessionRow = typeof programSessions.$inferSelect;
export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type PerformanceRow = typeof performances.$inferSelect;

export async function getSession(db: Db, conferenceId: string): Promise<SessionRow | null> {
  return firstRow(db, programSessions, eq(programSessions.conferenceId, conferenceId));
}

export async function listAgendaItems(db: Db, conferenceId: string): Promise<AgendaItemRow[]> {
  return rowsWhere(db, agendaItems, eq(agendaItems.conferenceId, conferenceId), [
    agendaItems.position,
    agendaItems.createdAt,
  ]);
}

export async function getAgendaItem(db: Db, conferenceId: string, id: string): Promise<AgendaItemRow | null> {
  return rowOf(db, agendaItems, agendaItems.conferenceId, conferenceId, id);
}

export async function listPerformances(db: Db, conferenceId: string): Promise<PerformanceRow[]> {
  return rowsWhere(db, performances, eq(performances.conferenceId, conferenceId), [
    performances.sortOrder,
    performances.createdAt,
  ]);
}

export async function getPerformance(
  db: Db,
  conferenceId: string,
  id: string,
): Promise<PerformanceRow | null> {
  return rowOf(db, performances, performances.conferenceId, conferenceId, id);
}

/** The program as the rules compute it from everything stored (shared/rules/program.ts). */
export async function loadProgram(db: Db, conf: ConferenceRow): Promise<ProgramContent> {
  const [day, session, items, performances, speeches, honorees, movements] = await Promise.all([
    getConferenceDay(db, conf),
    getSession(db, conf.id),
    listAgendaItems(db, conf.id),
    listPerformances(db, conf.id),
    listSpeeches(db, conf.id),
    listHonoreeEntries(db, conf.id),
    movementsByAgendaItem(db, conf.id),
  ]);
  const delegateIds = [
    ...new Set(items.flatMap((r) => (r.presenterDelegateId ? [r.presenterDelegateId] : []))),
  ];
  const delegateRows = delegateIds.length ? await listDelegates(db, conf.id, { ids: delegateIds }) : [];
  return composeProgram({
    plan: conf.plan,
    startTime: day?.startTime ?? null,
    session,
    items,
    performances,
    speeches: speeches.map((s) => ({
      id: s.speech.id,
      speakerName: s.speech.speakerName,
      unitName: s.unitName ?? '',
      title: s.speech.title,
    })),
    honoreeGroups: groupByForm(honorees).map((g) => ({
      formId: g.formId,
      formName: g.formName,
      collective: g.collective,
      names: g.rows.map((h) => h.name),
    })),
    delegateNames: new Map(
      delegateRows.map(({ d }) => [d.id, [d.title, d.fullName].filter((s) => s.trim()).join(' ')]),
    ),
    movements,
  });
}
