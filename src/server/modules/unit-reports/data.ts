import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import { unitReports } from '../../db/schema/index';

export type UnitReportRow = typeof unitReports.$inferSelect;

export async function getUnitReport(
  db: Db,
  conferenceId: string,
  unitId: string,
): Promise<UnitReportRow | null> {
  return firstRow(
    db,
    unitReports,
    eq(unitReports.conferenceId, conferenceId),
    eq(unitReports.unitId, unitId),
  );
}

export async function listUnitReports(db: Db, conferenceId: string): Promise<UnitReportRow[]> {
  return db.select().from(unitReports).where(eq(unitReports.conferenceId, conferenceId));
}
