// The public notice and its comments as the contract shows them to staff, with what the actor may do.
import { type Actor, can } from '../../../shared/rules/permissions';
import { publicPaths } from '../../../shared/rules/public-paths';
import { noticeState } from '../../../shared/rules/publication';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { PublicCommentView, PublicNoticeView } from '../../../shared/schemas/publicity';
import type { CommentListRow, NoticeRow } from './data';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentNotice(
  row: NoticeRow,
  counts: { all: number; fresh: number },
  actor: Actor,
  today = todayInVietnam(),
): PublicNoticeView {
  const manage = can(actor, 'notice.manage', {
    organizationId: row.organizationId,
    conferenceId: row.conferenceId,
  });
  return {
    id: row.id,
    conferenceId: row.conferenceId,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    publicFields: row.publicFields,
    howToComment: row.howToComment,
    publishedAt: iso(row.publishedAt),
    withdrawnAt: iso(row.withdrawnAt),
    outcome: row.outcome,
    state: noticeState(row, today),
    publicPath: publicPaths.notice(row.conferenceId),
    commentCount: counts.all,
    newCommentCount: counts.fresh,
    version: row.version,
    permissions: { canEdit: manage, canPublish: manage, canHandleComments: manage },
  };
}

export function presentComment(r: CommentListRow): PublicCommentView {
  const c = r.comment;
  return {
    id: c.id,
    nominationId: c.nominationId,
    candidateName: c.nominationId ? (r.candidateName ?? null) : null,
    authorName: c.authorName,
    authorContact: c.authorContact,
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    status: c.status as PublicCommentView['status'],
    handling: c.handling,
    handledByName: r.handledByName ?? null,
    handledAt: iso(c.handledAt),
    version: c.version,
  };
}
