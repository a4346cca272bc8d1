// Route shapes that many modules repeat, built on route():
//
//   deleteRoute(app, `${base}/lines/:lineId`, { ...manage, summary: 'Xóa dòng', params: lineParams },
//     ({ req, actor, conf }) => deleteLine(db, actor, conf, req.params.lineId, req.query.version));
//
//   const speechWrite = answeredWrites(app, { policy, tags, response: { 200: speechListView } },
//     ({ actor, conf }) => presentSpeeches(db, actor, conf));
//   speechWrite('PUT', url, 'Sửa tham luận', { params, body }, ({ req, … }) => updateSpeech(…));

import type { z } from 'zod';
import { versionQuerySchema } from '../../shared/schemas/selection';
import type { AppInstance } from './app-types';
import { noContent } from './responses';
import { type RouteContext, type RouteSpec, route } from './route';

type DeleteSchema<P extends z.ZodType> = {
  params: P;
  querystring: typeof versionQuerySchema;
  response: typeof noContent;
};

/** DELETE with `?version` → 204: `remove` runs the versioned delete (409 when stale). */
export function deleteRoute<P extends z.ZodType>(
  app: AppInstance,
  url: string,
  spec: RouteSpec<{ params: P }>,
  remove: (ctx: RouteContext<DeleteSchema<P>, true>) => Promise<unknown>,
): void {
  route<DeleteSchema<P>>(
    app,
    'DELETE',
    url,
    { ...spec, querystring: versionQuerySchema, response: noContent },
    async (ctx) => {
      await remove(ctx);
      return ctx.reply.code(204).send(null);
    },
  );
}

type WriteSchemas = { params?: z.ZodType; body?: z.ZodType; querystring?: z.ZodType };
/** What one write may set over the group's spec: its schemas, and its own policy. */
type WriteSpec = WriteSchemas & Partial<Pick<RouteSpec<object>, 'policy' | 'conferencePermission'>>;

/**
 * Writes that all answer alike (the whole program, the speech list, the quota grid, the edited
 * row): each runs its change, then `answer` reads what the client shows next. The group's spec
 * may fix the params for all (then `answer` can read them). Returns the route registrar.
 */
export function answeredWrites<R extends z.ZodType, P extends z.ZodType = z.ZodType>(
  app: AppInstance,
  shared: Omit<RouteSpec<{ params?: P; response: { 200: R } }>, 'summary'>,
  answer: (ctx: RouteContext<{ params: P }, true>) => Promise<unknown>,
) {
  return <S extends WriteSpec>(
    method: 'POST' | 'PUT' | 'DELETE',
    url: string,
    summary: string,
    spec: S,
    run: (ctx: RouteContext<{ params: P } & S, true>) => Promise<unknown>,
  ) =>
    route(app, method, url, { ...shared, summary, ...spec } as RouteSpec<{ params: P } & S>, async (ctx) => {
      await run(ctx);
      // the declared response's type; TypeScript cannot resolve the reply type of a generic S
      return (await answer(ctx as unknown as RouteContext<{ params: P }, true>)) as never;
    });
}
