// The Fastify instance type every module's plugin receives, and what the app carries (deps,
// route table, read generation). Lives apart from app.ts so that modules never import app.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RoutePolicy } from '../auth/policy';
import type { ServerBackup } from '../backup/server-route';
import type { Db } from '../db/client';
import type { Env } from '../env';
import type { LiveBus } from '../live/bus';
import type { FileStore } from '../storage/files';

export type AppDeps = {
  db: Db;
  env: Env;
  engine: 'pglite' | 'postgres';
  /** Content-addressed file storage (attachments); defaults to DATA_DIR/files. */
  files?: FileStore;
  /** Built web app to serve (dist/web); omitted in API-only tests. */
  webDir?: string | null;
  logger?: boolean | { level: string };
  /** PGlite server only: lets `npm run backup` take a consistent copy through the running app. */
  backup?: ServerBackup;
  /** Run reminders, digests and email delivery while listening (default true; see notifications/worker.ts). */
  notificationJobs?: boolean;
};

export type AppInstance = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** One registered route, as the policy and contract tests enumerate them. */
export type RouteRecord = {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
  /** Status codes with a declared response schema. */
  responses: string[];
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps & { files: FileStore };
    /** Every route registered, with its declared policy (enumerated by the policy test). */
    routeTable: RouteRecord[];
    /** Bumped by every write request; read caches drop entries made before it (see read-cache.ts). */
    readGeneration: () => number;
    /** Live events and cross-instance signals through the database (live/bus.ts). */
    live: LiveBus;
  }
}
