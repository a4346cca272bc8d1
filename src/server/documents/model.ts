// The official document (văn bản hành chính, Decree 30/2020/NĐ-CP, Appendix I) as data. Each
// document of a conference (KH, CTr, GM, TTr, BB, QĐ, TB …) is built as an `OfficialDocument`
// from the stored data; `render-docx.ts` and `render-pdf.ts` lay the same model out the same way.
// Text here is as it reads; the renderers normalize to NFC and upper-case what the decree
// upper-cases (agency names, national title, document type, signer's authority and title).

/** Ký hiệu loại văn bản: KH kế hoạch, QĐ quyết định, GM giấy mời, CTr chương trình, … */
export type DocumentType = 'KH' | 'QĐ' | 'GM' | 'CTr' | 'BC' | 'BB' | 'TTr' | 'TB' | 'DS';

/** A run of inline text; a plain string is regular text. */
export type Run = { text: string; bold?: boolean; italic?: boolean; underline?: boolean };
export type Inline = string | Run[];

export type Block =
  /** I. MỤC ĐÍCH, YÊU CẦU (level 1, upper case) · 1. … (level 2) · 2.1. … (level 3). */
  | { kind: 'heading'; level: 1 | 2 | 3; number: string; text: Inline }
  /** A numbered paragraph: "1. Thông qua …" (the number is not a heading). */
  | { kind: 'item'; number: string; text: Inline }
  /** "- …", "+ …" or "* …" at the start of a justified paragraph. */
  | { kind: 'bullet'; marker: '-' | '+' | '*'; text: Inline }
  | {
      kind: 'paragraph';
      text: Inline;
      align?: 'justify' | 'center';
      bold?: boolean;
      italic?: boolean;
      /** First-line indent (default true for justified text). */
      indent?: boolean;
    }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; footer?: string[] }
  /** A QR code of `text` (an address), centred, with a caption line under it. */
  | { kind: 'qr'; text: string; caption: string };

export type TableColumn = {
  title: string;
  /** Relative width; the columns share the text width in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
};

export type SignatureBlock = {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" … (empty: the signer signs in their own name). */
  authorityLine: string;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH" … */
  title: string;
  name: string;
  /** "Giờ ký: 18/3/2020 5:08:42 PM" — the stamp of a digital signature, when there is one. */
  signingTime?: string | null;
};

export type Appendix = {
  /** "Phụ lục", "DANH SÁCH CÁC TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG" … */
  title: string;
  /** Lines under the title, e.g. "(Kèm theo Quyết định số 12/QĐ-UBND ngày … của …)". */
  subtitle: string[];
  blocks: Block[];
};

export type OfficialDocument = {
  type: DocumentType;
  /** Tên cơ quan chủ quản (may be empty). */
  parentAgency: string;
  /** Tên cơ quan ban hành. */
  issuingAgency: string;
  /** Số (null: not numbered yet — the line keeps a blank to write it). */
  number: number | null;
  /** Ký hiệu after the number: "KH-UBND". */
  code: string;
  place: string;
  /** ISO date of issue (null: a blank to write by hand). */
  date: string | null;
  /** "KẾ HOẠCH" … (upper-cased by the renderers). */
  title: string;
  /** Trích yếu — one or more lines under the title. */
  summary: string[];
  /** Căn cứ lines, each rendered on its own line in italics. */
  legalBasis: string[];
  body: Block[];
  signature: SignatureBlock;
  /** Nơi nhận, without the "- " and ";" (added when rendered); "Lưu: VT, …" is last. */
  recipients: string[];
  appendices: Appendix[];
};

const NBSP = '\u00a0';

/** "Số: 05/KH-UBND" (numbers below 10 zero-padded); "Số:      /KH-UBND" when not numbered yet. */
export function documentNumberLine(number: number | null, code: string): string {
  if (number === null) return `Số:${NBSP.repeat(8)}/${code}`;
  return `Số: ${documentNumberText(number, code)}`;
}

/** "05/QĐ-UBND": the number and code as a register or a citation writes them. */
export function documentNumberText(number: number, code: string): string {
  return `${number < 10 ? `0${number}` : number}/${code}`;
}

