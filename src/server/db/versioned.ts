import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { conflict } from '../errors';
import type { Db } from './client';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Optimistic concurrency: updates the row only if its version is still `expectedVersion`,
 * bumping the version; otherwise throws 409 carrying the current row (as presented by `present`).
 */
export async function updateVersioned<T extends VersionedTable, Row>(
  tx: Db,
  table: T,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
  loadCurrent: () => Promise<Row | null>,
): Promise<T['$inferSelect']> {
  const rows = (await tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as unknown[];
  const row = rows[0];
  if (!row) throw conflict(await loadCurrent());
  return row as T['$inferSelect'];
}

/**
 * Deletes the row only if its version is still `expectedVersion`; otherwise throws 409 carrying
 * `current` (the row as the caller read it and presents it).
 */
export async function deleteVersioned<T extends PgTable & { id: PgColumn; version: PgColumn }>(
  tx: Db,
  table: T,
  id: string,
  expectedVersion: number,
  current: unknown,
): Promise<void> {
  const gone = (await tx
    .delete(table)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as unknown[];
  if (gone.length === 0) throw conflict(current);
}
