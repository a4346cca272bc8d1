// One route shape for every module: policy → validate (zod) → load + authorize → call → present.
//
//   route(app, 'PUT', '/api/conferences/:conferenceId/delegates/:delegateId', {
//     policy: 'delegate.manage', tags, summary: 'Sửa đại biểu',
//     params: delegateParams, body: delegateUpdateSchema, response: { 200: delegateView },
//   }, async ({ actor, conf, req }) => present(await updateDelegate({ db, actor, conf, … })));
//
// A route whose params carry `conferenceId` and whose policy is a permission gets `conf`: the
// conference, 404 for another organizer's, 403 without the permission (modules/conferences/access).
// A route whose params carry `orgId` checks the permission on that organization (403) before the
// handler runs. Others get `conf: undefined` and check their own object.
//
// Routes of a module that share their tags, policy or params declare them once:
//
//   const manage = routeGroup(app, { tags, policy: 'review.manage', params: confParams });
//   manage.put(url, { summary: 'Sửa tham luận', body, response: { 200: speechView } }, handler);
//   manage.created(url, { summary: 'Phân công tham luận', body, response: { 201: speechView } }, handler);

import type { IncomingMessage } from 'node:http';
import type {
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  RawServerDefault,
  RouteGenericInterface,
} from 'fastify';
import type { ResolveFastifyReplyType } from 'fastify/types/type-provider';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Actor, Permission } from '../../shared/rules/permissions';
import type { RoutePolicy } from '../auth/policy';
import { authorize, requireActor } from '../auth/policy';
import { loadConferenceFor } from '../modules/conferences/access';
import type { ConferenceRow } from '../modules/conferences/data';
import type { AppInstance } from './app-types';
import { ResponseCache, sendEncoded } from './response-cache';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type RouteSpec<S extends FastifySchema> = S & {
  policy: RoutePolicy;
  tags?: string[];
  summary: string;
  /** Extra route config (keepsReadCache, keepsActorCache). */
  config?: { keepsReadCache?: boolean; keepsActorCache?: boolean };
  /** The conference permission to check; defaults to `policy` when it is a permission. */
  conferencePermission?: Permission;
  /** Set false to skip loading the conference (the handler loads what it needs itself). */
  loadConference?: boolean;
  /**
   * For a url with `:orgId`: the permission checked on that organization before the handler runs;
   * defaults to `policy` when it is a permission. Set false when the handler checks it itself.
   */
  orgPermission?: Permission | false;
  /**
   * GET only: keep the encoded answer (http/response-cache.ts) per params and this key — every
   * other thing the answer depends on (the actor when it is theirs, the query, the day). The
   * handler must return the view, not send a reply.
   */
  cache?: (ctx: RouteContext<S, true>) => string;
};

export type RouteRequest<S extends FastifySchema> = FastifyRequest<
  Record<never, never>,
  RawServerDefault,
  IncomingMessage,
  S,
  ZodTypeProvider
>;

export type RouteContext<S extends FastifySchema, C> = {
  req: RouteRequest<S>;
  reply: FastifyReply;
  actor: C extends true ? Actor : Actor | null;
  conf: ConferenceRow;
};

/** What a handler returns: the declared response's type, or the reply it sent itself. */
export type RouteAnswer<S extends FastifySchema> =
  | ResolveFastifyReplyType<ZodTypeProvider, S, RouteGenericInterface>
  | FastifyReply;

const isPermission = (p: RoutePolicy): p is Permission => p !== 'public' && p !== 'authenticated';

/** Registers one route with its policy and schemas; the handler receives actor and conference. */
export function route<S extends FastifySchema>(
  app: AppInstance,
  method: Method,
  url: string,
  spec: RouteSpec<S>,
  handler: (ctx: RouteContext<S, true>) => RouteAnswer<S> | Promise<RouteAnswer<S>>,
): void {
  const {
    policy,
    tags,
    summary,
    config,
    conferencePermission,
    loadConference,
    orgPermission,
    cache,
    ...schema
  } = spec;
  const permission = conferencePermission ?? (isPermission(policy) ? policy : undefined);
  const withConference = loadConference !== false && url.includes(':conferenceId') && permission;
  const orgCheck = url.includes(':orgId') && orgPermission !== false && (orgPermission ?? permission);
  const { db } = app.deps;
  const responses = (schema as { response?: Record<number, z.ZodType> }).response;
  const answers = cache && method === 'GET' ? new ResponseCache(app.readGeneration, responses?.[200]) : null;
  (app as unknown as { route: (opts: object) => void }).route({
    method,
    url,
    config: { policy, ...config },
    schema: { tags, summary, ...schema },
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      const actor = policy === 'public' ? (req.actor as Actor) : requireActor(req);
      const { conferenceId, orgId } = req.params as { conferenceId?: string; orgId?: string };
      if (orgCheck && orgId) authorize(actor, orgCheck, { organizationId: orgId });
      const conf =
        withConference && conferenceId
          ? await loadConferenceFor(db, actor, conferenceId, permission)
          : (undefined as unknown as ConferenceRow);
      const ctx = { req: req as unknown as RouteRequest<S>, reply, actor, conf };
      if (answers && cache) {
        const key = JSON.stringify([req.params, cache(ctx)]);
        return sendEncoded(req, reply, await answers.answer(key, async () => handler(ctx)));
      }
      return handler(ctx);
    },
  });
}

type Handler<S extends FastifySchema> = (
  ctx: RouteContext<S, true>,
) => RouteAnswer<S> | Promise<RouteAnswer<S>>;
/** What a group may declare once for all its routes. */
type GroupSpec<P> = Partial<Omit<RouteSpec<object>, 'summary'>> & { params?: P };
/** A route's schemas with the group's params when it declares none of its own. */
type WithParams<S, P> = [P] extends [undefined] ? S : 'params' extends keyof S ? S : S & { params: P };

/**
 * Routes of one module that share their tags, policy, params or config: declared once, each route
 * adds its summary, schemas and handler (and may override anything the group set).
 */
export function routeGroup<P extends FastifySchema['params'] = undefined>(
  app: AppInstance,
  shared: GroupSpec<P>,
) {
  const at =
    (method: Method) =>
    <S extends FastifySchema>(
      url: string,
      spec: S & Partial<RouteSpec<object>> & { summary: string },
      handler: Handler<WithParams<S, P>>,
    ) =>
      route<WithParams<S, P>>(
        app,
        method,
        url,
        { ...shared, ...spec } as RouteSpec<WithParams<S, P>>,
        handler,
      );
  /** POST that creates: the handler returns the new object, sent as 201 (declare `response: { 201 }`). */
  const created = <S extends FastifySchema>(
    url: string,
    spec: S & Partial<RouteSpec<object>> & { summary: string },
    handler: Handler<WithParams<S, P>>,
  ) => at('POST')(url, spec, async (ctx) => ctx.reply.code(201).send(await handler(ctx)));
  return { get: at('GET'), post: at('POST'), put: at('PUT'), delete: at('DELETE'), created };
}
