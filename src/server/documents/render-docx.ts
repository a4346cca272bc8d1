// An OfficialDocument as an editable Word file (docx): A4, the decree's margins, Times New Roman
// on every run, the two-column header (agencies and number | national title, motto, place and
// date), body 14 pt justified with a first-line indent, Nơi nhận beside the signature block, page
// numbers centred at the top from page 2 (the first page has its own, empty header), appendices
// each from a new page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IBorderOptions,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import QRCode from 'qrcode';
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

/** Millimetres to twips (1/1440 inch). */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

type RunStyle = { size: number; bold?: boolean; italic?: boolean; underline?: boolean };

function run(text: string, s: RunStyle): TextRun {
  return new TextRun({
    text: text.normalize('NFC'),
    font: LAYOUT.font,
    size: s.size * 2,
    bold: s.bold ?? false,
    italics: s.italic ?? false,
    ...(s.underline ? { underline: {} } : {}),
  });
}

function runs(text: Inline, s: RunStyle): TextRun[] {
  if (typeof text === 'string') return [run(text, s)];
  return text.map((r) =>
    run(r.text, {
      size: s.size,
      bold: r.bold ?? s.bold,
      italic: r.italic ?? s.italic,
      underline: r.underline ?? s.underline,
    }),
  );
}

const AFTER = LAYOUT.paragraphAfterPt * 20;
const INDENT = twips(LAYOUT.indentMm);

function centered(text: string, s: RunStyle, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, s)] });
}

/** A short centred rule: an empty paragraph whose bottom border spans `widthMm` of a `columnMm` box. */
function shortRule(columnMm: number, widthMm: number): Paragraph {
  const side = twips((columnMm - widthMm) / 2);
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
  return new Paragraph({
    indent: { left: side, right: side },
    border: { bottom: border },
    spacing: { after: 120 },
    children: [run('', { size: 2 })],
  });
}

const NO_BORDERS = TableBorders.NONE;

function cell(widthMm: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: twips(widthMm), type: WidthType.DXA },
    borders: {
      top: NO_BORDERS.top,
      bottom: NO_BORDERS.bottom,
      left: NO_BORDERS.left,
      right: NO_BORDERS.right,
    },
    children,
  });
}

function twoColumns(widthsMm: readonly [number, number], left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: twips(widthsMm[0] + widthsMm[1]), type: WidthType.DXA },
    columnWidths: [twips(widthsMm[0]), twips(widthsMm[1])],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(widthsMm[0], left), cell(widthsMm[1], right)] })],
  });
}

function header(doc: OfficialDocument): Table {
  const [leftMm] = LAYOUT.headerColumnsMm;
  const z = LAYOUT.size;
  const left: Paragraph[] = [];
  if (doc.parentAgency.trim()) left.push(centered(upper(doc.parentAgency), { size: z.agency }));
  left.push(centered(issuingAgencyLine(doc.issuingAgency), { size: z.agency, bold: true }));
  left.push(shortRule(leftMm, 25));
  left.push(centered(documentNumberLine(doc.number, doc.code), { size: z.number }));
  const right = [
    centered(LAYOUT.nationalTitle, { size: z.nationalTitle, bold: true }),
    centered(LAYOUT.motto, { size: z.motto, bold: true, underline: true }, 240),
    centered(placeDateText(doc), { size: z.placeDate, italic: true }),
  ];
  return twoColumns(LAYOUT.headerColumnsMm, left, right);
}

function placeDateText(doc: OfficialDocument): string {
  return placeAndDate(doc.place, doc.date);
}

function titleBlock(doc: OfficialDocument): Paragraph[] {
  const z = LAYOUT.size;
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360 },
      children: [run(upper(doc.title), { size: z.title, bold: true })],
    }),
    ...doc.summary.map((line) => centered(line, { size: z.summary, bold: true })),
  ];
  const textMm = LAYOUT.page.widthMm - LAYOUT.margin.leftMm - LAYOUT.margin.rightMm;
  out.push(shortRule(textMm, 40));
  for (const [i, line] of doc.legalBasis.entries()) {
    const end = i === doc.legalBasis.length - 1 ? '.' : ';';
    out.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: INDENT },
        spacing: { after: AFTER },
        children: [
          run(`Căn cứ ${line.replace(/[;.]+$/u, '')}${end}`, { size: LAYOUT.size.body, italic: true }),
        ],
      }),
    );
  }
  return out;
}

function bodyParagraph(
  text: Inline,
  s: RunStyle,
  o: { align?: 'justify' | 'center'; indent?: boolean } = {},
) {
  const center = o.align === 'center';
  return new Paragraph({
    alignment: center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: o.indent === false || center ? undefined : { firstLine: INDENT },
    spacing: { after: AFTER },
    children: runs(text, s),
  });
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const textMm = LAYOUT.page.widthMm - LAYOUT.margin.leftMm - LAYOUT.margin.rightMm;
  const unit = textMm / block.columns.reduce((s, c) => s + c.width, 0);
  const widths = block.columns.map((c) => twips(c.width * unit));
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const align = (a?: 'left' | 'center' | 'right') =>
    a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const row = (cells: string[], bold: boolean, header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: block.columns.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                alignment: header ? AlignmentType.CENTER : align(c.align),
                children: [run(cells[i] ?? '', { size: LAYOUT.size.table, bold })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: twips(textMm), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: [
      row(
        block.columns.map((c) => c.title),
        true,
        true,
      ),
      ...block.rows.map((r) => row(r, false, false)),
      ...(block.footer ? [row(block.footer, true, false)] : []),
    ],
  });
}

