import { eq, getTableName } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { firstRow, rowsWhere } from '../../db/rows';
import { councilMembers, delegates, nominations, speeches, unitReports, units } from '../../db/schema/index';

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

/** The records that belong to a unit and must not go (or be left without it) when it is deleted. */
const UNIT_USERS = [councilMembers, nominations, unitReports, speeches, delegates] as const;

/** How many records of each table still belong to the unit (tables with none left out). */
export async function unitUses(db: Db, unitId: string): Promise<{ table: string; count: number }[]> {
  const counts = [];
  for (const table of UNIT_USERS)
    counts.push({ table: getTableName(table), count: await db.$count(table, eq(table.unitId, unitId)) });
  return counts.filter((c) => c.count > 0);
}
