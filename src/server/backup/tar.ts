import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';

// A minimal POSIX ustar writer and reader: plain files only, names up to 255 bytes, sizes up to
// 8 GiB. Enough for the backup archive (manifest, database dump, stored files, secrets) without a
// dependency; any `tar` program lists and extracts it (`tar -tvf vinh-danh-….tar`).

const BLOCK = 512;

export type TarEntry = { name: string; size: number; offset: number };

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, mtime: Date, mode: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  const bytes = Buffer.from(name, 'utf8');
  let base = bytes;
  let prefix = Buffer.alloc(0);
  if (bytes.length > 100) {
    const cut = name.lastIndexOf('/', 155);
    if (
      cut <= 0 ||
      Buffer.byteLength(name.slice(cut + 1)) > 100 ||
      Buffer.byteLength(name.slice(0, cut)) > 155
    ) {
      throw new Error(`tar: tên quá dài (name too long): ${name}`);
    }
    prefix = Buffer.from(name.slice(0, cut), 'utf8');
    base = Buffer.from(name.slice(cut + 1), 'utf8');
  }
  base.copy(h, 0);
  h.write(octal(mode, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  prefix.copy(h, 345);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

export type TarWriter = {
  /** Adds bytes held in memory; returns their sha256. */
  addBuffer: (name: string, bytes: Buffer, mode?: number) => Promise<string>;
  /** Streams a file from disk into the archive; returns its sha256 and size. */
  addFile: (name: string, path: string, mode?: number) => Promise<{ sha256: string; size: number }>;
  /** Writes the end-of-archive marker and closes the file. */
  close: () => Promise<void>;
  abort: () => Promise<void>;
};

export async function createTarWriter(path: string): Promise<TarWriter> {
  const fh = await open(path, 'wx', 0o600);
  const now = new Date();
  return {
    async addBuffer(name, bytes, mode = 0o644) {
      await fh.write(header(name, bytes.length, now, mode));
      await fh.write(bytes);
      await fh.write(padding(bytes.length));
      return createHash('sha256').update(bytes).digest('hex');
    },
    async addFile(name, path, mode = 0o644) {
      const { size } = await stat(path);
      await fh.write(header(name, size, now, mode));
      const hash = createHash('sha256');
      let written = 0;
      for await (const chunk of createReadStream(path)) {
        const buf = chunk as Buffer;
        if (written + buf.length > size)
          throw new Error(`tệp thay đổi khi đang sao lưu (file grew): ${path}`);
        hash.update(buf);
        await fh.write(buf);
        written += buf.length;
      }
      if (written !== size) throw new Error(`tệp thay đổi khi đang sao lưu (file shrank): ${path}`);
      await fh.write(padding(size));
      return { sha256: hash.digest('hex'), size };
    },
    async close() {
      await fh.write(Buffer.alloc(BLOCK * 2));
      await fh.sync();
      await fh.close();
    },
    abort: () => fh.close(),
  };
}

function field(h: Buffer, start: number, length: number): string {
  const raw = h.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/** Lists the plain files of an archive (name, size, where the bytes start). */
export async function listTar(path: string): Promise<TarEntry[]> {
  const fh = await open(path, 'r');
  try {
    const { size: total } = await fh.stat();
    const entries: TarEntry[] = [];
    const h = Buffer.alloc(BLOCK);
    let pos = 0;
    while (pos + BLOCK <= total) {
      const { bytesRead } = await fh.read(h, 0, BLOCK, pos);
      if (bytesRead < BLOCK || h.every((b) => b === 0)) break;
      let sum = 0;
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i]!;
      if (sum !== Number.parseInt(field(h, 148, 8).trim(), 8)) {
        throw new Error(`tệp sao lưu hỏng (bad tar header at byte ${pos})`);
      }
      const prefix = field(h, 345, 155);
      const base = field(h, 0, 100);
      const size = Number.parseInt(field(h, 124, 12).trim() || '0', 8);
      const type = field(h, 156, 1);
      if (type === '0' || type === '') {
        entries.push({ name: prefix ? `${prefix}/${base}` : base, size, offset: pos + BLOCK });
      }
      pos += BLOCK + size + padding(size).length;
      if (pos > total) throw new Error('tệp sao lưu bị cắt cụt (truncated archive)');
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** An open archive to read entries from. */
export async function openTar(path: string): Promise<{
  entries: TarEntry[];
  read: (entry: TarEntry) => Promise<Buffer>;
  /** sha256 of an entry's bytes, read in chunks. */
  hash: (entry: TarEntry) => Promise<string>;
  /** Copies an entry to `target` (created new), returns the sha256 of what was written. */
  extract: (entry: TarEntry, target: string, mode?: number) => Promise<string>;
  close: () => Promise<void>;
}> {
  const entries = await listTar(path);
  const fh: FileHandle = await open(path, 'r');
  return {
    entries,
    async read(entry) {
      const buf = Buffer.alloc(entry.size);
      await fh.read(buf, 0, entry.size, entry.offset);
      return buf;
    },
    async hash(entry) {
      const hash = createHash('sha256');
      const chunk = Buffer.alloc(Math.min(1024 * 1024, Math.max(entry.size, 1)));
      for (let done = 0; done < entry.size; ) {
        const n = Math.min(chunk.length, entry.size - done);
        await fh.read(chunk, 0, n, entry.offset + done);
        hash.update(chunk.subarray(0, n));
        done += n;
      }
      return hash.digest('hex');
    },
    async extract(entry, target, mode = 0o644) {
      const out = await open(target, 'wx', mode);
      const hash = createHash('sha256');
      try {
        const chunk = Buffer.alloc(1024 * 1024);
        for (let done = 0; done < entry.size; ) {
          const n = Math.min(chunk.length, entry.size - done);
          await fh.read(chunk, 0, n, entry.offset + done);
          const part = chunk.subarray(0, n);
          hash.update(part);
          await out.write(part);
          done += n;
        }
        await out.sync();
      } finally {
        await out.close();
      }
      return hash.digest('hex');
    },
    close: () => fh.close(),
  };
}
