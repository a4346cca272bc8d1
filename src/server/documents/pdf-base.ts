// Shared ground for every printed document (invitations, name cards, later documents and
// certificates): the embedded Times-metric font, NFC text, millimetres, single-line text that
// shrinks to fit, and the finished PDF as one Buffer.
//
// Liberation Serif 2.x (assets/fonts) is metric-compatible with Times New Roman and covers every
// Vietnamese letter; pdfkit's built-in Times does not. The files are read once per process and
// handed to each document as Buffers, so a document only parses them (fontkit) and subsets what it
// uses. Every string is normalized to NFC before it is measured or drawn: NFD input ("e" + U+0301)
// would otherwise be drawn as a letter followed by a floating accent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { projectRoot } from '../paths';

export type PdfDoc = PDFKit.PDFDocument;
export type FontName = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type PaperSize = 'A4' | 'A5';

const FONT_FILES: Record<FontName, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

let fontBuffers: Record<FontName, Buffer> | null = null;

/** The four font files, read once per process from <project root>/assets/fonts. */
export function fontData(): Record<FontName, Buffer> {
  if (!fontBuffers) {
    const dir = join(projectRoot(), 'assets', 'fonts');
    const read = (name: FontName) => {
      try {
        return readFileSync(join(dir, FONT_FILES[name]));
      } catch (err) {
        throw new Error(
          `Không đọc được phông chữ ${FONT_FILES[name]} trong ${dir} (font file missing): ${(err as Error).message}`,
        );
      }
    };
    fontBuffers = {
      regular: read('regular'),
      bold: read('bold'),
      italic: read('italic'),
      boldItalic: read('boldItalic'),
    };
  }
  return fontBuffers;
}

/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4;

/**
 * Every drawn string goes through this: NFC, control characters (tabs, line breaks) as spaces,
 * runs of spaces as one. No-break spaces are kept: they hold blanks to be filled in by hand.
 */
export function nfc(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .normalize('NFC')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: mm(210), height: mm(297) },
  A5: { width: mm(148), height: mm(210) },
};

export type CreatePdfOptions = {
  title: string;
  author?: string;
  subject?: string;
};

/**
 * A new document with the serif family registered as 'regular' | 'bold' | 'italic' | 'boldItalic'
 * and no page yet (add pages with explicit size and zero margins: layout is done in points).
 */
export function createPdf(options: CreatePdfOptions): PdfDoc {
  const fonts = fontData();
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No built-in font: it would load Helvetica's metrics for nothing.
    font: null as unknown as string,
    compress: true,
    info: {
      Title: nfc(options.title),
      Author: nfc(options.author ?? 'Vinh Danh'),
      Subject: nfc(options.subject ?? ''),
      Creator: 'Vinh Danh',
      Producer: 'Vinh Danh (pdfkit)',
      // A fixed date keeps two renders of the same input byte-identical.
      CreationDate: new Date(0),
    },
    lang: 'vi-VN',
  } as PDFKit.PDFDocumentOptions);
  for (const name of Object.keys(fonts) as FontName[]) doc.registerFont(name, fonts[name]);
  doc.font('regular');
  return doc;
}

/** Adds a page of the given paper with no margins (all placement is explicit). */
export function addPage(doc: PdfDoc, size: PaperSize, layout: 'portrait' | 'landscape' = 'portrait'): void {
  doc.addPage({ size, layout, margin: 0 });
}