/** The PNG of each QR block's text, made before the (synchronous) layout. */
type QrImages = ReadonlyMap<string, Buffer>;

async function qrImages(doc: OfficialDocument): Promise<QrImages> {
  const texts = [...doc.body, ...doc.appendices.flatMap((a) => a.blocks)].flatMap((b) =>
    b.kind === 'qr' ? [b.text] : [],
  );
  const pngs = await Promise.all(
    texts.map((t) => QRCode.toBuffer(t, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 })),
  );
  return new Map(texts.map((t, i) => [t, pngs[i]!]));
}

/** A QR code's side on paper: 30 mm (in pixels at 96 dpi, as docx sizes images). */
const QR_PX = Math.round((30 / 25.4) * 96);

function blocks(list: readonly Block[], qrs: QrImages = new Map()): (Paragraph | Table)[] {
  const size = LAYOUT.size.body;
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    switch (b.kind) {
      case 'heading': {
        const text = typeof b.text === 'string' && b.level === 1 ? upper(b.text) : b.text;
        const style = { size, bold: true, italic: b.level === 3 };
        const p = bodyParagraph(
          [{ text: `${b.number} ` }, ...(typeof text === 'string' ? [{ text }] : text)],
          style,
        );
        out.push(p);
        break;
      }
      case 'item':
        out.push(bodyParagraph([{ text: `${b.number} ` }, ...asRuns(b.text)], { size }));
        break;
      case 'bullet':
        out.push(bodyParagraph([{ text: `${b.marker} ` }, ...asRuns(b.text)], { size }));
        break;
      case 'paragraph':
        out.push(bodyParagraph(b.text, { size, bold: b.bold, italic: b.italic }, b));
        break;
      case 'table':
        out.push(table(b), new Paragraph({ spacing: { after: AFTER }, children: [] }));
        break;
      case 'qr': {
        const png = qrs.get(b.text);
        if (png) {
          const image = new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: QR_PX, height: QR_PX },
          });
          out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [image] }));
        }
        out.push(centered(b.caption, { size: LAYOUT.size.table, italic: true }, AFTER));
        break;
      }
    }
  }
  return out;
}

const asRuns = (text: Inline) => (typeof text === 'string' ? [{ text }] : text);

function closing(doc: OfficialDocument): Table {
  const z = LAYOUT.size;
  const left = [
    new Paragraph({ children: [run('Nơi nhận:', { size: z.recipientsLabel, bold: true, italic: true })] }),
    ...recipientLines(doc.recipients).map(
      (l) => new Paragraph({ children: [run(l, { size: z.recipients })] }),
    ),
  ];
  const s = doc.signature;
  const right: Paragraph[] = [];
  if (s.authorityLine.trim()) right.push(centered(upper(s.authorityLine), { size: z.signature, bold: true }));
  right.push(centered(upper(s.title), { size: z.signature, bold: true }));
  right.push(centered('', { size: z.signature }), centered('', { size: z.signature }));
  if (s.signingTime) right.push(centered(s.signingTime, { size: z.signingTime, italic: true }));
  right.push(centered('', { size: z.signature }), centered('', { size: z.signature }));
  right.push(centered(s.name, { size: z.signature, bold: true }));
  return twoColumns(LAYOUT.closingColumnsMm, left, right);
}

function appendix(a: Appendix, qrs: QrImages): (Paragraph | Table)[] {
  const z = LAYOUT.size;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
      children: [run(upper(a.title), { size: z.title, bold: true })],
    }),
    ...a.subtitle.map((l, i) =>
      centered(l, { size: z.body, italic: true }, i === a.subtitle.length - 1 ? 240 : 0),
    ),
    ...blocks(a.blocks, qrs),
  ];
}

/** The document as DOCX bytes. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const qrs = await qrImages(doc);
  const m = LAYOUT.margin;
  const pageNumberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: LAYOUT.font,
            size: LAYOUT.size.pageNumber * 2,
          }),
        ],
      }),
    ],
  });
  const file = new Document({
    creator: 'Vinh Danh',
    title: `${upper(doc.title)} ${doc.summary.join(' ')}`.normalize('NFC'),
    styles: { default: { document: { run: { font: LAYOUT.font, size: LAYOUT.size.body * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(LAYOUT.page.widthMm), height: twips(LAYOUT.page.heightMm) },
            margin: {
              top: twips(m.topMm),
              bottom: twips(m.bottomMm),
              left: twips(m.leftMm),
              right: twips(m.rightMm),
              header: twips(10),
              footer: twips(10),
            },
          },
        },
        headers: {
          default: pageNumberHeader,
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          header(doc),
          ...titleBlock(doc),
          ...blocks(doc.body, qrs),
          new Paragraph({ children: [] }),
          closing(doc),
          ...doc.appendices.flatMap((a) => appendix(a, qrs)),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
