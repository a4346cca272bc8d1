// Writes of the honour board (bảng vinh danh): built from the register (the QĐ's honours), edited
// for the public by the culture officer (versioned, 409 when stale), a photo per entry, published
// one by one or all at once. Each write and its audit entry are one transaction.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { BoardEntryInput } from '../../../shared/schemas/publicity';
import type { Db } from '../../db/client';
import { boardEntries, mediaAssets } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, orNotFound } from '../../errors';
import { sanitizeSummary } from '../../rich-text';
import type { FileStore } from '../../storage/files';
import { writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { createPhoto } from '../media/mutations';
import { type BoardSourceRow, callingOrder, getBoardEntry, listBoardSources } from './data';

const ENTITY = 'board_entry';

type EntryRef = { db: Db; actor: Actor; conf: ConferenceRow; entryId: string };

function entryValues(s: BoardSourceRow, sortOrder: number, organizationId: string, conferenceId: string) {
  const individual = s.individual as { birthYear?: number | null; position?: string | null } | null;
  return {
    organizationId,
    conferenceId,
    honourId: s.honourId,
    nominationId: s.nominationId,
    subjectId: s.subjectId,
    kind: s.kind,
    displayName: s.nominationName ?? s.subjectName,
    unitName: s.unitName ?? s.subjectUnit,
    position: individual?.position ?? '',
    birthYear: individual?.birthYear ?? s.subjectBirthYear ?? null,
    formName: s.formName,
    decisionNumber: s.decisionNumber,
    decisionDate: s.decisionDate,
    storyHtml: sanitizeSummary(s.summaryHtml ?? ''),
    sortOrder,
  };
}

/**
 * Lập bảng từ QĐ: one entry per honour of the conference's QĐ khen thưởng that has none yet, in
 * the QĐ's order. Entries already there are left as edited. Answers how many were made.
 */
export async function buildBoard(db: Db, actor: Actor, conf: ConferenceRow): Promise<number> {
  return db.transaction(async (tx) => {
    const [sources, order] = await Promise.all([listBoardSources(tx, conf.id), callingOrder(tx, conf.id)]);
    if (sources.length === 0) {
      throw new AppError(
        'INVALID_STATE',
        'Chưa có Quyết định khen thưởng nào được ban hành cho hội nghị này: chưa lập được bảng vinh danh',
      );
    }
    const values = sources.map((s, i) =>
      entryValues(
        s,
        (s.nominationId ? order.get(s.nominationId) : undefined) ?? order.size + i,
        conf.organizationId,
        conf.id,
      ),
    );
    const made = await tx
      .insert(boardEntries)
      .values(values)
      .onConflictDoNothing({ target: boardEntries.honourId })
      .returning({ id: boardEntries.id });
    if (made.length > 0) {
      await writeConferenceAudit(tx, actor, conf, {
        action: 'board_entry.built',
        entityType: ENTITY,
        entityId: conf.id,
        after: { created: made.length },
      });
    }
    return made.length;
  });
}

/** Sửa mục bảng vinh danh: the story sanitized like a nomination's summary; 409 when stale. */
export async function updateBoardEntry(
  ref: EntryRef & { input: BoardEntryInput; version: number },
): Promise<void> {
  const { db, actor, conf, entryId, input } = ref;
  await db.transaction(async (tx) => {
    const before = orNotFound(await getBoardEntry(tx, conf.id, entryId), 'mục bảng vinh danh');
    if (input.photoAssetId && input.photoAssetId !== before.entry.photoAssetId) {
      const [asset] = await tx
        .select({ id: mediaAssets.id })
        .from(mediaAssets)
        .where(
          and(
            eq(mediaAssets.id, input.photoAssetId),
            eq(mediaAssets.organizationId, conf.organizationId),
            eq(mediaAssets.kind, 'photo'),
          ),
        );
      if (!asset) {
        throw new AppError('VALIDATION', 'Ảnh không thuộc thư viện ảnh của đơn vị', {
          fields: { photoAssetId: 'Ảnh không hợp lệ' },
        });
      }
    }
    const values = {
      displayName: input.displayName,
      unitName: input.unitName,
      position: input.position,
      storyHtml: sanitizeSummary(input.storyHtml),
      photoAssetId: input.photoAssetId,
      shownFields: input.shownFields,
      sortOrder: input.sortOrder,
    };
    await updateVersioned(tx, boardEntries, entryId, ref.version, values, () =>
      getBoardEntry(tx, conf.id, entryId),
    );
    const { storyHtml: _s, ...shown } = values;
    await writeConferenceAudit(tx, actor, conf, {
      action: 'board_entry.updated',
      entityType: ENTITY,
      entityId: entryId,
      before: { displayName: before.entry.displayName, shownFields: before.entry.shownFields },
      after: shown,
    });
  });
}

/** Ảnh của mục: stored through the media library (sizes, metadata stripped), then shown by the entry. */
export async function setBoardEntryPhoto(
  ref: EntryRef & { files: FileStore; upload: { name: string; bytes: Buffer } },
): Promise<string> {
  const { db, actor, conf, entryId } = ref;
  const current = orNotFound(await getBoardEntry(db, conf.id, entryId), 'mục bảng vinh danh');
  const photo = await createPhoto(db, ref.files, actor, {
    organizationId: conf.organizationId,
    conferenceId: conf.id,
    fileName: ref.upload.name,
    bytes: ref.upload.bytes,
    title: current.entry.displayName,
  });
  await db.transaction(async (tx) => {
    await tx
      .update(boardEntries)
      .set({ photoAssetId: photo.id, version: sql`${boardEntries.version} + 1`, updatedAt: sql`now()` })
      .where(eq(boardEntries.id, entryId));
    await writeConferenceAudit(tx, actor, conf, {
      action: 'board_entry.photo_set',
      entityType: ENTITY,
      entityId: entryId,
      before: { photoAssetId: current.entry.photoAssetId },
      after: { photoAssetId: photo.id },
    });
  });
  return photo.id;
}

/** Công khai / gỡ công khai one entry (versioned). */
export async function setBoardEntryPublished(
  ref: EntryRef & { publish: boolean; version: number },
): Promise<void> {
  const { db, actor, conf, entryId } = ref;
  await db.transaction(async (tx) => {
    orNotFound(await getBoardEntry(tx, conf.id, entryId), 'mục bảng vinh danh');
    await updateVersioned(
      tx,
      boardEntries,
      entryId,
      ref.version,
      { publishedAt: ref.publish ? sql`now()` : null },
      () => getBoardEntry(tx, conf.id, entryId),
    );
    await writeConferenceAudit(tx, actor, conf, {
      action: ref.publish ? 'board_entry.published' : 'board_entry.unpublished',
      entityType: ENTITY,
      entityId: entryId,
    });
  });
}

/** Công khai cả bảng: every entry of the conference not yet published. Answers how many. */
export async function publishWholeBoard(db: Db, actor: Actor, conf: ConferenceRow): Promise<number> {
  return db.transaction(async (tx) => {
    const done = await tx
      .update(boardEntries)
      .set({ publishedAt: sql`now()`, version: sql`${boardEntries.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(boardEntries.conferenceId, conf.id), isNull(boardEntries.publishedAt)))
      .returning({ id: boardEntries.id });
    if (done.length > 0) {
      await writeConferenceAudit(tx, actor, conf, {
        action: 'board_entry.published_all',
        entityType: ENTITY,
        entityId: conf.id,
        after: { published: done.length },
      });
    }
    return done.length;
  });
}
