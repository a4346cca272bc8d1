// An OfficialDocument as a print-ready PDF with the layout of render-docx.ts: A4, the decree's
// margins, the two-column header, body 14 pt justified with a first-line indent flowing over
// pages, tables with borders (the header row repeated on each page), Nơi nhận beside the
// signature block, page numbers centred at the top from page 2, appendices from a new page.
// Fonts, NFC and millimetres come from pdf-base.ts (embedded Liberation Serif).
import { placeAndDate } from '../../shared/rules/vietnamese-date';
import {
  type Appendix,
  type Block,
  documentNumberLine,
  type Inline,
  issuingAgencyLine,
  LAYOUT,
  type OfficialDocument,
  recipientLines,
  upper,
} from './model';
import { createPdf, type FontName, finishPdf, line, mm, nfc, type PdfDoc, rule } from './pdf-base';
import { drawQr, qrMatrix } from './qr';

const M = LAYOUT.margin;
const LEFT = mm(M.leftMm);
const TOP = mm(M.topMm);
const WIDTH = mm(LAYOUT.page.widthMm - M.leftMm - M.rightMm);
const BOTTOM = mm(LAYOUT.page.heightMm - M.bottomMm);
const INDENT = mm(LAYOUT.indentMm);
const AFTER = LAYOUT.paragraphAfterPt;
const LINE_GAP = 1.5;
const PAGE = {
  size: 'A4',
  margins: { top: TOP, bottom: mm(M.bottomMm), left: LEFT, right: mm(M.rightMm) },
} as const;

const fontOf = (bold?: boolean, italic?: boolean): FontName =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';

type Style = { size: number; bold?: boolean; italic?: boolean };
type FlowOptions = { align?: 'justify' | 'center' | 'left'; indent?: number; x?: number; width?: number };

/** Text that flows over pages (pdfkit's line breaker), then the paragraph spacing. */
function flow(doc: PdfDoc, text: Inline, s: Style, o: FlowOptions = {}): void {
  const parts = (typeof text === 'string' ? [{ text }] : text)
    .map((r) => ({ ...r, text: r.text.normalize('NFC').replace(/\p{Cc}+/gu, ' ') }))
    .filter((r) => r.text);
  if (!parts.length) return;
  const x = o.x ?? LEFT;
  const opts = {
    width: o.width ?? WIDTH,
    align: o.align ?? 'justify',
    indent: o.indent ?? 0,
    lineGap: LINE_GAP,
  };
  parts.forEach((r, i) => {
    const bold = 'bold' in r ? (r.bold ?? s.bold) : s.bold;
    const italic = 'italic' in r ? (r.italic ?? s.italic) : s.italic;
    doc.font(fontOf(bold, italic)).fontSize(s.size);
    const continued = i < parts.length - 1;
    if (i === 0) doc.text(r.text, x, doc.y, { ...opts, continued });
    else doc.text(r.text, { ...opts, continued });
  });
  doc.y += AFTER;
}

/** Starts a new page when less than `height` is left. */
function ensureSpace(doc: PdfDoc, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage(PAGE);
}

function lineHeight(doc: PdfDoc, size: number): number {
  return doc.font('regular').fontSize(size).currentLineHeight(true) + LINE_GAP;
}

/** Centred, wrapped text in a column; returns the y below it. */
function centeredIn(doc: PdfDoc, raw: string, x: number, y: number, width: number, s: Style): number {
  const text = nfc(raw);
  if (!text) return y;
  doc
    .font(fontOf(s.bold, s.italic))
    .fontSize(s.size)
    .text(text, x, y, { width, align: 'center', lineGap: 0 });
  return doc.y;
}

