import { and, asc, desc, eq, gte, inArray, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import type { AuditQuery } from '../../../shared/schemas/audit';
import type { Db } from '../../db/client';
import {
  agendaItems,
  auditLog,
  awardForms,
  ballotItems,
  ballots,
  budgetLines,
  conferences,
  conferenceTasks,
  councilMembers,
  delegates,
  delegationMembers,
  honourForms,
  honourSubjects,
  honours,
  issuedDocuments,
  milestones,
  movementRegistrations,
  movements,
  nominations,
  performances,
  reviewMeetings,
  speeches,
  unitReports,
  units,
  users,
} from '../../db/schema/index';

export type AuditRow = typeof auditLog.$inferSelect;

/** The start of a day in Vietnam (UTC+7) as an instant. */
const vietnamDayStart = (isoDate: string, plusDays = 0) =>
  new Date(Date.parse(`${isoDate}T00:00:00+07:00`) + plusDays * 86_400_000);

function filters(organizationId: string, q: Omit<AuditQuery, 'limit'>): SQL[] {
  const where = [eq(auditLog.organizationId, organizationId)];
  if (q.entityType) where.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.conferenceId) where.push(eq(auditLog.conferenceId, q.conferenceId));
  if (q.actorUserId) where.push(eq(auditLog.actorUserId, q.actorUserId));
  if (q.from) where.push(gte(auditLog.at, vietnamDayStart(q.from)));
  if (q.to) where.push(lt(auditLog.at, vietnamDayStart(q.to, 1)));
  if (q.beforeId) where.push(lt(auditLog.id, q.beforeId));
  return where;
}

/** The organization's log, newest first, filtered (who, when, what kind of object). */
export async function listAudit(
  db: Db,
  organizationId: string,
  q: Omit<AuditQuery, 'limit'> & { limit: number },
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(...filters(organizationId, q)))
    .orderBy(desc(auditLog.id))
    .limit(q.limit);
}

/** The people who changed something in the organization, by their current name. */
export async function listAuditActors(db: Db, organizationId: string) {
  return db
    .selectDistinct({ userId: users.id, name: users.fullName })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.organizationId, organizationId), isNotNull(auditLog.actorUserId)))
    .orderBy(asc(users.fullName), asc(users.id));
}

type Named = { id: string; name: string | null };

