import type { AppDeps, AppInstance } from './app-types';

// Fastify's request logging writes two JSON lines per request ("incoming request", "request
// completed"). Measured on the cached conference overview (CPU profile under autocannon, PGlite):
// ~150 µs of CPU per request without a logger, ~210 µs with info-level request logging — the two
// lines cost more than the overview's own work. So they are written only at debug/trace level; at
// info the log keeps what someone reading it needs: unhandled errors (app.ts's error handler)
// and answers that were slow or failed, one line each, naming the route, never its parameters.

/** An answer slower than this is logged at info level (warn). */
export const SLOW_ANSWER_MS = 1000;

/** Fastify's `disableRequestLogging`: on unless the log level asks for every request. */
export function quietRequests(deps: Pick<AppDeps, 'logger'>): boolean {
  const level = typeof deps.logger === 'object' ? deps.logger.level : undefined;
  return level !== 'debug' && level !== 'trace';
}

export function logSlowOrFailedAnswers(app: AppInstance, quiet: boolean): void {
  if (!quiet || !app.deps.logger) return;
  app.addHook('onResponse', async (req, reply) => {
    const ms = reply.elapsedTime;
    if (reply.statusCode < 500 && ms < SLOW_ANSWER_MS) return;
    req.log.warn(
      {
        method: req.method,
        route: req.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(ms),
      },
      reply.statusCode >= 500 ? 'failed answer' : 'slow answer',
    );
  });
}
