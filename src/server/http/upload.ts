import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';

const BROKEN_MESSAGE = 'Tệp tải lên bị hỏng hoặc gửi không trọn vẹn. Hãy chọn lại tệp và gửi lại.';

/**
 * A multipart body the parser could not read (no boundary, a part cut off before its end, a
 * malformed part header: busboy's plain errors) → 400 naming the file; errors that carry their
 * own 4xx status (too many files, not multipart at all) keep it.
 */
function brokenUpload(err: unknown): unknown {
  const status = (err as { statusCode?: number } | null)?.statusCode;
  if (status && status >= 400 && status < 500) return err;
  return new AppError('VALIDATION', BROKEN_MESSAGE, { fields: { file: 'Tệp bị hỏng hoặc gửi chưa hết' } });
}

/** Reads the request's one uploaded file fully; refuses it when it is larger than `max` bytes. */
export async function readUpload(req: FastifyRequest, max: number): Promise<{ name: string; bytes: Buffer }> {
  const file = await req.file({ limits: { fileSize: max } }).catch((err: unknown) => {
    throw brokenUpload(err);
  });
  if (!file) {
    throw new AppError('VALIDATION', 'Chưa chọn tệp để tải lên', { fields: { file: 'Chưa chọn tệp' } });
  }
  const bytes = await file.toBuffer().catch((err: { code?: string }) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE') return null;
    throw brokenUpload(err);
  });
  if (!bytes || file.file.truncated || bytes.length > max) {
    const mb = Math.round(max / 1024 / 1024);
    throw new AppError('VALIDATION', `Tệp "${file.filename}" vượt quá giới hạn ${mb} MB`, {
      fields: { file: `Dung lượng tối đa ${mb} MB` },
    });
  }
  return { name: file.filename.normalize('NFC'), bytes };
}
