import { join } from 'node:path';
import { buildApp } from './app';
import { type Database, openPglite, openPostgres, redactUrl } from './db/client';
import { loadEnv } from './env';
import { projectRoot } from './paths';
import { seedDemoIfEmpty } from './seed/seed-demo';
import { createFileStore } from './storage/files';

// Boot: env -> db -> migrate -> seed (first run) -> listen.
async function main() {
  const started = performance.now();
  const env = loadEnv();
  const database: Database = env.DATABASE_URL
    ? await openPostgres(env.DATABASE_URL)
    : await openPglite(join(env.DATA_DIR, 'pglite'));
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    process.exit(code);
  };
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  try {
    await database.migrate();
    const seeded = env.SEED_DEMO ? await seedDemoIfEmpty(database.db, createFileStore(env.DATA_DIR)) : false;
    app = await buildApp({
      db: database.db,
      env,
      engine: database.engine,
      webDir: join(projectRoot(), 'dist/web'),
      logger: { level: env.LOG_LEVEL },
    });
    await app.listen({ host: env.HOST, port: env.PORT });
    app.log.info(
      {
        engine: database.engine,
        database: env.DATABASE_URL ? redactUrl(env.DATABASE_URL) : join(env.DATA_DIR, 'pglite'),
        seeded,
        bootMs: Math.round(performance.now() - started),
      },
      `Vinh Danh đang chạy tại http://${env.HOST}:${(app.server.address() as { port: number }).port}`,
    );
  } catch (err) {
    console.error(`Vinh Danh không khởi động được: ${(err as Error).message}`);
    await shutdown(1);
  }
}

main().catch((err) => {
  console.error(`Vinh Danh không khởi động được: ${(err as Error).message}`);
  process.exit(1);
});
