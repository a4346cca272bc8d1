import { z } from 'zod';
import { type Actor, can } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import {
  commentHandlingSchema,
  noticeOutcomeSchema,
  noticePublishSchema,
  noticeUpdateSchema,
  publicCommentListView,
  publicCommentView,
  publicNoticeView,
} from '../../../shared/schemas/publicity';
import type { Db } from '../../db/client';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { commentCounts, getNotice, listComments } from './data';
import { handleComment, publishNotice, recordOutcome, saveNotice, withdrawNotice } from './mutations';
import { presentComment, presentNotice } from './presenters';

const tags = ['public-notice'];
const base = '/api/conferences/:conferenceId/notice';
const commentParams = confParams.extend({ commentId: uuidParam('Mã ý kiến') });
const commentQuery = z.object({ nominationId: uuidParam('Mã đề nghị').optional() });

async function noticeView(db: Db, actor: Actor, conf: ConferenceRow) {
  const row = orNotFound(await getNotice(db, conf.id), 'thông báo công khai');
  return presentNotice(row, await commentCounts(db, row.id), actor);
}

/**
 * Thông báo công khai of a conference. GET answers 200 with `null` while the conference has no
 * notice yet (the page offers to write one); PUT creates it then, else updates it (409 when the
 * version is stale). The comments are read with 'nomination.read' (the council and its chair see
 * them on each candidate); every write needs 'notice.manage'.
 */
export async function publicNoticeRoutes(app: AppInstance) {
  const { db } = app.deps;
  const read = routeGroup(app, { tags, policy: 'nomination.read', params: confParams });
  const manage = routeGroup(app, { tags, policy: 'notice.manage', params: confParams });

  read.get(
    base,
    {
      summary: 'Thông báo công khai danh sách đề nghị (null: chưa có)',
      response: { 200: publicNoticeView.nullable() },
    },
    async ({ actor, conf }) => {
      const row = await getNotice(db, conf.id);
      return row ? presentNotice(row, await commentCounts(db, row.id), actor) : null;
    },
  );

  manage.put(
    base,
    {
      summary: 'Lập hoặc sửa thông báo công khai',
      body: noticeUpdateSchema,
      response: { 200: publicNoticeView },
    },
    async ({ req, actor, conf }) => {
      await saveNotice({ db, actor, conf, input: req.body.notice, version: req.body.version });
      return noticeView(db, actor, conf);
    },
  );

  manage.post(
    `${base}/publish`,
    { summary: 'Công khai danh sách', body: noticePublishSchema, response: { 200: publicNoticeView } },
    async ({ req, actor, conf }) => {
      await publishNotice({ db, actor, conf, version: req.body.version });
      return noticeView(db, actor, conf);
    },
  );

  manage.post(
    `${base}/withdraw`,
    { summary: 'Gỡ thông báo công khai', body: noticePublishSchema, response: { 200: publicNoticeView } },
    async ({ req, actor, conf }) => {
      await withdrawNotice({ db, actor, conf, version: req.body.version });
      return noticeView(db, actor, conf);
    },
  );

  manage.put(
    `${base}/outcome`,
    { summary: 'Ghi kết quả xử lý ý kiến', body: noticeOutcomeSchema, response: { 200: publicNoticeView } },
    async ({ req, actor, conf }) => {
      await recordOutcome({ db, actor, conf, version: req.body.version, outcome: req.body.outcome });
      return noticeView(db, actor, conf);
    },
  );

  read.get(
    `${base}/comments`,
    {
      summary: 'Ý kiến góp ý công khai (?nominationId= của một người/tập thể)',
      querystring: commentQuery,
      response: { 200: publicCommentListView },
    },
    async ({ req, actor, conf }) => {
      const notice = await getNotice(db, conf.id);
      const rows = notice ? await listComments(db, notice.id, { nominationId: req.query.nominationId }) : [];
      return {
        items: rows.map(presentComment),
        permissions: { canHandle: can(actor, 'notice.manage', conferenceScope(conf)) },
      };
    },
  );

  manage.put(
    `${base}/comments/:commentId`,
    {
      summary: 'Ghi cách xử lý một ý kiến',
      params: commentParams,
      body: commentHandlingSchema,
      response: { 200: publicCommentView },
    },
    async ({ req, actor, conf }) => {
      const { version, ...input } = req.body;
      const row = await handleComment({ db, actor, conf, id: req.params.commentId, input, version });
      const [view] = await listComments(db, row.noticeId, { ids: [row.id] });
      return presentComment(orNotFound(view, 'ý kiến'));
    },
  );
}
