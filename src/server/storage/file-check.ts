import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors';
import { inflateEntries, openZipDirectory, ZipReadError } from './zip-inflate';

/** Tệp đính kèm được phép: PDF, JPG, PNG, DOCX; type read from the bytes, never from the name. */
export const ALLOWED_ATTACHMENTS = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** A DOCX that inflates past this, or with an absurd ratio, is treated as a zip bomb. */
const MAX_DOCX_INFLATED_BYTES = 100 * 1024 * 1024;
const MAX_DOCX_RATIO = 100;
const MAX_DOCX_ENTRIES = 2000;

/** An upload refused: "Tệp "x.pdf" không được nhận: …" (or "Ảnh …"), on the form's file field. */
export const refuseUpload = (noun: 'Tệp' | 'Ảnh', fileName: string, why: string) =>
  new AppError('VALIDATION', `${noun} "${fileName}" không được nhận: ${why}`, { fields: { file: why } });
const reject = (fileName: string, why: string) => refuseUpload('Tệp', fileName, why);

/** Refuses an empty upload or one larger than `max` bytes, saying the size and the limit. */
export function checkUploadSize(noun: 'Tệp' | 'Ảnh', fileName: string, bytes: Buffer, max: number): void {
  if (bytes.length === 0) throw refuseUpload(noun, fileName, 'tệp rỗng');
  if (bytes.length > max) {
    const size = (bytes.length / 1024 / 1024).toFixed(1);
    throw refuseUpload(
      noun,
      fileName,
      `dung lượng ${size} MB vượt quá giới hạn ${Math.round(max / 1024 / 1024)} MB`,
    );
  }
}

/** Checks size and real content type; returns the MIME type to store. */
export async function checkAttachment(fileName: string, bytes: Buffer): Promise<string> {
  checkUploadSize('Tệp', fileName, bytes, MAX_ATTACHMENT_BYTES);
  const detected = await fileTypeFromBuffer(bytes);
  const allowed = 'chỉ nhận PDF, JPG, PNG hoặc DOCX';
  if (!detected) throw reject(fileName, `không nhận ra định dạng tệp (${allowed})`);
  if (detected.ext === 'docx') {
    await checkDocxPackage(fileName, bytes);
    return ALLOWED_ATTACHMENTS.docx;
  }
  const mime = (ALLOWED_ATTACHMENTS as Record<string, string>)[detected.ext];
  if (!mime) throw reject(fileName, `nội dung tệp là ${detected.ext.toUpperCase()}, ${allowed}`);
  return mime;
}

/**
 * Refuses bombs and non-Word packages: first the zip directory (entries, declared total and
 * ratios), then every entry inflated as a stream under the same caps (zip-inflate.ts), so a
 * directory that understates what its entries inflate to is caught after at most one chunk.
 */
async function checkDocxPackage(fileName: string, bytes: Buffer): Promise<void> {
  const bomb = () => reject(fileName, 'tệp DOCX có cấu trúc bất thường (nghi là tệp nén độc hại)');
  let opened: Awaited<ReturnType<typeof openZipDirectory>>;
  try {
    opened = await openZipDirectory(bytes, MAX_DOCX_ENTRIES);
  } catch (err) {
    throw err instanceof ZipReadError && err.failure === 'too-many-entries'
      ? bomb()
      : reject(fileName, 'tệp DOCX bị hỏng');
  }
  const { zip, entries } = opened;
  try {
    let declared = 0;
    for (const e of entries) {
      declared += e.uncompressedSize;
      const ratio = e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : 0;
      if (declared > MAX_DOCX_INFLATED_BYTES || ratio > MAX_DOCX_RATIO) throw bomb();
    }
    if (!entries.some((e) => e.fileName === 'word/document.xml')) {
      throw reject(fileName, 'tệp không phải là văn bản Word (DOCX) hợp lệ');
    }
    try {
      await inflateEntries(zip, entries, { maxTotalBytes: MAX_DOCX_INFLATED_BYTES, keep: false });
    } catch (err) {
      throw err instanceof ZipReadError && err.failure === 'corrupt'
        ? reject(fileName, 'tệp DOCX bị hỏng')
        : bomb();
    }
  } finally {
    zip.close();
  }
}
