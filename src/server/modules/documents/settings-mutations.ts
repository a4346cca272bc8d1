// Cài đặt văn bản — writes: one row per conference, created by the first save (version 0), then
// optimistic concurrency (a stale version gets 409 with the current row); audited.
import type { Actor } from '../../../shared/rules/permissions';
import type { DocumentSettingsInput } from '../../../shared/schemas/document-settings';
import type { Db } from '../../db/client';
import { documentSettings } from '../../db/schema/index';
import { upsertAudited } from '../audit/audited-mutations';
import type { ConferenceRow } from '../conferences/data';
import { type DocumentSettingsRow, getDocumentSettings } from './settings-data';

export async function saveDocumentSettings(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  input: DocumentSettingsInput,
  /** The current settings for a 409, read on the transaction `tx`. */
  present: (tx: Db, row: DocumentSettingsRow | null) => Promise<unknown>,
): Promise<DocumentSettingsRow> {
  return db.transaction(async (tx) => {
    const before = await getDocumentSettings(tx, conf.id);
    return upsertAudited(tx, actor, conf, documentSettings, 'document_settings', {
      before,
      input,
      current: async () => present(tx, await getDocumentSettings(tx, conf.id)),
      audited: (row) => ({ ...row, updatedAt: undefined }),
    });
  });
}
