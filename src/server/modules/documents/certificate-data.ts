// Reads for certificates: the conference's certificate settings row and the honorees in print
// order (collectives then individuals, award form by form, Vietnamese name order inside).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import { certificateSettings } from '../../db/schema/index';
import { type HonoreeRow, listHonorees } from '../selection/data';

export type CertificateSettingsRow = typeof certificateSettings.$inferSelect;

export async function getCertificateSettings(
  db: Db,
  conferenceId: string,
): Promise<CertificateSettingsRow | null> {
  return firstRow(db, certificateSettings, eq(certificateSettings.conferenceId, conferenceId));
}

/** Collectives, then individuals; each grouped by award form (the forms' order), names in order. */
export async function listCertificateHonorees(db: Db, conferenceId: string): Promise<HonoreeRow[]> {
  const rows = await listHonorees(db, conferenceId);
  const position = new Map(rows.map((r, i) => [r.nominationId, i]));
  return rows.sort(
    (a, b) =>
      (a.kind === 'collective' ? 0 : 1) - (b.kind === 'collective' ? 0 : 1) ||
      a.formSortOrder - b.formSortOrder ||
      a.awardFormName.localeCompare(b.awardFormName, 'vi') ||
      (position.get(a.nominationId) ?? 0) - (position.get(b.nominationId) ?? 0),
  );
}