function header(doc: PdfDoc, d: OfficialDocument): void {
  const z = LAYOUT.size;
  const [leftMm, rightMm] = LAYOUT.headerColumnsMm;
  const lw = mm(leftMm);
  let ly = TOP;
  if (d.parentAgency.trim()) ly = centeredIn(doc, upper(d.parentAgency), LEFT, ly, lw, { size: z.agency });
  ly = centeredIn(doc, issuingAgencyLine(d.issuingAgency), LEFT, ly, lw, { size: z.agency, bold: true });
  rule(doc, LEFT + lw / 2, ly + 4, mm(25));
  ly = centeredIn(doc, documentNumberLine(d.number, d.code), LEFT, ly + 12, lw, { size: z.number });

  const rx = LEFT + lw;
  const rw = mm(rightMm);
  let ry = TOP;
  line(doc, LAYOUT.nationalTitle, rx, ry, rw, {
    font: 'bold',
    size: z.nationalTitle,
    align: 'center',
    shrink: true,
  });
  ry += z.nationalTitle * 1.25;
  line(doc, LAYOUT.motto, rx, ry, rw, { font: 'bold', size: z.motto, align: 'center', underline: true });
  ry += z.motto * 1.25 + 14;
  line(doc, placeAndDate(d.place, d.date), rx, ry, rw, {
    font: 'italic',
    size: z.placeDate,
    align: 'center',
    shrink: true,
  });
  ry += z.placeDate * 1.3;
  doc.y = Math.max(ly, ry) + 18;
}

function titleBlock(doc: PdfDoc, d: OfficialDocument): void {
  const z = LAYOUT.size;
  flow(doc, upper(d.title), { size: z.title, bold: true }, { align: 'center' });
  doc.y -= AFTER;
  for (const s of d.summary) {
    flow(doc, s, { size: z.summary, bold: true }, { align: 'center' });
    doc.y -= AFTER;
  }
  rule(doc, LEFT + WIDTH / 2, doc.y + 3, mm(40));
  doc.y += 14;
  d.legalBasis.forEach((l, i) => {
    const end = i === d.legalBasis.length - 1 ? '.' : ';';
    flow(doc, `Căn cứ ${l.replace(/[;.]+$/u, '')}${end}`, { size: z.body, italic: true }, { indent: INDENT });
  });
}

function table(doc: PdfDoc, b: Extract<Block, { kind: 'table' }>): void {
  const size = LAYOUT.size.table;
  const pad = 3;
  const unit = WIDTH / b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => c.width * unit);
  const heightOf = (cells: string[], bold: boolean) =>
    Math.max(
      ...cells.map((c, i) =>
        doc
          .font(bold ? 'bold' : 'regular')
          .fontSize(size)
          .heightOfString(nfc(c) || ' ', { width: widths[i]! - 2 * pad }),
      ),
    ) +
    2 * pad;
  const drawRow = (cells: string[], bold: boolean, isHeader: boolean) => {
    const h = heightOf(cells, bold);
    const y = doc.y;
    let x = LEFT;
    b.columns.forEach((c, i) => {
      doc.lineWidth(0.5).strokeColor('#000000').rect(x, y, widths[i]!, h).stroke();
      doc
        .font(bold ? 'bold' : 'regular')
        .fontSize(size)
        .text(nfc(cells[i] ?? ''), x + pad, y + pad, {
          width: widths[i]! - 2 * pad,
          align: isHeader ? 'center' : (c.align ?? 'left'),
        });
      x += widths[i]!;
    });
    doc.y = y + h;
  };
  const head = b.columns.map((c) => c.title);
  const headHeight = heightOf(head, true);
  ensureSpace(doc, headHeight + heightOf(b.rows[0] ?? head, false));
  drawRow(head, true, true);
  for (const r of [...b.rows, ...(b.footer ? [b.footer] : [])]) {
    const bold = r === b.footer;
    if (doc.y + heightOf(r, bold) > BOTTOM) {
      doc.addPage(PAGE);
      drawRow(head, true, true);
    }
    drawRow(r, bold, false);
  }
  doc.y += AFTER;
}

