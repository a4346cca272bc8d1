// Writes of the certificate settings: one row per conference, created by the first save
// (version 0), then optimistic concurrency (a stale version gets 409 with the current row).
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { CertificateSettingsInput } from '../../../shared/schemas/certificates';
import type { Db } from '../../db/client';
import { certificateSettings } from '../../db/schema/index';
import { upsertAudited } from '../audit/audited-mutations';
import { writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { type CertificateSettingsRow, getCertificateSettings } from './certificate-data';

export async function saveCertificateSettings(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  input: CertificateSettingsInput,
): Promise<CertificateSettingsRow> {
  return db.transaction(async (tx) => {
    const before = await getCertificateSettings(tx, conf.id);
    return upsertAudited(tx, actor, conf, certificateSettings, 'certificate_settings', {
      before,
      input,
      current: () => getCertificateSettings(tx, conf.id),
      audited: (row) => ({ ...row, updatedAt: undefined }),
    });
  });
}

export const CERTIFICATE_IMAGES = ['signature', 'seal'] as const;
export type CertificateImage = (typeof CERTIFICATE_IMAGES)[number];
const IMAGE_COLUMN = { signature: 'signatureImageSha256', seal: 'sealImageSha256' } as const;

/**
 * Sets (a stored file's hash) or removes (null) the signature or seal image. The row is created
 * with the defaults when nothing is stored yet; the version is bumped so an open settings form
 * notices. Audited.
 */
export async function setCertificateImage(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  which: CertificateImage,
  sha256: string | null,
): Promise<void> {
  const column = IMAGE_COLUMN[which];
  await db.transaction(async (tx) => {
    const before = await getCertificateSettings(tx, conf.id);
    if (!before) {
      await tx
        .insert(certificateSettings)
        .values({ organizationId: conf.organizationId, conferenceId: conf.id, [column]: sha256 })
        .onConflictDoUpdate({
          target: certificateSettings.conferenceId,
          set: { [column]: sha256, version: sql`${certificateSettings.version} + 1`, updatedAt: sql`now()` },
        });
    } else {
      await tx
        .update(certificateSettings)
        .set({ [column]: sha256, version: sql`${certificateSettings.version} + 1`, updatedAt: sql`now()` })
        .where(eq(certificateSettings.id, before.id));
    }
    const after = await getCertificateSettings(tx, conf.id);
    await writeConferenceAudit(tx, actor, conf, {
      action: sha256
        ? `certificate_settings.${which}_image_set`
        : `certificate_settings.${which}_image_removed`,
      entityType: 'certificate_settings',
      entityId: after!.id,
      before: { [column]: before?.[column] ?? null },
      after: { [column]: sha256 },
    });
  });
}
