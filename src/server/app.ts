import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import Fastify, { LogController } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CachedSession } from './auth/cached-session';
import type { RoutePolicy } from './auth/policy';
import { registerBackupRoute } from './backup/server-route';
import { databaseErrorAsAppError } from './db/errors';
import { AppError, type FieldErrors, HTTP_STATUS } from './errors';
import type { AppDeps, AppInstance } from './http/app-types';
import { allowedOrigins, csrfGuard } from './http/csrf';
import { describeError } from './http/error-log';
import { guardInput } from './http/input-guard';
import { logSlowOrFailedAnswers, quietRequests } from './http/request-log';
import { registerWebApp } from './http/web-app';
import { instanceId } from './instance';
import { openLiveBus } from './live/bus';
import { crossInstanceCaches } from './live/cache-signal';
import { auditRoutes } from './modules/audit/routes';
import { findActorBySessionToken } from './modules/auth/data';
import { authRoutes } from './modules/auth/routes';
import { SESSION_COOKIE } from './modules/auth/session-cookie';
import { awardFormRoutes } from './modules/award-forms/routes';
import { budgetRoutes } from './modules/budget/routes';
import { conferenceCopyRoutes } from './modules/conferences/copy-routes';
import { conferenceRoutes } from './modules/conferences/routes';
import { dashboardRoutes } from './modules/dashboard/routes';
import { checkinRoutes } from './modules/delegates/checkin-routes';
import { delegatePdfRoutes } from './modules/delegates/pdf-routes';
import { delegateRoutes } from './modules/delegates/routes';
import { delegateXlsxRoutes } from './modules/delegates/xlsx-routes';
import { certificateRoutes } from './modules/documents/certificate-routes';
import { registerRoutes } from './modules/documents/register-routes';
import { documentRoutes } from './modules/documents/routes';
import { eligibilityRoutes } from './modules/eligibility/routes';
import { honourBoardRoutes } from './modules/honour-board/routes';
import { honourRoutes } from './modules/honours/routes';
import { honourSubjectRoutes } from './modules/honours/subject-routes';
import { honourXlsxRoutes } from './modules/honours/xlsx-routes';
import { mediaRoutes } from './modules/media/routes';
import { movementRoutes } from './modules/movements/routes';
import { nominationFileRoutes } from './modules/nominations/file-routes';
import { nominationRoutes } from './modules/nominations/routes';
import { nominationXlsxRoutes } from './modules/nominations/xlsx-routes';
import { notificationRoutes } from './modules/notifications/routes';
import { emailTransport } from './modules/notifications/transport';
import { type NotificationJobs, startNotificationJobs } from './modules/notifications/worker';
import { organizationRoutes } from './modules/organizations/routes';
import { preparationRoutes } from './modules/preparation/routes';
import { programRoutes } from './modules/program/routes';
import { publicNoticeRoutes } from './modules/public-notice/routes';
import { quotaRoutes } from './modules/quotas/routes';
import { councilRoutes } from './modules/review/council-routes';
import { meetingRoutes } from './modules/review/meeting-routes';
import { selectionRoutes } from './modules/selection/routes';
import { statisticsRoutes } from './modules/statistics/routes';
import { summaryReportRoutes } from './modules/summary-report/routes';
import { threadRoutes } from './modules/threads/routes';
import { unitReportRoutes } from './modules/unit-reports/routes';
import { unitRoutes } from './modules/units/routes';
import { upwardRoutes } from './modules/upward/routes';
import { userRoutes } from './modules/users/routes';
import { registerPublicSite } from './public/site';
import { ReadCache } from './read-cache';
import { API_HEADERS, SECURITY_HEADERS } from './security-headers';
import { openFileStore } from './storage/files';

z.config(z.locales.vi());

const POLICIES_OUTSIDE_PERMISSIONS: RoutePolicy[] = ['public', 'authenticated'];

/** The origin a browser on this machine reaches the server at (emails' links without PUBLIC_URL). */
function listenOrigin(address: ReturnType<AppInstance['server']['address']>): string | null {
  if (!address || typeof address === 'string') return null;
  const host =
    address.address === '0.0.0.0' || address.address === '::'
      ? '127.0.0.1'
      : address.address.includes(':')
        ? `[${address.address}]`
        : address.address;
  return `http://${host}:${address.port}`;
}

