// The public notice page (GET) and its comment form (POST, urlencoded) at PUBLIC_ROUTES.notice.
// No session is read or set here. A notice that is not public (none, draft, withdrawn) is the 404
// page; a scheduled or closed one shows its list without the form. A comment is taken only while
// the notice is open, with a valid form token (not too fast, not a day old), an empty honeypot and
// under the per-client limit; it answers 303 to the page with a thank-you, or the page again with
// the visitor's text kept and the reason (400 invalid, 409 closed, 429 too many).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC_ROUTES, publicPaths } from '../../../shared/rules/public-paths';
import { todayInVietnam } from '../../../shared/rules/timeline';
import { publicCommentInputSchema } from '../../../shared/schemas/publicity';
import type { AppInstance } from '../../http/app-types';
import type { PageCache } from '../../public/page-cache';
import { renderedPage } from '../../public/page-cache';
import {
  notFoundElement,
  type PublicContext,
  publicOrigin,
  publicPage,
  sendPage,
} from '../../public/public-route';
import { renderHtml } from '../../public/render';
import { publicNoticePage } from './data';
import { checkFormToken, clientKey, formKeys, formToken, HONEYPOT_FIELD } from './form-guard';
import { addPublicComment } from './mutations';
import { type FormState, NoticePage } from './notice-page';

const params = z.object({ conferenceId: z.uuid() });
const query = z.object({ 'da-gui': z.literal('1').optional() });

const TOKEN_MESSAGES = {
  invalid: 'Không gửi được ý kiến. Vui lòng tải lại trang và gửi lại.',
  too_fast: 'Bạn gửi quá nhanh. Vui lòng đọc lại ý kiến và bấm "Gửi ý kiến" sau vài giây.',
  expired: 'Trang đã mở quá lâu. Vui lòng bấm "Gửi ý kiến" lại.',
} as const;
const CLOSED = 'Thông báo này hiện không nhận ý kiến.';
const THROTTLED = 'Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau ít phút.';

const field = (body: Record<string, unknown>, name: string) =>
  typeof body[name] === 'string' ? (body[name] as string) : '';

export function registerNoticePages(app: AppInstance, pages: PageCache) {
  const { db, env } = app.deps;
  const keys = formKeys(env);

  publicPage(
    app,
    pages,
    PUBLIC_ROUTES.notice,
    { params, querystring: query },
    async (ctx: PublicContext<z.infer<typeof params>, z.infer<typeof query>>) => {
      const data = await publicNoticePage(db, ctx.params.conferenceId, todayInVietnam());
      if (!data) return null;
      const token = formToken(keys, data.notice.conferenceId, Date.now());
      return {
        element: (
          <NoticePage
            data={data}
            origin={ctx.origin}
            path={ctx.path}
            token={token}
            sent={ctx.query['da-gui'] === '1'}
          />
        ),
      };
    },
  );

  app.post(
    PUBLIC_ROUTES.notice,
    { config: { policy: 'public', keepsActorCache: true }, schema: { hide: true } },
    async (req: FastifyRequest, reply: FastifyReply) => {
      const origin = publicOrigin(app, req);
      const path = req.url;
      const answer = (status: number, element: Parameters<typeof renderHtml>[0]) =>
        sendPage(req, reply, renderedPage(status, renderHtml(element)));
      const p = params.safeParse(req.params);
      const data = p.success ? await publicNoticePage(db, p.data.conferenceId, todayInVietnam()) : null;
      if (!p.success || !data) return answer(404, notFoundElement(origin, path));
      const conferenceId = data.notice.conferenceId;
      const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
      const raw = {
        nominationId: field(body, 'nominationId'),
        authorName: field(body, 'authorName'),
        authorContact: field(body, 'authorContact'),
        body: field(body, 'body'),
      };
      const page = (status: number, form: FormState) =>
        answer(
          status,
          <NoticePage
            data={data}
            origin={origin}
            path={path}
            token={formToken(keys, conferenceId, Date.now())}
            sent={false}
            form={form}
          />,
        );
      if (data.state !== 'open') return page(409, { values: raw, errors: {}, message: CLOSED });
      const check = checkFormToken(keys, conferenceId, field(body, 'token'), Date.now());
      if (field(body, HONEYPOT_FIELD) !== '') {
        return page(400, { values: raw, errors: {}, message: TOKEN_MESSAGES.invalid });
      }
      if (check !== 'ok') return page(400, { values: raw, errors: {}, message: TOKEN_MESSAGES[check] });
      const parsed = publicCommentInputSchema.safeParse(raw);
      if (!parsed.success) {
        const errors: Record<string, string> = {};
        for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'body')] ??= issue.message;
        return page(400, {
          values: raw,
          errors,
          message: 'Ý kiến chưa gửi được: vui lòng sửa các ô được báo lỗi.',
        });
      }
      const result = await addPublicComment({
        db,
        conferenceId,
        input: parsed.data,
        clientKey: clientKey(keys, req.ip),
      });
      if (!result.ok) {
        const r = result.refusal;
        if ('throttled' in r) return page(429, { values: raw, errors: {}, message: THROTTLED });
        if ('closed' in r) return page(409, { values: raw, errors: {}, message: CLOSED });
        return page(400, { values: raw, errors: { [r.field]: r.message }, message: r.message });
      }
      reply.headers({ 'cache-control': 'no-store', 'referrer-policy': 'strict-origin-when-cross-origin' });
      return reply.redirect(`${publicPaths.notice(conferenceId)}?da-gui=1`, 303);
    },
  );
}
