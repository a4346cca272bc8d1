import { AppError } from '../../errors';
import { inflateEntries, openZipDirectory, ZipReadError } from '../../storage/zip-inflate';

/** A dossier ZIP that declares more than this inflated, or any entry above the ratio, is a zip bomb. */
export const MAX_DOSSIER_INFLATED_BYTES = 200 * 1024 * 1024;
export const MAX_DOSSIER_RATIO = 100;
const MAX_ENTRIES = 5000;

const refuse = (message: string) => new AppError('VALIDATION', message, { fields: { file: message } });
const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/**
 * Reads a ZIP safely: first its central directory only (nothing inflated), refusing encrypted
 * entries, unsafe names, a declared total above 200 MB or any entry compressed more than 100:1;
 * then inflates each entry as a stream (storage/zip-inflate.ts), stopping at the first entry that
 * produces more than its declared size or when the bytes produced pass 200 MB.
 */
export async function readZipSafely(bytes: Buffer): Promise<Map<string, Buffer>> {
  let opened: Awaited<ReturnType<typeof openZipDirectory>>;
  try {
    opened = await openZipDirectory(bytes, MAX_ENTRIES);
  } catch (err) {
    throw err instanceof ZipReadError && err.failure === 'too-many-entries'
      ? refuse(`Hồ sơ có quá nhiều tệp (tối đa ${MAX_ENTRIES})`)
      : refuse('Tệp tải lên không phải là tệp ZIP hồ sơ hợp lệ');
  }
  const { zip, entries } = opened;
  try {
    let total = 0;
    const names = new Set<string>();
    for (const e of entries) {
      if (e.isEncrypted()) throw refuse(`Hồ sơ bị từ chối: tệp "${e.fileName}" được mã hóa`);
      const name = e.fileName;
      if (name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
        throw refuse(`Hồ sơ bị từ chối: đường dẫn "${name}" không hợp lệ`);
      }
      if (!name.endsWith('/') && names.has(name))
        throw refuse(`Hồ sơ bị từ chối: tệp "${name}" xuất hiện hai lần`);
      names.add(name);
      total += e.uncompressedSize;
      const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
      if (e.uncompressedSize > 0 && ratio > MAX_DOSSIER_RATIO) {
        throw refuse(
          `Hồ sơ bị từ chối: tệp "${name}" nén với tỷ lệ ${Math.round(ratio)}:1, vượt quá ${MAX_DOSSIER_RATIO}:1 (nghi là tệp nén độc hại)`,
        );
      }
    }
    if (total > MAX_DOSSIER_INFLATED_BYTES) {
      throw refuse(
        `Hồ sơ bị từ chối: dung lượng sau giải nén khai báo ${mb(total)}, vượt quá ${mb(MAX_DOSSIER_INFLATED_BYTES)} (nghi là tệp nén độc hại)`,
      );
    }
    try {
      const { files } = await inflateEntries(zip, entries, {
        maxTotalBytes: MAX_DOSSIER_INFLATED_BYTES,
        keep: true,
      });
      return new Map(files.map((f) => [f.name, f.bytes]));
    } catch (err) {
      const name = err instanceof ZipReadError ? err.entryName : undefined;
      throw refuse(`Tệp "${name ?? ''}" trong hồ sơ bị hỏng hoặc không đúng dung lượng khai báo`);
    }
  } finally {
    zip.close();
  }
}
