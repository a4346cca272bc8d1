import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openPglite, redactUrl } from '../db/client';
import { loadEnv } from '../env';
import { type BackupResult, createBackup } from './create';
import { acquireLock, readLock } from './lock';
import { manifestName, parseManifest, totalRows } from './manifest';
import { RestoreRefused, restoreBackup } from './restore';
import { BACKUP_TOKEN_HEADER } from './server-route';
import { openTar } from './tar';

// `npm run backup` and `npm run restore` (scripts/backup.mjs, scripts/restore.mjs run this file
// with tsx). Messages in Vietnamese with the English in parentheses.

const USAGE = {
  backup:
    'npm run backup [-- --out <thư mục> --data-dir <DATA_DIR> --database-url <postgres://…>]\n' +
    '  Mặc định (defaults): --out ./backups, DATA_DIR và DATABASE_URL từ môi trường (from the environment).',
  restore:
    'npm run restore -- <tệp .tar> [--data-dir <thư mục mới>] [--database-url <postgres://… cơ sở dữ liệu trống>] [--force]\n' +
    '  Chỉ khôi phục vào đích trống; --force để ghi đè (only into an empty target; --force overwrites).',
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function fail(message: string, code = 1): never {
  console.error(`\n✗ ${message}`);
  process.exit(code);
}

async function moveInto(path: string, outDir: string): Promise<string> {
  const target = join(resolve(outDir), basename(path));
  if (target === path) return path;
  await mkdir(resolve(outDir), { recursive: true });
  try {
    await rename(path, target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    await copyFile(path, target);
    await rm(path);
  }
  return target;
}

async function backup(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' } },
  });
  const env = loadEnv();
  const dataDir = values['data-dir'] ?? env.DATA_DIR;
  const url = values['database-url'] ?? env.DATABASE_URL;
  const outDir = values.out ?? 'backups';
  let result: BackupResult;
  let how: string;
  if (url) {
    how = `pg_dump từ ${redactUrl(url)} (pg_dump, consistent snapshot)`;
    result = await createBackup({
      source: { engine: 'postgres', url },
      dataDir,
      outDir,
      fileStoreDir: env.FILE_STORE_DIR,
    });
  } else {
    const holder = readLock(dataDir);
    if (holder?.role === 'server' && holder.url && holder.token) {
      how = `qua máy chủ đang chạy, tiến trình ${holder.pid} (through the running server)`;
      const res = await fetch(`${holder.url}/api/system/backup`, {
        method: 'POST',
        headers: { [BACKUP_TOKEN_HEADER]: holder.token },
      }).catch((err: Error) =>
        fail(`Không gọi được máy chủ ${holder.url} (server unreachable): ${err.message}`),
      );
      const body = (await res.json().catch(() => ({}))) as BackupResult & { error?: { message: string } };
      if (!res.ok)
        fail(`Máy chủ từ chối sao lưu (server refused, ${res.status}): ${body.error?.message ?? ''}`);
      result = { ...body, path: await moveInto(body.path, outDir) };
    } else if (holder) {
      fail(
        `Thư mục dữ liệu đang được tiến trình ${holder.pid} (${holder.role}) dùng; thử lại sau (data directory busy)`,
      );
    } else {
      how = 'mở trực tiếp thư mục dữ liệu, máy chủ không chạy (server stopped, opened the data directory)';
      if (!existsSync(join(dataDir, 'pglite', 'PG_VERSION'))) {
        fail(
          `Không có cơ sở dữ liệu PGlite trong ${resolve(dataDir)} (no PGlite database there; set DATA_DIR or --data-dir)`,
        );
      }
      const lock = acquireLock(dataDir, 'backup');
      try {
        const database = await openPglite(join(dataDir, 'pglite'));
        try {
          result = await createBackup({
            source: { engine: 'pglite', client: database.client },
            dataDir,
            outDir,
          });
        } finally {
          await database.close();
        }
      } finally {
        lock.release();
      }
    }
  }
  const m = result.manifest;
  const secrets = m.files.filter((f) => f.path.startsWith('secrets/')).length;
  console.log(`✓ Đã sao lưu (backup written): ${result.path}`);
  console.log(`  Cách lấy (how): ${how}`);
  console.log(
    `  Cơ sở dữ liệu (database): ${m.engine} ${m.database.postgresVersion}, ${Object.keys(m.tables).length} bảng, ${totalRows(m.tables)} dòng (tables, rows)`,
  );
  console.log(
    `  Tệp (files): ${m.files.length - secrets} tệp lưu trữ, ${secrets} khoá bí mật (stored files, secrets)`,
  );
  console.log(`  Dung lượng (size): ${mb(result.bytes)}; thời gian (time): ${seconds(m.durationMs)}`);
  if (m.engine === 'pglite') {
    console.log(`  Ứng dụng chờ trong lúc chép (app paused while copying): ${seconds(result.pausedMs)}`);
  }
  console.log('  Hãy chép tệp này sang máy hoặc ổ đĩa khác (copy it off this machine).');
}

