// Writes of the media library. A photo is processed (storage/images.ts: sniffed, ≤ 10 MB, upright,
// WebP sizes, metadata stripped) and its sizes stored before the transaction; the row and its
// audit entry are one transaction, so a failure leaves at most unreferenced files in the store.
import type { Actor } from '../../../shared/rules/permissions';
import type { Db } from '../../db/client';
import { mediaAssets } from '../../db/schema/index';
import type { FileStore } from '../../storage/files';
import { storeImage } from '../../storage/images';
import { writeAudit } from '../audit/mutations';

export type PhotoInput = {
  organizationId: string;
  fileName: string;
  bytes: Buffer;
  title?: string;
  caption?: string;
  conferenceId?: string | null;
  movementId?: string | null;
};

export type MediaAssetRow = typeof mediaAssets.$inferSelect;

/** Stores a photo's sizes and records it; answers the row. */
export async function createPhoto(
  db: Db,
  files: FileStore,
  actor: Actor | null,
  input: PhotoInput,
): Promise<MediaAssetRow> {
  const stored = await storeImage(files, input.fileName, input.bytes);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mediaAssets)
      .values({
        organizationId: input.organizationId,
        conferenceId: input.conferenceId ?? null,
        movementId: input.movementId ?? null,
        kind: 'photo',
        title: input.title ?? '',
        caption: input.caption ?? '',
        width: stored.width,
        height: stored.height,
        variants: stored.variants,
        createdBy: actor?.userId ?? null,
      })
      .returning();
    await writeAudit(tx, actor, {
      organizationId: input.organizationId,
      action: 'media_asset.uploaded',
      entityType: 'media_asset',
      entityId: row!.id,
      after: { title: row!.title, width: row!.width, height: row!.height },
    });
    return row!;
  });
}
