import { timingSafeEqual } from 'node:crypto';
import type { AppInstance } from '../http/app-types';
import type { BackupResult } from './create';
import { totalRows } from './manifest';

/** What a running PGlite server offers `npm run backup`: its token and a way to take the copy. */
export type ServerBackup = { token: string; run: () => Promise<BackupResult> };

export const BACKUP_TOKEN_HEADER = 'x-vinh-danh-backup-token';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameToken(given: unknown, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /api/system/backup — only on PGlite, whose data directory no other process may open
 * while the server runs. Not a user feature: the caller must connect from this machine and show the
 * token the server wrote into DATA_DIR/pglite.lock (readable only by whoever can read the data
 * itself). One backup at a time; the archive is written under DATA_DIR/backups and its path
 * returned, `npm run backup` moves it where the operator asked.
 */
export function registerBackupRoute(app: AppInstance, backup: ServerBackup): void {
  let running = false;
  app.post(
    '/api/system/backup',
    { config: { policy: 'public', keepsReadCache: true, keepsActorCache: true }, schema: { hide: true } },
    async (req, reply) => {
      const from = req.socket.remoteAddress ?? '';
      const local = LOOPBACK.has(from) || from === req.socket.localAddress;
      if (!local || !sameToken(req.headers[BACKUP_TOKEN_HEADER], backup.token)) {
        return reply
          .code(403)
          .send({ error: { code: 'FORBIDDEN', message: 'Không được phép sao lưu (forbidden)' } });
      }
      if (running) {
        return reply.code(409).send({
          error: { code: 'CONFLICT', message: 'Đang có một bản sao lưu khác chạy (a backup is running)' },
        });
      }
      running = true;
      try {
        const result = await backup.run();
        req.log.info(
          { path: result.path, bytes: result.bytes, rows: totalRows(result.manifest.tables) },
          'Đã sao lưu (backup written)',
        );
        return result;
      } finally {
        running = false;
      }
    },
  );
}
