import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildApp } from './app';
import { createBackup } from './backup/create';
import { acquireLock, type DataDirLock } from './backup/lock';
import { type Database, openPglite, openPostgres, redactUrl } from './db/client';
import { loadEnv } from './env';
import { backfillVerifyCodes } from './modules/honours/verify-code-mutations';
import { projectRoot } from './paths';
import { seedDemoIfEmpty } from './seed/seed-demo';
import { openFileStore } from './storage/files';

// Boot: env -> db -> migrate -> seed (first run) -> listen.
async function main() {
  const started = performance.now();
  const env = loadEnv();
  // PGlite's data directory is this process's alone (a second opener would corrupt it).
  const lock: DataDirLock | null = env.DATABASE_URL ? null : acquireLock(env.DATA_DIR, 'server');
  process.on('exit', () => lock?.release());
  const pglite = env.DATABASE_URL ? null : await openPglite(join(env.DATA_DIR, 'pglite'));
  const database: Database = pglite ?? (await openPostgres(env.DATABASE_URL!));
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    lock?.release();
    process.exit(code);
  };
  const backupToken = randomBytes(32).toString('hex');
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  try {
    await database.migrate();
    // codes for honours written before migration 0024 (idempotent)
    await backfillVerifyCodes(database.db);
    const seeded = env.SEED_DEMO
      ? await seedDemoIfEmpty(database.db, openFileStore({ db: database.db, engine: database.engine, env }))
      : false;
    app = await buildApp({
      db: database.db,
      env,
      engine: database.engine,
      webDir: join(projectRoot(), 'dist/web'),
      logger: { level: env.LOG_LEVEL },
      backup: pglite
        ? {
            token: backupToken,
            run: () =>
              createBackup({
                source: { engine: 'pglite', client: pglite.client },
                dataDir: env.DATA_DIR,
                outDir: join(env.DATA_DIR, 'backups'),
              }),
          }
        : undefined,
    });
    await app.listen({ host: env.HOST, port: env.PORT });
    lock?.publish(localUrl(app.server.address() as AddressInfo), backupToken);
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

/** Where a process on this machine reaches the server (a wildcard address listens on loopback too). */
function localUrl({ address, port }: AddressInfo): string {
  if (address === '0.0.0.0') return `http://127.0.0.1:${port}`;
  if (address === '::') return `http://[::1]:${port}`;
  return address.includes(':') ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

main().catch((err) => {
  console.error(`Vinh Danh không khởi động được: ${(err as Error).message}`);
  process.exit(1);
});
