import { fileTypeFromBuffer } from 'file-type';
import yauzl from 'yauzl';
import { AppError } from '../errors';

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

const reject = (fileName: string, why: string) =>
  new AppError('VALIDATION', `Tệp "${fileName}" không được nhận: ${why}`, { fields: { file: why } });

/** Checks size and real content type; returns the MIME type to store. */
export async function checkAttachment(fileName: string, bytes: Buffer): Promise<string> {
  if (bytes.length === 0) throw reject(fileName, 'tệp rỗng');
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw reject(
      fileName,
      `dung lượng ${(bytes.length / 1024 / 1024).toFixed(1)} MB vượt quá giới hạn 10 MB`,
    );
  }
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

/** Reads the zip directory only (nothing is inflated) and refuses bombs and non-Word packages. */
function checkDocxPackage(fileName: string, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject_) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject_(reject(fileName, 'tệp DOCX bị hỏng'));
      let entries = 0;
      let inflated = 0;
      let hasDocument = false;
      zip.on('entry', (e: yauzl.Entry) => {
        entries++;
        inflated += e.uncompressedSize;
        if (e.fileName === 'word/document.xml') hasDocument = true;
        const ratio = e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : 0;
        if (entries > MAX_DOCX_ENTRIES || inflated > MAX_DOCX_INFLATED_BYTES || ratio > MAX_DOCX_RATIO) {
          zip.close();
          return reject_(reject(fileName, 'tệp DOCX có cấu trúc bất thường (nghi là tệp nén độc hại)'));
        }
        zip.readEntry();
      });
      zip.on('end', () =>
        hasDocument ? resolve() : reject_(reject(fileName, 'tệp không phải là văn bản Word (DOCX) hợp lệ')),
      );
      zip.on('error', () => reject_(reject(fileName, 'tệp DOCX bị hỏng')));
      zip.readEntry();
    });
  });
}
