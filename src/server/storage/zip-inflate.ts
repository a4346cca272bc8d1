// Reading an uploaded ZIP (a DOCX, a dossier) without trusting its directory.
//
// A zip's central directory declares each entry's sizes, but nothing forces the compressed data to
// agree: a bomb declares 1 MB and inflates to 1.5 GB. So the directory is only the first check;
// every entry is then inflated as a stream, counting the bytes really produced, and stopped as soon
// as it produces more than the directory declared for it or more than the caller's total cap —
// never more than one chunk (16 KB) past either. An entry that ends short of its declared size is
// refused too. The callers (storage/file-check.ts, selection/zip-read.ts) map the failure to their
// own Vietnamese message.
import yauzl from 'yauzl';

export type ZipFailure =
  /** not a zip, or an entry's data cannot be read or inflated */
  | 'corrupt'
  /** more entries than the caller allows */
  | 'too-many-entries'
  /** an entry produced more (or fewer) bytes than the directory declares */
  | 'size-mismatch'
  /** the bytes produced so far passed the caller's total cap */
  | 'over-cap';

export class ZipReadError extends Error {
  constructor(
    readonly failure: ZipFailure,
    /** the entry it happened in, when there is one */
    readonly entryName?: string,
  ) {
    super(`zip ${failure}${entryName ? ` in ${entryName}` : ''}`);
  }
}

/**
 * Opens a zip held in memory and lists its directory (nothing inflated yet). The caller closes
 * the returned zip (`autoClose` is off so entries can be inflated after the listing).
 */
export async function openZipDirectory(
  bytes: Buffer,
  maxEntries: number,
): Promise<{ zip: yauzl.ZipFile; entries: yauzl.Entry[] }> {
  let zip: yauzl.ZipFile;
  try {
    // sizes are checked here, against the bytes produced, not by yauzl
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: false,
    });
  } catch {
    throw new ZipReadError('corrupt');
  }
  try {
    const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
      const list: yauzl.Entry[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        list.push(e);
        if (list.length > maxEntries) return reject(new ZipReadError('too-many-entries'));
        zip.readEntry();
      });
      zip.on('end', () => resolve(list));
      zip.on('error', () => reject(new ZipReadError('corrupt')));
      zip.readEntry();
    });
    return { zip, entries };
  } catch (err) {
    zip.close();
    throw err;
  }
}

/**
 * Inflates the entries one after another as streams. Stops at the first entry that produces more
 * bytes than its declared size, or when all bytes produced pass `maxTotalBytes`; refuses an entry
 * that produces fewer than declared. With `keep`, returns each file entry's bytes (directories
 * skipped); without, only counts them (the bytes are dropped as they come).
 */
export async function inflateEntries(
  zip: yauzl.ZipFile,
  entries: yauzl.Entry[],
  opts: { maxTotalBytes: number; keep: boolean },
): Promise<{ total: number; files: Array<{ name: string; bytes: Buffer }> }> {
  let total = 0;
  const files: Array<{ name: string; bytes: Buffer }> = [];
  for (const entry of entries) {
    if (entry.fileName.endsWith('/') && entry.uncompressedSize === 0) continue;
    const chunks: Buffer[] = [];
    let produced = 0;
    let stream: NodeJS.ReadableStream;
    try {
      stream = await zip.openReadStreamPromise(entry);
    } catch {
      throw new ZipReadError('corrupt', entry.fileName);
    }
    try {
      // leaving the loop (throw) destroys the stream: inflating stops at this chunk
      for await (const chunk of stream) {
        const buf = chunk as Buffer;
        produced += buf.length;
        total += buf.length;
        if (produced > entry.uncompressedSize) throw new ZipReadError('size-mismatch', entry.fileName);
        if (total > opts.maxTotalBytes) throw new ZipReadError('over-cap', entry.fileName);
        if (opts.keep) chunks.push(buf);
      }
    } catch (err) {
      if (err instanceof ZipReadError) throw err;
      throw new ZipReadError('corrupt', entry.fileName);
    }
    if (produced !== entry.uncompressedSize) throw new ZipReadError('size-mismatch', entry.fileName);
    if (opts.keep) files.push({ name: entry.fileName, bytes: Buffer.concat(chunks, produced) });
  }
  return { total, files };
}
