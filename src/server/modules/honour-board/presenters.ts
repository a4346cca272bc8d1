// The honour board as staff see it: entries with their photo's staff URLs, the groups the hall
// calls up, and the slideshow. Photos are served to staff by this module's image route.
import { type Actor, can } from '../../../shared/rules/permissions';
import { publicPaths } from '../../../shared/rules/public-paths';
import type {
  BoardEntryView,
  BoardGroupView,
  MediaAssetView,
  SlideshowView,
} from '../../../shared/schemas/publicity';
import { conferenceScope } from '../conferences/policy';
import type { BoardEntryWithPhoto, MediaRow } from './data';

type Kind = BoardEntryView['kind'];
const kindOf = (k: string): Kind => (k === 'collective' || k === 'household' ? k : 'individual');

/** The staff address of a stored size of a photo this conference shows. */
export const staffImagePath = (conferenceId: string, assetId: string, width: number) =>
  `/api/conferences/${conferenceId}/board/images/${assetId}/${width}`;

export function presentMedia(conferenceId: string, a: MediaRow): MediaAssetView {
  return {
    id: a.id,
    kind: a.kind === 'video' ? 'video' : 'photo',
    title: a.title,
    caption: a.caption,
    width: a.width,
    height: a.height,
    sizes: a.variants.map((v) => ({ width: v.width, url: staffImagePath(conferenceId, a.id, v.width) })),
    videoUrl: a.videoUrl,
    conferenceId: a.conferenceId,
    movementId: a.movementId,
    createdAt: a.createdAt.toISOString(),
    version: a.version,
  };
}

export function presentBoardEntry(
  conferenceId: string,
  { entry: e, photo }: BoardEntryWithPhoto,
): BoardEntryView {
  return {
    id: e.id,
    conferenceId: e.conferenceId,
    honourId: e.honourId,
    kind: kindOf(e.kind),
    displayName: e.displayName,
    unitName: e.unitName,
    position: e.position,
    birthYear: e.birthYear,
    formName: e.formName,
    decisionNumber: e.decisionNumber,
    decisionDate: e.decisionDate,
    storyHtml: e.storyHtml,
    photo: photo ? presentMedia(conferenceId, photo) : null,
    shownFields: e.shownFields,
    sortOrder: e.sortOrder,
    publishedAt: e.publishedAt?.toISOString() ?? null,
    publicPath: e.publishedAt ? publicPaths.entry(e.id) : null,
    version: e.version,
  };
}

export function presentBoard(
  conf: { id: string; organizationId: string },
  rows: BoardEntryWithPhoto[],
  actor: Actor,
) {
  const manage = can(actor, 'publicity.manage', conferenceScope(conf));
  return {
    items: rows.map((r) => presentBoardEntry(conf.id, r)),
    permissions: { canEdit: manage, canPublish: manage },
  };
}

/** Consecutive entries of one form (and kind) are one group: the hall calls them up together. */
export function boardGroups<T extends { formName: string; kind: string }>(
  rows: readonly T[],
): { formName: string; kind: Kind; rows: T[] }[] {
  const groups: { formName: string; kind: Kind; rows: T[] }[] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last.formName === r.formName && last.kind === kindOf(r.kind)) last.rows.push(r);
    else groups.push({ formName: r.formName, kind: kindOf(r.kind), rows: [r] });
  }
  return groups;
}

export function presentSlideshow(
  conferenceId: string,
  conferenceName: string,
  photos: MediaRow[],
  rows: BoardEntryWithPhoto[],
): SlideshowView {
  const groups: BoardGroupView[] = boardGroups(
    rows.map((r) => ({ ...r, formName: r.entry.formName, kind: r.entry.kind })),
  ).map((g) => ({
    formName: g.formName,
    kind: g.kind,
    entries: g.rows.map((r) => ({
      id: r.entry.id,
      displayName: r.entry.displayName,
      unitName: r.entry.unitName,
      photo: r.photo ? presentMedia(conferenceId, r.photo) : null,
    })),
  }));
  return { conferenceName, photos: photos.map((p) => presentMedia(conferenceId, p)), groups };
}
