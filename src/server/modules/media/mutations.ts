// Writes of the media library. A photo is processed (storage/images.ts: sniffed, ≤ 10 MB, upright,
// WebP sizes, metadata stripped) and its sizes stored before the transaction; the row and its
// audit entry are one transaction, so a failure leaves at most unreferenced files in the store.
// An asset that something published shows (an album, an article published or scheduled, a board
// entry) is not deleted; from drafts it is detached (album items go, covers and photos empty).
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../shared/rules/permissions';
import type { mediaDetailsSchema, videoLinkInputSchema } from '../../../shared/schemas/publicity';
import type { Db } from '../../db/client';
import { mediaAssets } from '../../db/schema/index';
import { deleteVersioned, updateVersioned } from '../../db/versioned';
import { AppError, orNotFound } from '../../errors';
import type { FileStore } from '../../storage/files';
import { storeImage } from '../../storage/images';
import { writeAudit } from '../audit/mutations';
import { getAsset, getConferenceOf, getMovementOf, type MediaAssetRow, publishedUses } from './data';
import { presentAsset } from './presenters';

export type { MediaAssetRow } from './data';

export type PhotoInput = {
  organizationId: string;
  fileName: string;
  bytes: Buffer;
  title?: string;
  caption?: string;
  conferenceId?: string | null;
  movementId?: string | null;
};
type MediaDetails = z.infer<typeof mediaDetailsSchema>;
type VideoInput = z.infer<typeof videoLinkInputSchema>;

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', message, { fields: { [field]: message } });

/** A conference and a movement named on a media row, an album or an article must be this organizer's. */
export async function checkLinks(
  db: Db,
  organizationId: string,
  links: { conferenceId?: string | null; movementId?: string | null },
) {
  if (links.conferenceId && !(await getConferenceOf(db, organizationId, links.conferenceId))) {
    throw invalid('conferenceId', 'Hội nghị phải là một hội nghị của cơ quan này');
  }
  if (links.movementId && !(await getMovementOf(db, organizationId, links.movementId))) {
    throw invalid('movementId', 'Phong trào phải là một phong trào thi đua của cơ quan này');
  }
}

/** Stores a photo's sizes and records it; answers the row. */
export async function createPhoto(
  db: Db,
  files: FileStore,
  actor: Actor | null,
  input: PhotoInput,
): Promise<MediaAssetRow> {
  await checkLinks(db, input.organizationId, input);
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

/** Records a link to a video hosted elsewhere (https only: the schema refuses the rest). */
export async function createVideoLink(
  db: Db,
  actor: Actor | null,
  organizationId: string,
  input: VideoInput,
) {
  await checkLinks(db, organizationId, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mediaAssets)
      .values({ ...input, organizationId, kind: 'video', createdBy: actor?.userId ?? null })
      .returning();
    await writeAudit(tx, actor, {
      organizationId,
      action: 'media_asset.video_added',
      entityType: 'media_asset',
      entityId: row!.id,
      after: { title: row!.title, videoUrl: row!.videoUrl },
    });
    return row!;
  });
}

export async function updateAsset(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  details: MediaDetails;
  version: number;
}) {
  const { db, actor, organizationId, id, details, version } = opts;
  await checkLinks(db, organizationId, details);
  return db.transaction(async (tx) => {
    const before = orNotFound(await getAsset(tx, organizationId, id), 'ảnh hoặc video');
    const after = await updateVersioned(tx, mediaAssets, id, version, details, async () => {
      const current = await getAsset(tx, organizationId, id);
      return current && presentAsset(current);
    });
    const pick = (r: MediaAssetRow) => ({
      title: r.title,
      caption: r.caption,
      conferenceId: r.conferenceId,
      movementId: r.movementId,
    });
    await writeAudit(tx, actor, {
      organizationId,
      action: 'media_asset.updated',
      entityType: 'media_asset',
      entityId: id,
      before: pick(before),
      after: pick(after),
    });
    return after;
  });
}

/** Refused (409) while something published shows it, naming what; detached from drafts otherwise. */
export async function deleteAsset(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  version: number;
}) {
  const { db, actor, organizationId, id, version } = opts;
  await db.transaction(async (tx) => {
    const before = orNotFound(await getAsset(tx, organizationId, id), 'ảnh hoặc video');
    await tx.select({ id: mediaAssets.id }).from(mediaAssets).where(eq(mediaAssets.id, id)).for('update');
    const uses = await publishedUses(tx, id);
    const named = [
      ...uses.albums.map((t) => `album "${t}"`),
      ...uses.articles.map((t) => `tin bài "${t}"`),
      ...uses.board.map((n) => `bảng vinh danh (${n})`),
    ];
    if (named.length > 0) {
      throw new AppError(
        'CONFLICT',
        `Không xóa được "${before.title || 'ảnh'}": đang hiển thị công khai trong ${named.join(', ')}. Hãy gỡ khỏi đó hoặc thôi đăng trước.`,
      );
    }
    // covers and board photos empty themselves (on delete set null); album items go (cascade)
    await deleteVersioned(tx, mediaAssets, id, version, presentAsset(before));
    await writeAudit(tx, actor, {
      organizationId,
      action: 'media_asset.deleted',
      entityType: 'media_asset',
      entityId: id,
      before: { title: before.title, kind: before.kind },
    });
  });
}
