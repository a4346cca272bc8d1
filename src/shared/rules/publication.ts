import type { NoticeState } from '../schemas/publicity';

// When something is public. One home: the public pages' reads filter with the same conditions
// (in SQL), the staff screens show these states, the tests walk the public routes against them.

/** An article shows when it is published and its time has come (publishAt null: at once). */
export function articleShows(a: { status: string; publishAt: Date | string | null }, now: Date): boolean {
  if (a.status !== 'published') return false;
  return a.publishAt === null || new Date(a.publishAt).getTime() <= now.getTime();
}

export function articleState(a: { status: string; publishAt: Date | string | null }, now: Date) {
  if (a.status !== 'published') return 'draft' as const;
  return articleShows(a, now) ? ('published' as const) : ('scheduled' as const);
}

/**
 * A notice's state on a Vietnam date (YYYY-MM-DD): withdrawn and draft first, then by its period
 * (both ends included). The public page exists while scheduled, open or closed; comments are taken
 * only while open.
 */
export function noticeState(
  n: {
    publishedAt: Date | string | null;
    withdrawnAt: Date | string | null;
    opensOn: string;
    closesOn: string;
  },
  today: string,
): NoticeState {
  if (n.withdrawnAt) return 'withdrawn';
  if (!n.publishedAt) return 'draft';
  if (today < n.opensOn) return 'scheduled';
  if (today > n.closesOn) return 'closed';
  return 'open';
}

export const noticeIsPublic = (state: NoticeState) =>
  state === 'scheduled' || state === 'open' || state === 'closed';
export const noticeTakesComments = (state: NoticeState) => state === 'open';
