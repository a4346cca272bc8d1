// Writes of the certificate settings: one row per conference, created by the first save
// (version 0), then optimistic concurrency (a stale version gets 409 with the current row).
import type { Actor } from '../../../shared/rules/permissions';
import type { CertificateSettingsInput } from '../../../shared/schemas/certificates';
import type { Db } from '../../db/client';
import { certificateSettings } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { conflict } from '../../errors';
import { writeAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { type CertificateSettingsRow, getCertificateSettings } from './certificate-data';

export async function saveCertificateSettings(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  input: CertificateSettingsInput,
): Promise<CertificateSettingsRow> {
  return db.transaction(async (tx) => {
    const { version, ...values } = input;
    const before = await getCertificateSettings(tx, conf.id);
    let after: CertificateSettingsRow;
    if (!before) {
      if (version !== 0) throw conflict(null);
      const [row] = await tx
        .insert(certificateSettings)
        .values({ ...values, organizationId: conf.organizationId, conferenceId: conf.id })
        .onConflictDoNothing()
        .returning();
      // Someone else saved first.
      if (!row) throw conflict(await getCertificateSettings(tx, conf.id));
      after = row;
    } else {
      after = await updateVersioned(tx, certificateSettings, before.id, version, values, () =>
        getCertificateSettings(tx, conf.id),
      );
    }
    await writeAudit(tx, actor, {
      organizationId: conf.organizationId,
      conferenceId: conf.id,
      action: before ? 'certificate_settings.updated' : 'certificate_settings.created',
      entityType: 'certificate_settings',
      entityId: after.id,
      before: before ? { ...before, updatedAt: undefined } : null,
      after: { ...after, updatedAt: undefined },
    });
    return after;
  });
}
