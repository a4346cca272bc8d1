import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { unitReports } from '../../db/schema/index';

export type UnitReportRow = typeof unitReports.$inferSelect;

export async function getUnitReport(
  db: Db,
  conferenceId: string,
  unitId: string,
): Promise<UnitReportRow | null> {
  const [row] = await db
    .select()
    .from(unitReports)
    .where(and(eq(unitReports.conferenceId, conferenceId), eq(unitReports.unitId, unitId)));
  return row ?? null;
}

export async function listUnitReports(db: Db, conferenceId: string): Promise<UnitReportRow[]> {
  return db.select().from(unitReports).where(eq(unitReports.conferenceId, conferenceId));
}
