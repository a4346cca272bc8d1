import { stripVietnameseMarks } from '../shared/rules/vietnamese-text';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Content-Disposition for a download: an ASCII fallback name for old clients plus the
 * Vietnamese name (RFC 6266 filename*), NFC so the browser saves what the user reads.
 */
export function attachment(name: string): string {
  const ascii = stripVietnameseMarks(name).replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name.normalize('NFC'))}`;
}