/** Upper case the way Vietnamese documents write agency names and titles (NFC first). */
export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/**
 * The issuing agency as the header writes it: in full, so "UBND phường Văn Yên" becomes
 * "ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN" (the decree lets only the parent agency be abbreviated).
 */
export function issuingAgencyLine(name: string): string {
  return upper(name.replace(/^UBND\b/u, 'Ủy ban nhân dân').replace(/^HĐND\b/u, 'Hội đồng nhân dân'));
}

/**
 * "Nơi nhận" lines: "- …;" each, the last "- Lưu: VT, ….". A list without a "Lưu:" line gets
 * "Lưu: VT" (the office keeps a copy of every document).
 */
export function recipientLines(recipients: readonly string[]): string[] {
  const clean = recipients.map((r) => r.trim().replace(/[;.]+$/u, '')).filter(Boolean);
  const keep = clean.filter((r) => /^Lưu\s*:/iu.test(r));
  const list = [...clean.filter((r) => !/^Lưu\s*:/iu.test(r)), ...(keep.length ? keep : ['Lưu: VT'])];
  return list.map((r, i) => `- ${r}${i === list.length - 1 ? '.' : ';'}`);
}

/** The plain text of inline content. */
export function inlineText(text: Inline): string {
  return typeof text === 'string' ? text : text.map((r) => r.text).join('');
}

/** The text of a block as it reads on paper (a heading with its number, a bullet with its marker). */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'item':
      return `${block.number} ${inlineText(block.text)}`;
    case 'bullet':
      return `${block.marker} ${inlineText(block.text)}`;
    case 'paragraph':
      return inlineText(block.text);
    case 'qr':
      return block.caption;
    case 'table':
      return [block.columns.map((c) => c.title), ...block.rows, ...(block.footer ? [block.footer] : [])]
        .map((r) => r.join(' | '))
        .join('\n');
  }
}

const VN_OFFSET_MS = 7 * 3600_000;

/**
 * "Giờ ký: 18/3/2020 5:08:42 PM" — the signing stamp as the digital-signature tool prints it
 * (Vietnam time, day and month without zeros, 12-hour clock).
 */
export function signingTimeLine(iso: string): string {
  const d = new Date(new Date(iso).getTime() + VN_OFFSET_MS);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Thời điểm ký không hợp lệ: ${iso}`);
  const h24 = d.getUTCHours();
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  return `Giờ ký: ${date} ${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h24 < 12 ? 'AM' : 'PM'}`;
}

/** The day (ISO) of an instant in Vietnam time. */
export function vietnamDay(iso: string): string {
  return new Date(new Date(iso).getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** A file name for a download: "KH-UBND - Kế hoạch tổ chức ….docx" without characters a file system refuses. */
export function documentFileName(
  doc: Pick<OfficialDocument, 'title' | 'summary'>,
  ext: 'docx' | 'pdf',
): string {
  const title = doc.title.normalize('NFC');
  const name = `${title.charAt(0)}${title.slice(1).toLocaleLowerCase('vi')} ${doc.summary.join(' ')}`
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${name}.${ext}`;
}

/**
 * The layout both renderers follow (Decree 30, Appendix I): A4 portrait, margins in mm, font
 * sizes in points, the header's two columns as shares of the text width.
 */
export const LAYOUT = {
  page: { widthMm: 210, heightMm: 297 },
  margin: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
  /** Left column (agencies, number) and right column (national title, motto, place and date). */
  headerColumnsMm: [65, 100] as const,
  /** Nơi nhận (left) beside the signature block (right). */
  closingColumnsMm: [80, 85] as const,
  size: {
    agency: 13,
    nationalTitle: 12,
    motto: 13,
    number: 13,
    placeDate: 14,
    title: 14,
    summary: 14,
    body: 14,
    table: 13,
    recipientsLabel: 12,
    recipients: 11,
    signature: 14,
    signingTime: 11,
    pageNumber: 13,
  },
  /** First-line indent of body paragraphs. */
  indentMm: 10,
  /** Space after a body paragraph, in points. */
  paragraphAfterPt: 6,
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  font: 'Times New Roman',
} as const;
