// Cài đặt văn bản — reads: the conference's stored row, and what the builders use (the stored
// values or the defaults when nothing is stored).
import { eq } from 'drizzle-orm';
import type { PrizeRounding } from '../../../shared/rules/prize-money';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import { documentSettings } from '../../db/schema/index';

export type DocumentSettingsRow = typeof documentSettings.$inferSelect;

export async function getDocumentSettings(db: Db, conferenceId: string): Promise<DocumentSettingsRow | null> {
  return firstRow(db, documentSettings, eq(documentSettings.conferenceId, conferenceId));
}

/** What the documents are built with: null legal basis = the default lines; null date = the conference day. */
export async function documentSettingsFor(
  db: Db,
  conferenceId: string,
): Promise<{
  prizeRounding: PrizeRounding;
  decisionLegalBasis: string[] | null;
  decisionDate: string | null;
}> {
  const row = await getDocumentSettings(db, conferenceId);
  return {
    prizeRounding: (row?.prizeRounding as PrizeRounding | undefined) ?? 'none',
    decisionLegalBasis: row?.decisionLegalBasis ?? null,
    decisionDate: row?.decisionDate ?? null,
  };
}
