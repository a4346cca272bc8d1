import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// PGlite's data directory belongs to one process at a time: two processes opening it would
// corrupt it. Whoever opens it (the server, a backup or a restore run) first takes
// DATA_DIR/pglite.lock, created exclusively; a lock whose process is gone is taken over.
// The server also writes its address and a random token there: `npm run backup` finds a
// running server through this file and asks it for the copy (see server-route.ts).

export type LockHolder = {
  pid: number;
  role: 'server' | 'backup' | 'restore';
  startedAt: string;
  /** The running server's address, once it listens (loopback). */
  url?: string;
  /** Proves to the server's backup route that the caller can read DATA_DIR. */
  token?: string;
};

export const lockPath = (dataDir: string) => join(resolve(dataDir), 'pglite.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of the data directory, if any (a stale lock counts as none). */
export function readLock(dataDir: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LockHolder;
    return alive(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

export type DataDirLock = {
  holder: LockHolder;
  /** Records the server's address and the token its backup route accepts. */
  publish: (url: string, token: string) => void;
  release: () => void;
};

/** Takes the data directory for this process or throws a readable reason. */
export function acquireLock(dataDir: string, role: LockHolder['role']): DataDirLock {
  const path = lockPath(dataDir);
  mkdirSync(resolve(dataDir), { recursive: true });
  const holder: LockHolder = { pid: process.pid, role, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(holder), { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        holder,
        publish(url, token) {
          holder.url = url;
          holder.token = token;
          writeFileSync(path, JSON.stringify(holder), { mode: 0o600 });
        },
        release() {
          if (released) return;
          released = true;
          rmSync(path, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const other = readLock(dataDir);
      // Our own pid in the file is a leftover too (a container restarts its server as pid 1 again).
      if (other && other.pid !== process.pid) {
        throw new Error(
          `Thư mục dữ liệu ${resolve(dataDir)} đang được tiến trình ${other.pid} (${other.role}) sử dụng ` +
            `(data directory in use; if no such process runs, delete ${path})`,
        );
      }
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Không lấy được khoá ${path} (could not lock the data directory)`);
}