/** Ends the document and collects it into one Buffer. */
export function finishPdf(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Width of `text` (already NFC) in the given font and size, in points. */
export function textWidth(doc: PdfDoc, text: string, font: FontName, size: number): number {
  return doc.font(font).fontSize(size).widthOfString(text);
}

/** The largest size ≤ `size` (and ≥ `minSize`) at which `text` fits `maxWidth` on one line. */
export function fitSize(
  doc: PdfDoc,
  text: string,
  font: FontName,
  size: number,
  maxWidth: number,
  minSize = 6,
): number {
  const width = textWidth(doc, text, font, size);
  if (width <= maxWidth) return size;
  // Width scales linearly with size; round down to a tenth of a point.
  return Math.max(minSize, Math.floor(((size * maxWidth) / width) * 10) / 10);
}

export type LineOptions = {
  font?: FontName;
  size: number;
  align?: 'left' | 'center' | 'right';
  /** Shrink the size so the line fits `width` (never below `minSize`). */
  shrink?: boolean;
  minSize?: number;
  underline?: boolean;
};

/**
 * One line of text in the box [x, x + width] with its top at y; no wrapping (cheap: one layout,
 * no line breaker). Returns the size used.
 */
export function line(doc: PdfDoc, raw: string, x: number, y: number, width: number, o: LineOptions): number {
  const text = nfc(raw);
  const font = o.font ?? 'regular';
  if (!text) return o.size;
  const size = o.shrink ? fitSize(doc, text, font, o.size, width, o.minSize) : o.size;
  const w = textWidth(doc, text, font, size);
  const left = o.align === 'center' ? x + (width - w) / 2 : o.align === 'right' ? x + width - w : x;
  doc.text(text, left, y, { lineBreak: false, underline: o.underline ?? false });
  return size;
}

export type ParagraphOptions = {
  font?: FontName;
  size: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  indent?: number;
  lineGap?: number;
};

/** Wrapped text in a column of `width`; returns the y below it. */
export function paragraph(
  doc: PdfDoc,
  raw: string,
  x: number,
  y: number,
  width: number,
  o: ParagraphOptions,
): number {
  const text = nfc(raw);
  if (!text) return y;
  doc
    .font(o.font ?? 'regular')
    .fontSize(o.size)
    .text(text, x, y, { width, align: o.align ?? 'left', indent: o.indent ?? 0, lineGap: o.lineGap ?? 0 });
  return doc.y;
}

/** A horizontal rule of `width` centred on `centerX`. */
export function rule(doc: PdfDoc, centerX: number, y: number, width: number, thickness = 0.6): void {
  doc
    .moveTo(centerX - width / 2, y)
    .lineTo(centerX + width / 2, y)
    .lineWidth(thickness)
    .strokeColor('#000000')
    .stroke();
}

// ---- Reusable drawings (PDF form XObjects) ------------------------------------------------------
// What is the same on every page of a batch (an invitation's header, wording and signer block) is
// drawn once into a form XObject and placed on each page with one operator, instead of laying out
// and writing the same text a thousand times. pdfkit has no public API for forms: recordForm()
// points the current page's content and resources at the form while `draw` runs. Fonts used inside
// keep their subsets (glyphs are registered as they are encoded). Tests read the text and QR codes
// back from the finished PDFs, so a pdfkit change that breaks this shows there.

type PageInternals = { content: unknown; resources: { data: Record<string, unknown> } };
type DocInternals = {
  ref: (data: Record<string, unknown>) => { data: Record<string, unknown>; end: (chunk?: string) => void };
};

export type PdfForm = { name: string; ref: unknown };

/** Forms recorded per document: names are numbered per document, so a render is reproducible. */
const formCounts = new WeakMap<PdfDoc, number>();

/**
 * Records what `draw` draws (in page coordinates, on the current page's geometry) as a form;
 * nothing is drawn on the page itself. Place it with placeForm().
 */
export function recordForm(doc: PdfDoc, draw: () => void): PdfForm {
  const page = doc.page as unknown as PageInternals & { width: number; height: number };
  const form = (doc as unknown as DocInternals).ref({
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: [0, 0, page.width, page.height],
  });
  const resources = { data: {} as Record<string, unknown> };
  const saved = { content: page.content, resources: page.resources };
  page.content = form;
  page.resources = resources;
  try {
    draw();
  } finally {
    page.content = saved.content;
    page.resources = saved.resources;
  }
  form.data.Resources = resources.data;
  form.end();
  const n = (formCounts.get(doc) ?? 0) + 1;
  formCounts.set(doc, n);
  return { name: `VdForm${n}`, ref: form };
}

/** Draws a recorded form on the current page, moved down by `dy` points. */
export function placeForm(doc: PdfDoc, form: PdfForm, dy = 0): void {
  const page = doc.page as unknown as { xobjects: Record<string, unknown> };
  page.xobjects[form.name] = form.ref;
  doc.addContent(`q 1 0 0 1 0 ${Math.round(dy * 1000) / 1000} cm /${form.name} Do Q`);
}
