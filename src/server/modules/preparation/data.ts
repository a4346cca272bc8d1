import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { budgetLines, conferenceTasks, units, users } from '../../db/schema/index';

export type TaskRow = typeof conferenceTasks.$inferSelect;
export type TaskWithNames = {
  t: TaskRow;
  unitName: string | null;
  userName: string | null;
  budgetLineTitle: string | null;
};

/** A conference's tasks with the owner's unit/person names and the linked budget line's title. */
export async function listTasks(db: Db, conferenceId: string, id?: string): Promise<TaskWithNames[]> {
  return db
    .select({
      t: conferenceTasks,
      unitName: units.name,
      userName: users.fullName,
      budgetLineTitle: budgetLines.title,
    })
    .from(conferenceTasks)
    .leftJoin(units, eq(units.id, conferenceTasks.ownerUnitId))
    .leftJoin(users, eq(users.id, conferenceTasks.ownerUserId))
    .leftJoin(budgetLines, eq(budgetLines.id, conferenceTasks.budgetLineId))
    .where(
      id
        ? and(eq(conferenceTasks.conferenceId, conferenceId), eq(conferenceTasks.id, id))
        : eq(conferenceTasks.conferenceId, conferenceId),
    )
    .orderBy(
      sql`${conferenceTasks.dueDate} asc nulls last`,
      asc(conferenceTasks.kind),
      asc(conferenceTasks.sortOrder),
      asc(conferenceTasks.createdAt),
      asc(conferenceTasks.id),
    );
}

export async function getTask(db: Db, conferenceId: string, id: string): Promise<TaskWithNames | null> {
  const [row] = await listTasks(db, conferenceId, id);
  return row ?? null;
}

/** Users of the organizer that may own a task (id and name), for the owner picker. */
export async function listOwnerCandidates(db: Db, organizationId: string) {
  return db
    .select({ id: users.id, fullName: users.fullName, username: users.username })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.isActive, true)))
    .orderBy(asc(users.fullName));
}
