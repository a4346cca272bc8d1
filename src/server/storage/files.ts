import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { storedFiles } from '../db/schema/index';

/**
 * Content-addressed file store (kho tệp): the same bytes are stored once under their sha256,
 * and never changed. Where they live (`openFileStore`):
 * - FILE_STORE_DIR set: that directory, which every instance shares (NFS, a mounted volume);
 * - else on PostgreSQL: the `stored_files` table, which every instance on the database shares;
 * - else (PGlite, one instance): DATA_DIR/files.
 * A shared store still reads DATA_DIR/files for files written there before it was used, so an
 * existing deployment keeps its files when it moves to several instances.
 */
export type FileStore = {
  put: (bytes: Buffer) => Promise<string>;
  get: (sha256: string) => Promise<Buffer>;
};

const shaOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const checked = (sha: string) => {
  if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('invalid content address');
  return sha;
};

/** Files under DATA_DIR/files/<aa>/<sha256> (the single-instance store). */
export function createFileStore(dataDir: string): FileStore {
  return directoryStore(resolve(dataDir, 'files'));
}

/**
 * Files under root/<aa>/<sha256>. A write goes to a temp name and is renamed, so a crash never
 * leaves a half file under a real name (also on a shared directory: rename is atomic there).
 */
export function directoryStore(root: string): FileStore {
  const pathOf = (sha: string) => join(root, checked(sha).slice(0, 2), sha);
  return {
    async put(bytes) {
      const sha = shaOf(bytes);
      const target = pathOf(sha);
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await mkdir(dirname(target), { recursive: true });
        const tmp = `${target}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
        await writeFile(tmp, bytes);
        await rename(tmp, target);
      }
      return sha;
    },
    get: (sha) => readFile(pathOf(sha)),
  };
}

/** Files in the `stored_files` table (PostgreSQL: shared by every instance on the database). */
export function databaseStore(db: Db): FileStore {
  return {
    async put(bytes) {
      const sha = shaOf(bytes);
      await db
        .insert(storedFiles)
        .values({ sha256: sha, bytes, size: bytes.length })
        .onConflictDoNothing({ target: storedFiles.sha256 });
      return sha;
    },
    async get(sha) {
      const [row] = await db
        .select({ bytes: storedFiles.bytes })
        .from(storedFiles)
        .where(eq(storedFiles.sha256, checked(sha)));
      if (!row) throw Object.assign(new Error(`no stored file ${sha}`), { code: 'ENOENT' });
      return row.bytes;
    },
  };
}

/** Reads `primary`, then `older` for files written before `primary` was used; writes `primary`. */
function withFallback(primary: FileStore, older: FileStore): FileStore {
  return {
    put: primary.put,
    get: (sha) => primary.get(sha).catch((err) => older.get(sha).catch(() => Promise.reject(err))),
  };
}

/** The app's file store for this deployment (see FileStore). */
export function openFileStore(opts: {
  db: Db;
  engine: 'pglite' | 'postgres';
  env: { DATA_DIR: string; FILE_STORE_DIR?: string };
}): FileStore {
  const local = createFileStore(opts.env.DATA_DIR);
  if (opts.env.FILE_STORE_DIR) return withFallback(directoryStore(resolve(opts.env.FILE_STORE_DIR)), local);
  if (opts.engine === 'postgres') return withFallback(databaseStore(opts.db), local);
  return local;
}
