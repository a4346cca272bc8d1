import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * Content-addressed file store under DATA_DIR/files/<aa>/<sha256>. The same bytes are stored
 * once; a write goes to a temp name and is renamed, so a crash never leaves a half file under
 * a real name. (Several instances: point DATA_DIR at shared storage, or swap this adapter.)
 */
export type FileStore = {
  put: (bytes: Buffer) => Promise<string>;
  get: (sha256: string) => Promise<Buffer>;
};

export function createFileStore(dataDir: string): FileStore {
  const root = resolve(dataDir, 'files');
  const pathOf = (sha: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('invalid content address');
    return join(root, sha.slice(0, 2), sha);
  };
  return {
    async put(bytes) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha);
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await mkdir(dirname(target), { recursive: true });
        const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(tmp, bytes);
        await rename(tmp, target);
      }
      return sha;
    },
    get: (sha) => readFile(pathOf(sha)),
  };
}
