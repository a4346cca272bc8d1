// The two reads every module repeats, written once:
//
//   firstRow(db, agendaItems, eq(agendaItems.conferenceId, conferenceId), eq(agendaItems.id, id))
//     → the one row matching every condition, or null;
//   rowsWhere(db, budgetLines, eq(budgetLines.conferenceId, conferenceId), [budgetLines.sortOrder])
//     → the rows matching the condition, in that order.
//
// `rowOf(db, table, table.conferenceId, conferenceId, id)` is the common "this row of this
// conference (or organization, meeting, nomination…)" case of firstRow.
import { and, asc, Column, eq, is, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client';

type Selectable = PgTable & { id: PgColumn };

/** The row of `table` matching every condition, or null. */
export async function firstRow<T extends PgTable>(
  db: Db,
  table: T,
  ...conditions: SQL[]
): Promise<T['$inferSelect'] | null> {
  const [row] = (await db
    .select()
    .from(table as PgTable)
    .where(and(...conditions))
    .limit(1)) as T['$inferSelect'][];
  return row ?? null;
}

/** The row `id` of `table` whose `scope` column holds `scopeId` (its conference, organization…), or null. */
export function rowOf<T extends Selectable>(
  db: Db,
  table: T,
  scope: PgColumn,
  scopeId: string,
  id: string,
): Promise<T['$inferSelect'] | null> {
  return firstRow(db, table, eq(scope, scopeId), eq(table.id, id));
}

/** The rows of `table` matching `where`, in the given order (a bare column sorts ascending). */
export async function rowsWhere<T extends PgTable>(
  db: Db,
  table: T,
  where: SQL | undefined,
  orderBy: (PgColumn | SQL)[],
): Promise<T['$inferSelect'][]> {
  return (await db
    .select()
    .from(table as PgTable)
    .where(where)
    .orderBy(...orderBy.map((o) => (is(o, Column) ? asc(o) : o)))) as T['$inferSelect'][];
}
