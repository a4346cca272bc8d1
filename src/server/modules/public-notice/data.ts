// Reads of the public notice (thông báo công khai): the notice of a conference, its candidates,
// the comments sent on it, and the per-client count the rate limit reads. The public page reads
// through `publicNoticePage` only, which answers nothing for a notice that is not public.
import { and, asc, count, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { noticeIsPublic, noticeState } from '../../../shared/rules/publication';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import {
  awardForms,
  conferences,
  nominations,
  organizations,
  publicComments,
  publicNotices,
  units,
  users,
} from '../../db/schema/index';

export type NoticeRow = typeof publicNotices.$inferSelect;
export type CommentRow = typeof publicComments.$inferSelect;

export const getNotice = (db: Db, conferenceId: string): Promise<NoticeRow | null> =>
  firstRow(db, publicNotices, eq(publicNotices.conferenceId, conferenceId));

export const getComment = (db: Db, conferenceId: string, id: string): Promise<CommentRow | null> =>
  firstRow(db, publicComments, eq(publicComments.conferenceId, conferenceId), eq(publicComments.id, id));

/**
 * The candidates of the notice: the nominations the secretary accepted into review (status
 * 'accepted') — exactly what the council's ballots may put to the vote (review/ballot-mutations
 * refuses any other status). Ordered by award form, then by Vietnamese name order.
 */
export async function listCandidates(db: Db, conferenceId: string) {
  return db
    .select({
      id: nominations.id,
      kind: nominations.kind,
      name: nominations.name,
      unitName: units.name,
      formName: awardForms.name,
      summaryHtml: nominations.summaryHtml,
    })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(awardForms, eq(awardForms.id, nominations.awardFormId))
    .where(and(eq(nominations.conferenceId, conferenceId), eq(nominations.status, 'accepted')))
    .orderBy(asc(awardForms.sortOrder), asc(nominations.sortKey));
}
export type CandidateRow = Awaited<ReturnType<typeof listCandidates>>[number];

/** Is this nomination one of the notice's candidates? */
export async function isCandidate(db: Db, conferenceId: string, nominationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(
      and(
        eq(nominations.conferenceId, conferenceId),
        eq(nominations.id, nominationId),
        eq(nominations.status, 'accepted'),
      ),
    );
  return !!row;
}

/** All comments and the unhandled ones of a notice. */
export async function commentCounts(db: Db, noticeId: string) {
  const [row] = await db
    .select({
      all: count(),
      fresh: sql<number>`count(*) filter (where ${publicComments.status} = 'new')`.mapWith(Number),
    })
    .from(publicComments)
    .where(eq(publicComments.noticeId, noticeId));
  return { all: row?.all ?? 0, fresh: row?.fresh ?? 0 };
}

/** Comments of a notice with the candidate's and the handler's names, oldest first. */
export async function listComments(
  db: Db,
  noticeId: string,
  filter: { nominationId?: string | undefined; ids?: string[] } = {},
) {
  const conditions = [eq(publicComments.noticeId, noticeId)];
  if (filter.nominationId) conditions.push(eq(publicComments.nominationId, filter.nominationId));
  if (filter.ids) conditions.push(inArray(publicComments.id, filter.ids));
  return db
    .select({
      comment: publicComments,
      candidateName: nominations.name,
      handledByName: users.fullName,
    })
    .from(publicComments)
    .leftJoin(nominations, eq(nominations.id, publicComments.nominationId))
    .leftJoin(users, eq(users.id, publicComments.handledBy))
    .where(and(...conditions))
    .orderBy(asc(publicComments.createdAt), asc(publicComments.id));
}
export type CommentListRow = Awaited<ReturnType<typeof listComments>>[number];

/** How many comments this client sent since `since` (the rate limit). */
export async function recentCommentsBy(db: Db, clientKey: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(publicComments)
    .where(and(eq(publicComments.clientKey, clientKey), gte(publicComments.createdAt, since)));
  return row?.n ?? 0;
}

/**
 * What the public page shows, or null when the notice is not public on `today` (none, draft,
 * withdrawn): the organizer, the conference's name and the candidates.
 */
export async function publicNoticePage(db: Db, conferenceId: string, today: string) {
  const [head] = await db
    .select({
      notice: publicNotices,
      organizationId: organizations.id,
      organizationName: organizations.name,
      plan: conferences.plan,
    })
    .from(publicNotices)
    .innerJoin(conferences, eq(conferences.id, publicNotices.conferenceId))
    .innerJoin(organizations, eq(organizations.id, conferences.organizationId))
    .where(and(eq(publicNotices.conferenceId, conferenceId), isNull(publicNotices.withdrawnAt)));
  if (!head) return null;
  const state = noticeState(head.notice, today);
  if (!noticeIsPublic(state)) return null;
  return {
    notice: head.notice,
    state,
    organization: { id: head.organizationId, name: head.organizationName },
    conferenceName: head.plan.officialTitle || head.plan.name,
    period: { start: head.plan.periodStart, end: head.plan.periodEnd },
    candidates: await listCandidates(db, conferenceId),
  };
}
export type PublicNoticePage = NonNullable<Awaited<ReturnType<typeof publicNoticePage>>>;

/** The comments the council sees on one nomination (its notice's), newest last. */
export async function commentsOnNomination(db: Db, conferenceId: string, nominationId: string) {
  const notice = await getNotice(db, conferenceId);
  if (!notice) return [];
  return listComments(db, notice.id, { nominationId });
}

/** A published notice's facts for the documents (minutes, TTr): the period, the count, the outcome. */
export async function noticeSummary(db: Db, conferenceId: string) {
  const notice = await getNotice(db, conferenceId);
  if (!notice?.publishedAt || notice.withdrawnAt) return null;
  const { all } = await commentCounts(db, notice.id);
  return { opensOn: notice.opensOn, closesOn: notice.closesOn, commentCount: all, outcome: notice.outcome };
}
export type NoticeSummary = NonNullable<Awaited<ReturnType<typeof noticeSummary>>>;
