// Reads of the honour board for staff: the conference's entries in calling order with their
// photos, what the register holds for the board (the QĐ's honours), the calling order, and the
// pictures the slideshow shows (the conference's albums). The public reads are public-data.ts.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { groupByForm, honoreeEntry } from '../../../shared/rules/honorees';
import type { Db } from '../../db/client';
import {
  albumItems,
  albums,
  boardEntries,
  conferences,
  honourSubjects,
  honours,
  issuedDocuments,
  mediaAssets,
  nominations,
  units,
} from '../../db/schema/index';
import { listHonorees } from '../selection/data';

export type BoardEntryRow = typeof boardEntries.$inferSelect;
export type MediaRow = typeof mediaAssets.$inferSelect;
export type BoardEntryWithPhoto = { entry: BoardEntryRow; photo: MediaRow | null };

/** The conference's board, in calling order. */
export async function listBoardEntries(db: Db, conferenceId: string): Promise<BoardEntryWithPhoto[]> {
  return db
    .select({ entry: boardEntries, photo: mediaAssets })
    .from(boardEntries)
    .leftJoin(mediaAssets, eq(mediaAssets.id, boardEntries.photoAssetId))
    .where(eq(boardEntries.conferenceId, conferenceId))
    .orderBy(asc(boardEntries.sortOrder), asc(boardEntries.displayName));
}

export async function getBoardEntry(
  db: Db,
  conferenceId: string,
  entryId: string,
): Promise<BoardEntryWithPhoto | null> {
  const [row] = await db
    .select({ entry: boardEntries, photo: mediaAssets })
    .from(boardEntries)
    .leftJoin(mediaAssets, eq(mediaAssets.id, boardEntries.photoAssetId))
    .where(and(eq(boardEntries.conferenceId, conferenceId), eq(boardEntries.id, entryId)));
  return row ?? null;
}

/**
 * What the board is built from: the honours the conference's QĐ khen thưởng wrote into the
 * register (not revoked), each with its identity, its nomination (position, summary) and unit.
 */
export async function listBoardSources(db: Db, conferenceId: string) {
  return db
    .select({
      honourId: honours.id,
      organizationId: honours.organizationId,
      subjectId: honours.subjectId,
      kind: honourSubjects.kind,
      subjectName: honourSubjects.name,
      subjectUnit: honourSubjects.unitName,
      subjectBirthYear: honourSubjects.birthYear,
      formName: honours.formName,
      decisionNumber: honours.decisionNumber,
      decisionDate: honours.decisionDate,
      nominationId: honours.nominationId,
      nominationName: nominations.name,
      individual: nominations.individual,
      summaryHtml: nominations.summaryHtml,
      unitName: units.name,
    })
    .from(honours)
    .innerJoin(issuedDocuments, eq(issuedDocuments.id, honours.issuedDocumentId))
    .innerJoin(honourSubjects, eq(honourSubjects.id, honours.subjectId))
    .leftJoin(nominations, eq(nominations.id, honours.nominationId))
    .leftJoin(units, eq(units.id, nominations.unitId))
    .where(
      and(
        eq(issuedDocuments.conferenceId, conferenceId),
        eq(issuedDocuments.kind, 'decision'),
        isNull(honours.revokedAt),
      ),
    );
}
export type BoardSourceRow = Awaited<ReturnType<typeof listBoardSources>>[number];

/** Each honoree's place in the QĐ's list (groups by form, collectives first, names in order). */
export async function callingOrder(db: Db, conferenceId: string): Promise<Map<string, number>> {
  const rows = await listHonorees(db, conferenceId);
  const entries = rows.map((r) => ({ ...honoreeEntry(r, r.formSortOrder), nominationId: r.nominationId }));
  const ordered = groupByForm(entries).flatMap((g) => g.rows);
  return new Map(ordered.map((e, i) => [e.nominationId, i]));
}

/** The photos of the conference's albums (the movement's pictures), album by album, in order. */
export async function listSlideshowPhotos(db: Db, conferenceId: string): Promise<MediaRow[]> {
  const rows = await db
    .select({ asset: mediaAssets })
    .from(albumItems)
    .innerJoin(albums, eq(albums.id, albumItems.albumId))
    .innerJoin(mediaAssets, eq(mediaAssets.id, albumItems.assetId))
    .where(and(eq(albums.conferenceId, conferenceId), eq(mediaAssets.kind, 'photo')))
    .orderBy(asc(albums.createdAt), asc(albumItems.position));
  const seen = new Set<string>();
  return rows.map((r) => r.asset).filter((a) => !seen.has(a.id) && seen.add(a.id));
}

/** A photo shown by this conference's board or albums (the staff image route serves only these). */
export async function conferencePhoto(
  db: Db,
  conferenceId: string,
  assetId: string,
): Promise<MediaRow | null> {
  const [row] = await db
    .select({ asset: mediaAssets })
    .from(mediaAssets)
    .where(
      and(
        eq(mediaAssets.id, assetId),
        or(
          inArray(
            mediaAssets.id,
            db
              .select({ id: boardEntries.photoAssetId })
              .from(boardEntries)
              .where(eq(boardEntries.conferenceId, conferenceId)),
          ),
          inArray(
            mediaAssets.id,
            db
              .select({ id: albumItems.assetId })
              .from(albumItems)
              .innerJoin(albums, eq(albums.id, albumItems.albumId))
              .where(eq(albums.conferenceId, conferenceId)),
          ),
        ),
      ),
    );
  return row?.asset ?? null;
}

export async function conferenceName(db: Db, conferenceId: string): Promise<string> {
  const [row] = await db
    .select({ name: sql<string>`${conferences.plan}->>'name'` })
    .from(conferences)
    .where(eq(conferences.id, conferenceId));
  return row?.name ?? '';
}
