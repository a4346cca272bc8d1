// Writes of the albums (triển lãm ảnh): the row and its ordered items in one transaction, checked
// to be this organizer's assets; publish and unpublish; each with its audit entry.
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { AlbumInput } from '../../../shared/schemas/publicity';
import type { Db } from '../../db/client';
import { albumItems, albums } from '../../db/schema/index';
import { deleteVersioned, updateVersioned } from '../../db/versioned';
import { AppError, orNotFound } from '../../errors';
import { writeAudit } from '../audit/mutations';
import { type AlbumRow, albumAssetIds, assetsByIds, countOwnAssets, getAlbum } from './data';
import { checkLinks } from './mutations';
import { presentAlbum } from './presenters';

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', message, { fields: { [field]: message } });

async function checkAlbum(tx: Db, organizationId: string, input: AlbumInput) {
  await checkLinks(tx, organizationId, input);
  const ids = [...new Set(input.assetIds)];
  if (ids.length !== input.assetIds.length)
    throw invalid('assetIds', 'Một ảnh được chọn hai lần trong album');
  if ((await countOwnAssets(tx, organizationId, ids)) !== ids.length) {
    throw invalid('assetIds', 'Album chỉ gồm ảnh, video trong thư viện của cơ quan này');
  }
  if (input.coverAssetId) {
    const cover = (await assetsByIds(tx, organizationId, [input.coverAssetId])).get(input.coverAssetId);
    if (cover?.kind !== 'photo') {
      throw invalid('coverAssetId', 'Ảnh bìa phải là một ảnh trong thư viện của cơ quan này');
    }
  }
}

async function writeItems(tx: Db, albumId: string, assetIds: readonly string[]) {
  await tx.delete(albumItems).where(eq(albumItems.albumId, albumId));
  if (assetIds.length > 0) {
    await tx.insert(albumItems).values(assetIds.map((assetId, position) => ({ albumId, assetId, position })));
  }
}

/** The album as its view (a 409's `current`, the route's answer). */
export async function albumViewOf(db: Db, row: AlbumRow) {
  const ids = (await albumAssetIds(db, [row.id])).get(row.id) ?? [];
  return presentAlbum(row, ids, await assetsByIds(db, row.organizationId, [row.coverAssetId]));
}

const fields = ({ assetIds: _ids, ...rest }: AlbumInput) => rest;

export async function createAlbum(db: Db, actor: Actor | null, organizationId: string, input: AlbumInput) {
  return db.transaction(async (tx) => {
    await checkAlbum(tx, organizationId, input);
    const [row] = await tx
      .insert(albums)
      .values({ ...fields(input), organizationId })
      .returning();
    await writeItems(tx, row!.id, input.assetIds);
    await writeAudit(tx, actor, {
      organizationId,
      action: 'album.created',
      entityType: 'album',
      entityId: row!.id,
      after: input,
    });
    return row!;
  });
}

export async function updateAlbum(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  input: AlbumInput;
  version: number;
}) {
  const { db, actor, organizationId, id, input, version } = opts;
  return db.transaction(async (tx) => {
    const before = orNotFound(await getAlbum(tx, organizationId, id), 'album ảnh');
    const beforeIds = (await albumAssetIds(tx, [id])).get(id) ?? [];
    await checkAlbum(tx, organizationId, input);
    const after = await updateVersioned(tx, albums, id, version, fields(input), async () => {
      const current = await getAlbum(tx, organizationId, id);
      return current && albumViewOf(tx, current);
    });
    await writeItems(tx, id, input.assetIds);
    await writeAudit(tx, actor, {
      organizationId,
      action: 'album.updated',
      entityType: 'album',
      entityId: id,
      before: {
        title: before.title,
        description: before.description,
        conferenceId: before.conferenceId,
        movementId: before.movementId,
        coverAssetId: before.coverAssetId,
        assetIds: beforeIds,
      },
      after: input,
    });
    return after;
  });
}

/** Publish (the public page and its photos appear) or unpublish (they answer 404 again). */
export async function publishAlbum(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  publish: boolean;
  version: number;
}) {
  const { db, actor, organizationId, id, publish, version } = opts;
  return db.transaction(async (tx) => {
    const before = orNotFound(await getAlbum(tx, organizationId, id), 'album ảnh');
    if (publish && (await albumAssetIds(tx, [id])).get(id)?.length === 0) {
      throw new AppError('INVALID_STATE', `Album "${before.title}" chưa có ảnh nào: thêm ảnh rồi mới đăng`);
    }
    const after = await updateVersioned(
      tx,
      albums,
      id,
      version,
      { publishedAt: publish ? (before.publishedAt ?? new Date()) : null },
      async () => {
        const current = await getAlbum(tx, organizationId, id);
        return current && albumViewOf(tx, current);
      },
    );
    await writeAudit(tx, actor, {
      organizationId,
      action: publish ? 'album.published' : 'album.unpublished',
      entityType: 'album',
      entityId: id,
      before: { publishedAt: before.publishedAt },
      after: { publishedAt: after.publishedAt },
    });
    return after;
  });
}

export async function deleteAlbum(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  version: number;
}) {
  const { db, actor, organizationId, id, version } = opts;
  await db.transaction(async (tx) => {
    const before = orNotFound(await getAlbum(tx, organizationId, id), 'album ảnh');
    await deleteVersioned(tx, albums, id, version, await albumViewOf(tx, before));
    await writeAudit(tx, actor, {
      organizationId,
      action: 'album.deleted',
      entityType: 'album',
      entityId: id,
      before: { title: before.title, publishedAt: before.publishedAt },
    });
  });
}
