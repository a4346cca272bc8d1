import { describe, expect, it } from 'vitest';
import { lyingDocx, lyingZip } from '../../../tests/helpers/files';
import { inflateEntries, openZipDirectory, ZipReadError } from './zip-inflate';

const inflate = async (bytes: Buffer, maxTotalBytes = 100 * 1024 * 1024) => {
  const { zip, entries } = await openZipDirectory(bytes, 100);
  try {
    return await inflateEntries(zip, entries, { maxTotalBytes, keep: true });
  } finally {
    zip.close();
  }
};
const failure = (p: Promise<unknown>) =>
  p.then(
    () => 'none',
    (err) => (err instanceof ZipReadError ? `${err.failure} ${err.entryName}` : String(err)),
  );

describe('inflating a zip against its directory', () => {
  it('gives back the entries of an honest zip', async () => {
    const bytes = lyingZip({ 'a.txt': 'xin chào' }, { name: 'b.bin', realBytes: 5000, declaredBytes: 5000 });
    const { files, total } = await inflate(bytes);
    expect(files.map((f) => [f.name, f.bytes.length])).toEqual([
      ['a.txt', Buffer.byteLength('xin chào')],
      ['b.bin', 5000],
    ]);
    expect(total).toBe(5000 + Buffer.byteLength('xin chào'));
  });

  it('stops an entry that inflates past its declared size after one chunk, cheaply', async () => {
    const bytes = lyingDocx();
    const started = performance.now();
    const heap = process.memoryUsage().arrayBuffers;
    expect(await failure(inflate(bytes))).toBe('size-mismatch word/media/filler.bin');
    // 20 MB of zeros declared as 1 MB: stopped just past 1 MB, never inflated to 20 MB
    expect(process.memoryUsage().arrayBuffers - heap).toBeLessThan(8 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses an entry that ends short of its declared size', async () => {
    const bytes = lyingZip({}, { name: 'short.bin', realBytes: 1000, declaredBytes: 2000 });
    expect(await failure(inflate(bytes))).toBe('size-mismatch short.bin');
  });

  it('stops when the bytes produced pass the total cap', async () => {
    const bytes = lyingZip(
      { 'a.bin': Buffer.alloc(40_000) },
      { name: 'b.bin', realBytes: 40_000, declaredBytes: 40_000 },
    );
    expect(await failure(inflate(bytes, 50_000))).toBe('over-cap b.bin');
  });
});
