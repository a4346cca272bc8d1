import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { units } from '../../db/schema/index';

export type UnitRow = typeof units.$inferSelect;

export async function listUnits(db: Db, organizationId: string): Promise<UnitRow[]> {
  return db
    .select()
    .from(units)
    .where(eq(units.organizationId, organizationId))
    .orderBy(asc(units.sortOrder), asc(units.name));
}

export async function getUnit(db: Db, id: string): Promise<UnitRow | null> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row ?? null;
}

export async function findUnitByName(db: Db, organizationId: string, name: string): Promise<UnitRow | null> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.organizationId, organizationId), eq(units.name, name)));
  return row ?? null;
}
