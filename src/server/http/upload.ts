import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '../errors';

/** Reads one uploaded file fully; refuses it when it is larger than `max` bytes. */
export async function readUpload(
  file: MultipartFile | undefined,
  max: number,
): Promise<{ name: string; bytes: Buffer }> {
  if (!file) {
    throw new AppError('VALIDATION', 'Chưa chọn tệp để tải lên', { fields: { file: 'Chưa chọn tệp' } });
  }
  const bytes = await file.toBuffer().catch((err: { code?: string }) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE') return null;
    throw err;
  });
  if (!bytes || file.file.truncated || bytes.length > max) {
    const mb = Math.round(max / 1024 / 1024);
    throw new AppError('VALIDATION', `Tệp "${file.filename}" vượt quá giới hạn ${mb} MB`, {
      fields: { file: `Dung lượng tối đa ${mb} MB` },
    });
  }
  return { name: file.filename.normalize('NFC'), bytes };
}
