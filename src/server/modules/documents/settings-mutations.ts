// Cài đặt văn bản — writes: one row per conference, created by the first save (version 0), then
// optimistic concurrency (a stale version gets 409 with the current row); audited.
import type { Actor } from '../../../shared/rules/permissions';
import type { DocumentSettingsInput } from '../../../shared/schemas/document-settings';
import type { Db } from '../../db/client';
import { documentSettings } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { conflict } from '../../errors';
import { writeAudit } from '../audit/mutations';
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
    const { version, ...values } = input;
    const before = await getDocumentSettings(tx, conf.id);
    let after: DocumentSettingsRow;
    if (!before) {
      if (version !== 0) throw conflict(await present(tx, null));
      const [row] = await tx
        .insert(documentSettings)
        .values({ ...values, organizationId: conf.organizationId, conferenceId: conf.id })
        .onConflictDoNothing()
        .returning();
      if (!row) throw conflict(await present(tx, await getDocumentSettings(tx, conf.id)));
      after = row;
    } else {
      after = await updateVersioned(tx, documentSettings, before.id, version, values, async () =>
        present(tx, await getDocumentSettings(tx, conf.id)),
      );
    }
    await writeAudit(tx, actor, {
      organizationId: conf.organizationId,
      conferenceId: conf.id,
      action: before ? 'document_settings.updated' : 'document_settings.created',
      entityType: 'document_settings',
      entityId: after.id,
      before: before ? { ...before, updatedAt: undefined } : null,
      after: { ...after, updatedAt: undefined },
    });
    return after;
  });
}