/** One query per kind of object that an entry may name, each limited to the organization. */
function nameQueries(db: Db, org: string, ids: string[]): Promise<Named[]>[] {
  const nominationName = sql<string>`${nominations.name}`;
  return [
    db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(and(eq(units.organizationId, org), inArray(units.id, ids))),
    db
      .select({ id: users.id, name: users.fullName })
      .from(users)
      .where(and(eq(users.organizationId, org), inArray(users.id, ids))),
    db
      .select({ id: nominations.id, name: nominations.name })
      .from(nominations)
      .where(and(eq(nominations.organizationId, org), inArray(nominations.id, ids))),
    db
      .select({ id: awardForms.id, name: awardForms.name })
      .from(awardForms)
      .where(and(eq(awardForms.organizationId, org), inArray(awardForms.id, ids))),
    db
      .select({ id: councilMembers.id, name: councilMembers.fullName })
      .from(councilMembers)
      .where(and(eq(councilMembers.organizationId, org), inArray(councilMembers.id, ids))),
    db
      .select({ id: delegates.id, name: delegates.fullName })
      .from(delegates)
      .where(and(eq(delegates.organizationId, org), inArray(delegates.id, ids))),
    db
      .select({ id: agendaItems.id, name: agendaItems.title })
      .from(agendaItems)
      .where(and(eq(agendaItems.organizationId, org), inArray(agendaItems.id, ids))),
    db
      .select({ id: speeches.id, name: speeches.title })
      .from(speeches)
      .where(and(eq(speeches.organizationId, org), inArray(speeches.id, ids))),
    db
      .select({ id: performances.id, name: performances.title })
      .from(performances)
      .where(and(eq(performances.organizationId, org), inArray(performances.id, ids))),
    db
      .select({ id: budgetLines.id, name: budgetLines.title })
      .from(budgetLines)
      .where(and(eq(budgetLines.organizationId, org), inArray(budgetLines.id, ids))),
    db
      .select({ id: milestones.id, name: milestones.title })
      .from(milestones)
      .where(and(eq(milestones.organizationId, org), inArray(milestones.id, ids))),
    db
      .select({ id: reviewMeetings.id, name: reviewMeetings.title })
      .from(reviewMeetings)
      .where(and(eq(reviewMeetings.organizationId, org), inArray(reviewMeetings.id, ids))),
    db
      .select({ id: ballots.id, name: ballots.title })
      .from(ballots)
      .where(and(eq(ballots.organizationId, org), inArray(ballots.id, ids))),
    db
      .select({ id: ballotItems.id, name: nominationName })
      .from(ballotItems)
      .innerJoin(nominations, eq(nominations.id, ballotItems.nominationId))
      .where(and(eq(nominations.organizationId, org), inArray(ballotItems.id, ids))),
    db
      .select({ id: delegationMembers.id, name: nominationName })
      .from(delegationMembers)
      .innerJoin(nominations, eq(nominations.id, delegationMembers.nominationId))
      .where(and(eq(delegationMembers.organizationId, org), inArray(delegationMembers.id, ids))),
    // a delegation member who joins as a delegate (a guest…)
    db
      .select({ id: delegationMembers.id, name: delegates.fullName })
      .from(delegationMembers)
      .innerJoin(delegates, eq(delegates.id, delegationMembers.delegateId))
      .where(and(eq(delegationMembers.organizationId, org), inArray(delegationMembers.id, ids))),
    db
      .select({ id: unitReports.id, name: units.name })
      .from(unitReports)
      .innerJoin(units, eq(units.id, unitReports.unitId))
      .where(and(eq(unitReports.organizationId, org), inArray(unitReports.id, ids))),
    db
      .select({ id: conferenceTasks.id, name: conferenceTasks.title })
      .from(conferenceTasks)
      .where(and(eq(conferenceTasks.organizationId, org), inArray(conferenceTasks.id, ids))),
    db
      .select({ id: conferences.id, name: sql<string>`${conferences.plan}->>'name'` })
      .from(conferences)
      .where(and(eq(conferences.organizationId, org), inArray(conferences.id, ids))),
    db
      .select({ id: honourSubjects.id, name: honourSubjects.name })
      .from(honourSubjects)
      .where(and(eq(honourSubjects.organizationId, org), inArray(honourSubjects.id, ids))),
    db
      .select({
        id: honours.id,
        name: sql<string>`${honourSubjects.name} || ' — ' || ${honours.formName} || ' ' || ${honours.year}`,
      })
      .from(honours)
      .innerJoin(honourSubjects, eq(honourSubjects.id, honours.subjectId))
      .where(and(eq(honours.organizationId, org), inArray(honours.id, ids))),
    db
      .select({ id: honourForms.id, name: honourForms.name })
      .from(honourForms)
      .where(and(eq(honourForms.organizationId, org), inArray(honourForms.id, ids))),
    db
      .select({ id: movements.id, name: movements.name })
      .from(movements)
      .where(and(eq(movements.organizationId, org), inArray(movements.id, ids))),
    db
      .select({ id: movementRegistrations.id, name: units.name })
      .from(movementRegistrations)
      .innerJoin(units, eq(units.id, movementRegistrations.unitId))
      .where(and(eq(movementRegistrations.organizationId, org), inArray(movementRegistrations.id, ids))),
    db
      .select({ id: issuedDocuments.id, name: issuedDocuments.title })
      .from(issuedDocuments)
      .where(and(eq(issuedDocuments.organizationId, org), inArray(issuedDocuments.id, ids))),
  ];
}

const CHUNK = 1000;

/** id → name of every object of the organization among `ids` (unknown and deleted ones are left out). */
export async function namesById(db: Db, organizationId: string, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    for (const rows of await Promise.all(nameQueries(db, organizationId, chunk))) {
      for (const r of rows) if (r.name) out.set(r.id, r.name);
    }
  }
  return out;
}

/** The delegate categories (key, label) of the organization's conferences among `ids`. */
export async function conferenceCategories(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      categories: sql<
        { key: string; label: string }[] | null
      >`${conferences.plan}->'delegateRules'->'categories'`,
    })
    .from(conferences)
    .where(and(eq(conferences.organizationId, organizationId), inArray(conferences.id, ids)));
}
