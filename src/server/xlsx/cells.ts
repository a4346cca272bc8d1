// Cell-level helpers shared by every XLSX import and export: reading what a user sees in a cell,
// writing text a spreadsheet can carry and will never evaluate, checking an upload is a workbook.

import { inflateEntries, openZipDirectory, ZipReadError } from '../storage/zip-inflate';

export const NOT_XLSX = 'Tệp không phải là bảng tính Excel (.xlsx)';
/** The uncompressed size a workbook may unpack to (zip-bomb guard). */
const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 5000;

export type Raw = string | number | boolean | Date | null;

/** NFC, without characters XML cannot carry (a workbook with them does not open). */
export function cleanText(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return s.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/**
 * Text a spreadsheet must never evaluate: one starting with =, +, -, @, tab or CR gets a leading
 * apostrophe, so it stays text (and reads as text) in Excel, LibreOffice and in a CSV made from it.
 */
export function neutralizeCell(value: string): string {
  const v = cleanText(value);
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** The value a user sees: rich text joined, formula results, hyperlink text. */
export function plain(v: unknown): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((t: { text?: string }) => t.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o) return plain(o.result);
    if ('text' in o) return plain(o.text);
    if (typeof o.error === 'string') return o.error;
  }
  return null;
}

export function toText(v: unknown): string {
  const p = plain(v);
  if (p === null) return '';
  if (p instanceof Date) return isoOf(p);
  return String(p).normalize('NFC').trim();
}

export const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A date cell as YYYY-MM-DD: real Excel dates, date serials, dd/mm/yyyy (also with - or .) and
 * yyyy-mm-dd typed as text; null when it is none of these.
 */
export function cellIsoDate(raw: Raw, text: string): string | null {
  if (raw instanceof Date) return isoOf(raw);
  if (typeof raw === 'number' && raw > 0 && raw < 2_958_466) {
    return isoOf(new Date(Date.UTC(1899, 11, 30) + Math.round(raw) * 86_400_000));
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  return null;
}

/**
 * A ZIP whose central directory lists xl/workbook.xml, within the size budget, and whose entries
 * inflate (as a stream, storage/zip-inflate.ts) to exactly what that directory declares; else the
 * reason. exceljs would inflate a lying entry whole before noticing.
 */
export async function checkZip(buf: Buffer): Promise<string | null> {
  const directory = checkZipDirectory(buf);
  if (directory) return directory;
  let opened: Awaited<ReturnType<typeof openZipDirectory>>;
  try {
    opened = await openZipDirectory(buf, MAX_ENTRIES);
  } catch {
    return NOT_XLSX;
  }
  try {
    await inflateEntries(opened.zip, opened.entries, { maxTotalBytes: MAX_UNCOMPRESSED_BYTES, keep: false });
    return null;
  } catch (err) {
    if (err instanceof ZipReadError && err.failure !== 'corrupt') {
      return `Tệp Excel bị từ chối: phần "${err.entryName ?? ''}" giải nén ra nhiều hơn dung lượng khai báo hoặc quá 100 MB (nghi là tệp nén độc hại)`;
    }
    return NOT_XLSX;
  }
}

function checkZipDirectory(buf: Buffer): string | null {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return NOT_XLSX;
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) return NOT_XLSX;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  let total = 0;
  let hasWorkbook = false;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return NOT_XLSX;
    total += buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    if (buf.toString('utf8', p + 46, p + 46 + nameLen) === 'xl/workbook.xml') hasWorkbook = true;
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  if (!hasWorkbook) return NOT_XLSX;
  if (total > MAX_UNCOMPRESSED_BYTES) return 'Tệp quá lớn sau khi giải nén (tối đa 100 MB)';
  return null;
}
