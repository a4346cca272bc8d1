import yauzl from 'yauzl';
import { AppError } from '../../errors';

/** A dossier ZIP that declares more than this inflated, or any entry above the ratio, is a zip bomb. */
export const MAX_DOSSIER_INFLATED_BYTES = 200 * 1024 * 1024;
export const MAX_DOSSIER_RATIO = 100;
const MAX_ENTRIES = 5000;

const refuse = (message: string) => new AppError('VALIDATION', message, { fields: { file: message } });
const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/**
 * Reads a ZIP safely: first its central directory only (nothing inflated), refusing encrypted
 * entries, unsafe names, a declared total above 200 MB or any entry compressed more than 100:1;
 * then inflates each entry, yauzl stopping any entry that inflates past its declared size.
 */
export async function readZipSafely(bytes: Buffer): Promise<Map<string, Buffer>> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
    });
  } catch {
    throw refuse('Tệp tải lên không phải là tệp ZIP hồ sơ hợp lệ');
  }
  try {
    const entries = await listEntries(zip);
    let total = 0;
    for (const e of entries) {
      if (e.isEncrypted()) throw refuse(`Hồ sơ bị từ chối: tệp "${e.fileName}" được mã hóa`);
      const name = e.fileName;
      if (name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
        throw refuse(`Hồ sơ bị từ chối: đường dẫn "${name}" không hợp lệ`);
      }
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
    const files = new Map<string, Buffer>();
    for (const e of entries) {
      if (e.fileName.endsWith('/')) continue;
      if (files.has(e.fileName)) throw refuse(`Hồ sơ bị từ chối: tệp "${e.fileName}" xuất hiện hai lần`);
      files.set(e.fileName, await inflate(zip, e));
    }
    return files;
  } finally {
    zip.close();
  }
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      entries.push(e);
      if (entries.length > MAX_ENTRIES)
        return reject(refuse(`Hồ sơ có quá nhiều tệp (tối đa ${MAX_ENTRIES})`));
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(refuse('Tệp ZIP hồ sơ bị hỏng')));
    zip.readEntry();
  });
}

async function inflate(zip: yauzl.ZipFile, e: yauzl.Entry): Promise<Buffer> {
  try {
    const stream = await zip.openReadStreamPromise(e);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch {
    throw refuse(`Tệp "${e.fileName}" trong hồ sơ bị hỏng hoặc không đúng dung lượng khai báo`);
  }
}
