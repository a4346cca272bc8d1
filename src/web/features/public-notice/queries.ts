import type { MeView as Me } from '../../../shared/schemas/auth';
import type { ConferenceView } from '../../../shared/schemas/conferences';
import type {
  CommentStatus,
  NoticeInput,
  PublicCommentListView,
  PublicCommentView,
  PublicNoticeView,
} from '../../../shared/schemas/publicity';
import { conferenceCan } from '../../lib/actor';
import { api } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const noticePath = (cid: string) => `/conferences/${cid}/notice`;
const apiBase = (cid: string) => `/api/conferences/${cid}/notice`;

export const noticeKey = (cid: string) => ['notice', cid] as const;
export const commentsKey = (cid: string) => ['notice', cid, 'comments'] as const;

/** The secretary's page: who may publish the list (notice.manage). */
export const canManageNotice = (me: Me, c: Pick<ConferenceView, 'id' | 'organizationId'>) =>
  conferenceCan(me, c)('notice.manage');
/** Who reads the comments (the council, its chair, the office). */
export const canReadComments = (me: Me, c: Pick<ConferenceView, 'id' | 'organizationId'>) =>
  conferenceCan(me, c)('nomination.read');

export const useNotice = (cid: string) => useGet<PublicNoticeView | null>(noticeKey(cid), apiBase(cid));

/** Every comment of the notice, once per page; a candidate's are filtered from it. */
export const useComments = (cid: string, enabled = true) =>
  useGet<PublicCommentListView>(commentsKey(cid), `${apiBase(cid)}/comments`, { enabled });

export const saveNotice = (cid: string, notice: NoticeInput, version: number) =>
  api<PublicNoticeView>('PUT', apiBase(cid), { notice, version });
export const publishNotice = (cid: string, version: number) =>
  api<PublicNoticeView>('POST', `${apiBase(cid)}/publish`, { version });
export const withdrawNotice = (cid: string, version: number) =>
  api<PublicNoticeView>('POST', `${apiBase(cid)}/withdraw`, { version });
export const saveOutcome = (cid: string, outcome: string, version: number) =>
  api<PublicNoticeView>('PUT', `${apiBase(cid)}/outcome`, { outcome, version });
export const handleComment = (
  cid: string,
  c: PublicCommentView,
  body: { status: CommentStatus; handling: string },
) => api<PublicCommentView>('PUT', `${apiBase(cid)}/comments/${c.id}`, { ...body, version: c.version });