function blocks(doc: PdfDoc, list: readonly Block[]): void {
  const size = LAYOUT.size.body;
  for (const b of list) {
    switch (b.kind) {
      case 'heading': {
        // Keep a heading with the first lines of what follows it.
        ensureSpace(doc, 3 * lineHeight(doc, size));
        const text = typeof b.text === 'string' && b.level === 1 ? upper(b.text) : b.text;
        const runs = [{ text: `${b.number} ` }, ...(typeof text === 'string' ? [{ text }] : text)];
        flow(doc, runs, { size, bold: true, italic: b.level === 3 }, { indent: INDENT });
        break;
      }
      case 'item':
      case 'bullet': {
        const lead = b.kind === 'item' ? b.number : b.marker;
        const runs = [{ text: `${lead} ` }, ...(typeof b.text === 'string' ? [{ text: b.text }] : b.text)];
        flow(doc, runs, { size }, { indent: INDENT });
        break;
      }
      case 'paragraph': {
        const center = b.align === 'center';
        const indent = center || b.indent === false ? 0 : INDENT;
        flow(
          doc,
          b.text,
          { size, bold: b.bold, italic: b.italic },
          { align: center ? 'center' : 'justify', indent },
        );
        break;
      }
      case 'table':
        table(doc, b);
        break;
      case 'qr': {
        const side = mm(30);
        ensureSpace(doc, side + 2 * lineHeight(doc, LAYOUT.size.table));
        drawQr(doc, qrMatrix(b.text), LEFT + (WIDTH - side) / 2, doc.y, side);
        doc.y += side;
        flow(doc, b.caption, { size: LAYOUT.size.table, italic: true }, { align: 'center' });
        break;
      }
    }
  }
}

function closing(doc: PdfDoc, d: OfficialDocument): void {
  const z = LAYOUT.size;
  const [leftMm, rightMm] = LAYOUT.closingColumnsMm;
  const lw = mm(leftMm);
  const rw = mm(rightMm);
  const lines = recipientLines(d.recipients);
  const recipientsHeight =
    z.recipientsLabel * 1.3 +
    lines.reduce(
      (h, l) => h + doc.font('regular').fontSize(z.recipients).heightOfString(nfc(l), { width: lw }),
      0,
    );
  const s = d.signature;
  const signatureHeight = z.signature * 1.3 * 3 + 60 + (s.signingTime ? z.signingTime * 1.3 : 0);
  ensureSpace(doc, Math.max(recipientsHeight, signatureHeight) + 6);
  const y0 = doc.y + 6;

  let ly = y0;
  line(doc, 'Nơi nhận:', LEFT, ly, lw, { font: 'boldItalic', size: z.recipientsLabel });
  ly += z.recipientsLabel * 1.3;
  for (const l of lines) {
    doc
      .font('regular')
      .fontSize(z.recipients)
      .text(nfc(l), LEFT, ly, { width: lw - 6, lineGap: 0 });
    ly = doc.y;
  }

  const rx = LEFT + lw;
  let ry = y0;
  const centre = (text: string, font: FontName, size: number) => {
    line(doc, text, rx, ry, rw, { font, size, align: 'center', shrink: true });
    ry += size * 1.3;
  };
  if (s.authorityLine.trim()) centre(upper(s.authorityLine), 'bold', z.signature);
  centre(upper(s.title), 'bold', z.signature);
  ry += 24;
  if (s.signingTime) centre(s.signingTime, 'italic', z.signingTime);
  ry += 36;
  centre(s.name, 'bold', z.signature);
  doc.y = Math.max(ly, ry);
}

function appendix(doc: PdfDoc, a: Appendix): void {
  doc.addPage(PAGE);
  flow(doc, upper(a.title), { size: LAYOUT.size.title, bold: true }, { align: 'center' });
  doc.y -= AFTER;
  for (const s of a.subtitle) {
    flow(doc, s, { size: LAYOUT.size.body, italic: true }, { align: 'center' });
    doc.y -= AFTER;
  }
  doc.y += 12;
  blocks(doc, a.blocks);
}

/** Page numbers centred at the top margin's middle, from page 2 (Decree 30). */
function numberPages(doc: PdfDoc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    line(doc, String(i + 1), LEFT, mm(10), WIDTH, { size: LAYOUT.size.pageNumber, align: 'center' });
  }
}

/** The document as PDF bytes. */
export function renderPdf(d: OfficialDocument): Promise<Buffer> {
  const doc = createPdf({
    title: `${upper(d.title)} ${d.summary.join(' ')}`,
    subject: documentNumberLine(d.number, d.code),
  });
  // Pages stay in memory until the end so the page numbers can be drawn once the count is known.
  (doc as unknown as { options: { bufferPages?: boolean } }).options.bufferPages = true;
  doc.addPage(PAGE);
  header(doc, d);
  titleBlock(doc, d);
  blocks(doc, d.body);
  closing(doc, d);
  for (const a of d.appendices) appendix(doc, a);
  numberPages(doc);
  return finishPdf(doc);
}