export async function buildApp(deps: AppDeps): Promise<AppInstance> {
  const quiet = quietRequests(deps);
  const app = Fastify({
    logger: deps.logger ?? false,
    // http/request-log.ts: two lines per request cost more than a cached read
    logController: new LogController({ disableRequestLogging: quiet }),
    trustProxy: deps.env.TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('deps', { ...deps, files: deps.files ?? openFileStore(deps) });
  logSlowOrFailedAnswers(app, quiet);
  const live = await openLiveBus(deps.db, instanceId());
  app.decorate('live', live);
  app.addHook('onClose', async () => {
    await live.close();
  });
  app.decorate('routeTable', []);
  let generation = 0;
  // the session → actor cache has its own generation: only writes that may touch identities bump it
  let actorGeneration = 0;
  app.decorate('readGeneration', () => generation);
  // kept until a write on any instance bumps the generation (live/cache-signal.ts)
  const actorCache = new ReadCache<CachedSession>(Number.POSITIVE_INFINITY);
  const bump = (actor: boolean) => {
    generation++;
    if (actor) actorGeneration++;
  };
  // PGlite is opened by one process: every write passes through it, nobody else to tell
  const caches = crossInstanceCaches(live, bump, deps.engine === 'postgres');
  app.addHook('onClose', async () => caches.close());
  app.decorateRequest('actor', null);
  app.decorateRequest('cachedSession', null);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every route declares its policy. Static files (outside /api) are public by nature.
  app.addHook('onRoute', (route) => {
    const url = route.url;
    route.config = route.config ?? {};
    if (!url.startsWith('/api')) route.config.policy ??= 'public';
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const responses = Object.keys((route.schema?.response as Record<string, unknown> | undefined) ?? {});
    for (const method of methods)
      app.routeTable.push({ method, url, policy: route.config.policy, responses });
    if (!route.config.policy) {
      throw new Error(`Route ${route.method} ${url} has no authorization policy (config.policy)`);
    }
  });

  // API answers carry personal data: never stored by a browser or a proxy (a route may override).
  app.addHook('onRequest', async (req, reply) => {
    reply.headers(req.url.startsWith('/api') ? API_HEADERS : SECURITY_HEADERS);
  });
  app.addHook('onRequest', csrfGuard(allowedOrigins(deps.env)));
  await app.register(cookie);
  await app.register(multipart, { limits: { files: 1, fields: 10, fileSize: 20 * 1024 * 1024 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Vinh Danh API',
        version: '0.1.0',
        description: 'API tổ chức Hội nghị điển hình tiên tiến',
      },
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const now = Date.now();
    const gen = actorGeneration;
    const cached = actorCache.get(token, gen, now);
    if (cached && cached.expiresAt > now) {
      req.actor = cached.actor;
      req.cachedSession = cached;
      return;
    }
    const found = await findActorBySessionToken(deps.db, token);
    const entry = found && { actor: found.actor, expiresAt: found.expiresAt.getTime() };
    if (entry) actorCache.set(token, entry, gen, now);
    req.actor = found?.actor ?? null;
    req.cachedSession = entry;
  });
  // Any write (even one that fails) invalidates the read caches before its answer leaves, here and
  // on every other instance (the answer waits for their acks, ≤ 500 ms: live/cache-signal.ts).
  app.addHook('onSend', async (req) => {
    if (
      req.method !== 'GET' &&
      req.method !== 'HEAD' &&
      req.method !== 'OPTIONS' &&
      !req.routeOptions.config.keepsReadCache
    ) {
      const actor = !req.routeOptions.config.keepsActorCache;
      bump(actor);
      await caches.announce(actor);
    }
  });
  app.addHook('preValidation', async (req) => {
    const policy = req.routeOptions.config.policy;
    if (policy && !POLICIES_OUTSIDE_PERMISSIONS.includes(policy) && !req.actor) {
      throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục');
    }
    if (policy === 'authenticated' && !req.actor) {
      throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục');
    }
  });
  // text the database cannot store (NUL, lone surrogates) → 400 naming the field
  app.addHook('preValidation', guardInput);

  app.setErrorHandler((thrown, req, reply) => {
    // a foreign-key or check violation → 409 naming what blocks
    const err = databaseErrorAsAppError(thrown) ?? thrown;
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: FieldErrors = {};
      for (const v of err.validation) {
        const key =
          v.instancePath.replace(/^\//, '').replaceAll('/', '.') || (err.validationContext ?? 'body');
        fields[key] ??= v.message ?? 'Giá trị không hợp lệ';
      }
      const first = Object.values(fields).slice(0, 3).join('; ');
      return reply
        .code(400)
        .send({ error: { code: 'VALIDATION', message: `Dữ liệu không hợp lệ: ${first}`, fields } });
    }
    if (err instanceof AppError) {
      const status = HTTP_STATUS[err.code];
      if (err.details?.retryAfterSeconds) reply.header('retry-after', String(err.details.retryAfterSeconds));
      return reply.code(status).send({
        error: {
          code: err.code,
          message: err.message,
          fields: err.details?.fields,
          current: err.details?.current,
          rows: err.details?.rows,
          warnings: err.details?.warnings,
        },
      });
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      const message =
        status === 415
          ? 'Định dạng dữ liệu gửi lên không được hỗ trợ'
          : status === 413
            ? 'Dữ liệu gửi lên quá lớn'
            : 'Yêu cầu không hợp lệ (dữ liệu gửi lên sai định dạng)';
      return reply.code(status).send({ error: { code: 'BAD_REQUEST', message } });
    }
    req.log.error({ err: describeError(err) }, 'unhandled error');
    return reply.code(500).send({
      error: { code: 'INTERNAL', message: 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.' },
    });
  });

  app.get(
    '/api/health',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Tình trạng máy chủ',
        response: { 200: z.object({ status: z.literal('ok'), engine: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => ({ status: 'ok' as const, engine: deps.engine }),
  );
  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  if (deps.backup) registerBackupRoute(app, deps.backup);

  await app.register(authRoutes);
  await app.register(organizationRoutes);
  await app.register(unitRoutes);
  await app.register(conferenceRoutes);
  await app.register(conferenceCopyRoutes);
  await app.register(dashboardRoutes);
  await app.register(auditRoutes);
  await app.register(userRoutes);
  await app.register(awardFormRoutes);
  await app.register(quotaRoutes);
  await app.register(upwardRoutes);
  await app.register(nominationRoutes);
  await app.register(nominationFileRoutes);
  await app.register(nominationXlsxRoutes);
  await app.register(unitReportRoutes);
  await app.register(threadRoutes);
  await app.register(councilRoutes);
  await app.register(meetingRoutes);
  await app.register(selectionRoutes);
  await app.register(documentRoutes);
  await app.register(eligibilityRoutes);
  await app.register(registerRoutes);
  await app.register(certificateRoutes);
  await app.register(delegateRoutes);
  await app.register(preparationRoutes);
  await app.register(budgetRoutes);
  await app.register(delegateXlsxRoutes);
  await app.register(checkinRoutes);
  await app.register(delegatePdfRoutes);
  await app.register(programRoutes);
  await app.register(honourRoutes);
  await app.register(honourSubjectRoutes);
  await app.register(honourXlsxRoutes);
  await app.register(movementRoutes);
  await app.register(honourBoardRoutes);
  await app.register(statisticsRoutes);
  await app.register(mediaRoutes);
  await app.register(publicNoticeRoutes);
  await app.register(summaryReportRoutes);
  await app.register(notificationRoutes);

  // Reminders, digests and the email outbox run while the server listens (never under inject).
  let jobs: NotificationJobs | null = null;
  app.addHook('onListen', async () => {
    if (deps.notificationJobs === false || jobs) return;
    jobs = startNotificationJobs({
      db: deps.db,
      transport: emailTransport(deps.env),
      origin: () => deps.env.PUBLIC_URL ?? listenOrigin(app.server.address()),
      log: app.log,
    });
  });
  app.addHook('onClose', async () => {
    await jobs?.stop();
  });

  await registerPublicSite(app);
  await registerWebApp(app, deps.webDir);

  return app;
}