async function restore(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const archive = positionals[0];
  if (!archive) fail(`Thiếu tệp sao lưu (missing archive)\n${USAGE.restore}`, 2);
  const env = loadEnv();
  const tar = await openTar(resolve(archive)).catch((err: Error) =>
    fail(`Không đọc được ${archive} (cannot read the archive): ${err.message}`),
  );
  const entry = tar.entries.find((e) => e.name === manifestName);
  const engine = entry ? parseManifest(await tar.read(entry)).engine : undefined;
  await tar.close();
  const dataDir = values['data-dir'] ?? env.DATA_DIR;
  const databaseUrl = values['database-url'] ?? (engine === 'postgres' ? env.DATABASE_URL : undefined);
  const r = await restoreBackup({ archive, dataDir, databaseUrl, force: values.force }).catch((err: Error) =>
    fail(err.message, err instanceof RestoreRefused ? 2 : 1),
  );
  const m = r.manifest;
  const where = m.engine === 'pglite' ? join(resolve(dataDir), 'pglite') : redactUrl(databaseUrl!);
  console.log(`Khôi phục (restore) ${archive}`);
  console.log(`  Bản sao lưu lúc (taken at): ${m.createdAt}, ${m.engine}, Vinh Danh ${m.appVersion}`);
  console.log(
    `  Cơ sở dữ liệu (database) → ${where}: ${Object.keys(r.tables).length} bảng, ${totalRows(r.tables)} dòng (tables, rows)`,
  );
  console.log(`  Tệp (files) → ${resolve(dataDir)}: ${r.files} tệp (files and secrets)`);
  console.log(`  Thời gian (time): ${seconds(r.durationMs)}`);
  if (r.mismatches.length) {
    for (const line of r.mismatches) console.error(`  ✗ ${line}`);
    fail(`Kiểm tra KHÔNG khớp với manifest: ${r.mismatches.length} chỗ khác (verification FAILED)`);
  }
  console.log('✓ Đã kiểm tra: số dòng, nội dung từng bảng và mã sha256 từng tệp khớp manifest (verified)');
  if (m.engine === 'pglite') console.log(`  Chạy (run): DATA_DIR=${dataDir} npm start`);
  else console.log(`  Chạy (run): DATABASE_URL=<url> DATA_DIR=${dataDir} npm start`);
}

const [command, ...rest] = process.argv.slice(2);
if (command !== 'backup' && command !== 'restore') fail(`${USAGE.backup}\n${USAGE.restore}`, 2);
if (rest.includes('--help') || rest.includes('-h')) {
  console.log(USAGE[command]);
  process.exit(0);
}
try {
  await (command === 'backup' ? backup(rest) : restore(rest));
} catch (err) {
  fail(
    `${command === 'backup' ? 'Sao lưu' : 'Khôi phục'} thất bại (${command} failed): ${(err as Error).message}`,
  );
}
