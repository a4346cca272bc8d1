// The one shape of a public page (outside /api, no session): GET an address, parse its params and
// query with zod (anything invalid is the 404 page, never a JSON error), render a React element
// to HTML once per cache entry, answer it gzipped with an ETag (304 when the browser has it).
// Public pages never read the session cookie and never set one.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import type { z } from 'zod';
import type { AppInstance } from '../http/app-types';
import { EMBED_PAGE_HEADERS, PUBLIC_PAGE_HEADERS } from './headers';
import { NotFoundPage } from './layout';
import { type PageCache, type RenderedPage, renderedPage } from './page-cache';
import { renderHtml } from './render';

/** What a page handler answers: the element (and a status), or null for "not found / not public". */
export type PublicAnswer = { element: ReactElement; status?: number } | null;

export type PublicContext<P, Q> = {
  req: FastifyRequest;
  params: P;
  query: Q;
  /** The origin links and previews are made absolute with: PUBLIC_URL, else the one the visitor used. */
  origin: string;
  /** This address (path + query) as requested. */
  path: string;
};

export function publicOrigin(app: AppInstance, req: FastifyRequest): string {
  return app.deps.env.PUBLIC_URL ?? `${req.protocol}://${req.host}`;
}

/** Sends a rendered page: the public headers, 304 when the ETag matches, gzip when accepted. */
export function sendPage(req: FastifyRequest, reply: FastifyReply, page: RenderedPage, embed = false) {
  reply.headers(embed ? EMBED_PAGE_HEADERS : PUBLIC_PAGE_HEADERS);
  if (embed) reply.removeHeader('x-frame-options');
  reply.header('etag', page.etag).type('text/html; charset=utf-8');
  if (page.status === 200 && req.headers['if-none-match'] === page.etag) return reply.code(304).send();
  reply.code(page.status);
  if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    return reply.header('content-encoding', 'gzip').send(page.gzip);
  }
  return reply.send(page.raw);
}

export function notFoundElement(origin: string, path: string): ReactElement {
  return NotFoundPage({ origin, path }) as ReactElement;
}

/**
 * Registers a public page. `cache: false` for a page that must render per request (a form
 * answering its own errors); every other page is cached per origin, params and query.
 */
export function publicPage<P = Record<string, never>, Q = Record<string, never>>(
  app: AppInstance,
  pages: PageCache,
  url: string,
  opts: { params?: z.ZodType<P>; querystring?: z.ZodType<Q>; embed?: boolean; cache?: boolean },
  handler: (ctx: PublicContext<P, Q>) => Promise<PublicAnswer>,
): void {
  app.get(url, { config: { policy: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const origin = publicOrigin(app, req);
    const path = req.url;
    const params = opts.params
      ? opts.params.safeParse(req.params)
      : { success: true as const, data: {} as P };
    const query = opts.querystring
      ? opts.querystring.safeParse(req.query)
      : { success: true as const, data: {} as Q };
    const render = async (): Promise<RenderedPage> => {
      if (!params.success || !query.success)
        return renderedPage(404, renderHtml(notFoundElement(origin, path)));
      const answer = await handler({ req, params: params.data, query: query.data, origin, path });
      if (!answer) return renderedPage(404, renderHtml(notFoundElement(origin, path)));
      return renderedPage(answer.status ?? 200, renderHtml(answer.element));
    };
    const key = `${origin}|${url}|${JSON.stringify(params.success ? params.data : null)}|${JSON.stringify(query.success ? query.data : null)}`;
    const page = opts.cache === false ? await render() : await pages.page(key, render);
    return sendPage(req, reply, page, opts.embed);
  });
}
