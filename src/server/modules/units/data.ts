import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { firstRow, rowsWhere } from '../../db/rows';
import { units } from '../../db/schema/index';

export type UnitRow = typeof units.$inferSelect;

export async function listUnits(db: Db, organizationId: string): Promise<UnitRow[]> {
  return rowsWhere(db, units, eq(units.organizationId, organizationId), [units.sortOrder, units.name]);
}

export async function getUnit(db: Db, id: string): Promise<UnitRow | null> {
  return firstRow(db, units, eq(units.id, id));
}

export async function findUnitByName(db: Db, organizationId: string, name: string): Promise<UnitRow | null> {
  return firstRow(db, units, eq(units.organizationId, organizationId), eq(units.name, name));
}
