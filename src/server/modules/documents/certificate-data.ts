// Reads for certificates: the conference's certificate settings row and the honorees in print
// order (collectives then individuals, award form by form, Vietnamese name order inside).
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import { certificateSettings, honours } from '../../db/schema/index';
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

/** Each nomination's mã xác minh, from its honour in the register (not revoked). */
export async function verifyCodesOf(db: Db, nominationIds: string[]): Promise<Map<string, string>> {
  if (nominationIds.length === 0) return new Map();
  const rows = await db
    .select({ nominationId: honours.nominationId, code: honours.verifyCode })
    .from(honours)
    .where(
      and(
        inArray(honours.nominationId, nominationIds),
        isNull(honours.revokedAt),
        isNotNull(honours.verifyCode),
      ),
    );
  return new Map(rows.map((r) => [r.nominationId!, r.code!]));
}
