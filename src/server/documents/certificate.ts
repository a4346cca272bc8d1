// Giấy khen / Giấy chứng nhận: one landscape A4 page per honoree, in two modes.
// - design: the whole certificate on plain paper — decorative border, agency and national header,
//   the title, "Tặng", the honoree, the achievement, the decision line, place and date, the signer
//   block with optional signature and seal images.
// - blank (in phôi): only the variable fields, at positions set in millimetres, moved by the
//   printer's calibration offset, to print over a pre-printed blank.
// A pure function of plain data. What every page shares (border, header, title, decision line,
// place-date, signer block, images) is recorded once as a form XObject; a page places it and
// draws the honoree's two or three lines, each measured once and shrunk to fit its box.

import {
  CERTIFICATE_FIELDS,
  type CertificateField,
  DEFAULT_FIELD_LAYOUT,
  type FieldBox,
  type FieldLayout,
  fieldHeightMm,
} from '../../shared/rules/certificate-layout';
import { formatVerifyCode } from '../../shared/rules/verify-code';
import { placeAndDate, vietnameseDate } from '../../shared/rules/vietnamese-date';
import { type Fitted, fitText } from './fit-text';
import {
  addPage,
  createPdf,
  type FontName,
  finishPdf,
  line,
  mm,
  nfc,
  type PdfDoc,
  placeForm,
  recordForm,
  rule,
  textWidth,
} from './pdf-base';
import { drawQr, qrMatrix } from './qr';

export type CertificateMode = 'design' | 'blank';

/** What every certificate of a batch shares. */
export type CertificateIssue = {
  /** Cơ quan chủ quản, "UBND THÀNH PHỐ HÀ TĨNH" (may be empty). */
  parentAgency: string;
  /** Cơ quan ban hành, "UBND PHƯỜNG VĂN YÊN". */
  issuingAgency: string;
  /** "GIẤY KHEN" or "GIẤY CHỨNG NHẬN". */
  title: string;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN". */
  awardingLine: string;
  /** The achievement line used when an honoree has none of its own. */
  achievement: string;
  /** The decision number ("25") and code ("QĐ-UBND"); null leaves a blank to write by hand. */
  decisionNumber: string | null;
  decisionCode: string;
  /** ISO date of the decision, or null for a blank. */
  decisionDate: string | null;
  /** Địa danh and date of the place-date line. */
  issuePlace: string;
  issuedOn: string | null;
  signer: { authorityLine: string; title: string; name: string };
  /** PNG images drawn in design mode only (a blank is signed and sealed by hand). */
  signaturePng?: Buffer | null;
  sealPng?: Buffer | null;
};

export type CertificateRecipient = {
  kind: 'individual' | 'collective';
  /** "Ông", "Bà", "Đồng chí"… before an individual's name (may be empty). */
  salutation: string;
  name: string;
  /** Chức vụ (individuals; may be empty). */
  position: string;
  /** Đơn vị; for a collective, printed when it is not the collective's own name. */
  unitName: string;
  /** Overrides the batch's achievement line. */
  achievement?: string | null;
  /** Mã xác minh of the honour and the public page it opens (printed small, with a QR). */
  verify?: { code: string; url: string } | null;
};

/** A field as drawn, in points from the top-left corner (for tests and the alignment sheet). */
export type DrawnField = {
  field: CertificateField;
  lines: string[];
  x: number;
  y: number;
  width: number;
  size: number;
};

export type CertificateOptions = {
  mode: CertificateMode;
  /** Blank mode: the field boxes (defaults to the design layout). Design mode always uses the design layout. */
  layout?: FieldLayout;
  /** Blank mode: the printer's calibration, added to every field, in mm. */
  offset?: { dx: number; dy: number };
  /** Called for every field drawn (shared fields once, on the first page). */
  onField?: (drawn: DrawnField, page: number) => void;
};

const RED = '#a11d21';
const GOLD = '#b8860b';
const LINE_HEIGHT = 1.25;
const FONTS: Record<CertificateField, FontName> = {
  awardingLine: 'bold',
  recipient: 'bold',
  detail: 'italic',
  achievement: 'regular',
  decision: 'italic',
  placeDate: 'italic',
  signerTitle: 'bold',
  signerName: 'bold',
};

type Placement = { layout: FieldLayout; dx: number; dy: number };

function drawField(
  doc: PdfDoc,
  p: Placement,
  field: CertificateField,
  fitted: Fitted,
  page: number,
  onField: CertificateOptions['onField'],
): void {
  const box: FieldBox = p.layout[field];
  const x = mm(box.x + p.dx);
  const width = mm(box.width);
  let y = mm(box.y + p.dy);
  const font = FONTS[field];
  doc.font(font).fontSize(fitted.size);
  for (const text of fitted.lines) {
    const w = doc.widthOfString(text);
    doc.text(text, x + (width - w) / 2, y, { lineBreak: false });
    y += fitted.size * LINE_HEIGHT;
  }
  onField?.({ field, lines: fitted.lines, x, y: mm(box.y + p.dy), width, size: fitted.size }, page);
}

function fitField(doc: PdfDoc, layout: FieldLayout, field: CertificateField, text: string): Fitted {
  const box = layout[field];
  return fitText(doc, text, FONTS[field], box.size, mm(box.width), box.lines);
}

/** "Quyết định số 25/QĐ-UBND ngày 31 tháng 3 năm 2020" (blanks for what is not known yet). */
export function decisionLine(
  issue: Pick<CertificateIssue, 'decisionNumber' | 'decisionCode' | 'decisionDate'>,
): string {
  const gap = '\u00a0'.repeat(8);
  const number = issue.decisionNumber ? nfc(issue.decisionNumber) : gap;
  const date = (issue.decisionDate && vietnameseDate(issue.decisionDate)) || `ngày${gap}tháng${gap}năm${gap}`;
  return `Quyết định số ${number}/${nfc(issue.decisionCode)} ${date}`;
}

function recipientLines(r: CertificateRecipient): { recipient: string; detail: string } {
  const name = nfc(r.name);
  if (r.kind === 'collective') {
    const unit = nfc(r.unitName);
    return { recipient: name, detail: unit && unit !== name ? unit : '' };
  }
  return {
    recipient: nfc(`${r.salutation} ${name}`),
    detail: [r.position, r.unitName].map(nfc).filter(Boolean).join(' - '),
  };
}

function drawBorder(doc: PdfDoc, width: number, height: number): void {
  const outer = mm(8);
  const inner = mm(12);
  doc
    .save()
    .lineWidth(3)
    .strokeColor(RED)
    .rect(outer, outer, width - 2 * outer, height - 2 * outer)
    .stroke();
  doc
    .lineWidth(0.8)
    .strokeColor(GOLD)
    .rect(inner, inner, width - 2 * inner, height - 2 * inner)
    .stroke();
  // A row of small diamonds between the two frames.
  const mid = mm(10);
  const r = mm(0.9);
  const diamond = (cx: number, cy: number) =>
    doc
      .moveTo(cx, cy - r)
      .lineTo(cx + r, cy)
      .lineTo(cx, cy + r)
      .lineTo(cx - r, cy)
      .closePath();
  for (let x = mm(16); x <= width - mm(16); x += mm(6)) {
    diamond(x, mid);
    diamond(x, height - mid);
  }
  for (let y = mm(16); y <= height - mm(16); y += mm(6)) {
    diamond(mid, y);
    diamond(width - mid, y);
  }
  doc.fillColor(GOLD).fill();
  // Corner ornaments.
  for (const [cx, cy] of [
    [mid, mid],
    [width - mid, mid],
    [mid, height - mid],
    [width - mid, height - mid],
  ] as const) {
    doc
      .rect(cx - mm(2.5), cy - mm(2.5), mm(5), mm(5))
      .fillColor(RED)
      .fill();
  }
  doc.restore();
}

function drawHeader(doc: PdfDoc, issue: CertificateIssue, width: number): void {
  const left = { x: mm(20), w: mm(95) };
  let y = mm(19);
  if (issue.parentAgency) {
    line(doc, issue.parentAgency.toLocaleUpperCase('vi'), left.x, y, left.w, {
      size: 12,
      align: 'center',
      shrink: true,
    });
    y += 15;
  }
  line(doc, issue.issuingAgency.toLocaleUpperCase('vi'), left.x, y, left.w, {
    font: 'bold',
    size: 12,
    align: 'center',
    shrink: true,
  });
  rule(doc, left.x + left.w / 2, y + 16, left.w / 3);
  const right = { x: width - mm(20) - mm(145), w: mm(145) };
  line(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', right.x, mm(19), right.w, {
    font: 'bold',
    size: 13,
    align: 'center',
  });
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  line(doc, motto, right.x, mm(19) + 17, right.w, { font: 'bold', size: 14, align: 'center' });
  rule(doc, right.x + right.w / 2, mm(19) + 35, textWidth(doc, motto, 'bold', 14));
}

/** Design mode: everything but the honoree, drawn into one form. */
function drawDesignShared(doc: PdfDoc, issue: CertificateIssue, p: Placement, shared: () => void): void {
  const width = mm(297);
  const height = mm(210);
  drawBorder(doc, width, height);
  doc.fillColor('#000000');
  drawHeader(doc, issue, width);
  doc.fillColor(RED);
  line(doc, issue.title.toLocaleUpperCase('vi'), mm(30), mm(44), mm(237), {
    font: 'bold',
    size: 40,
    align: 'center',
    shrink: true,
  });
  doc.fillColor('#000000');
  line(doc, 'Tặng', mm(30), mm(p.layout.recipient.y - 10), mm(237), {
    font: 'boldItalic',
    size: 16,
    align: 'center',
  });
  shared();
  const sign = p.layout.signerTitle;
  const signTop = mm(sign.y) + sign.lines * sign.size * LINE_HEIGHT;
  const centre = mm(sign.x + sign.width / 2);
  if (issue.sealPng) {
    const side = mm(34);
    doc.image(issue.sealPng, centre - side * 0.95, signTop + mm(1), { width: side, height: side });
  }
  if (issue.signaturePng) {
    doc.image(issue.signaturePng, centre - mm(22), signTop + mm(2), {
      fit: [mm(44), mm(20)],
      align: 'center',
      valign: 'center',
    });
  }
}

/** The static text fields (the same on every page). */
function drawSharedFields(
  doc: PdfDoc,
  issue: CertificateIssue,
  p: Placement,
  onField: CertificateOptions['onField'],
): void {
  const texts: [CertificateField, string][] = [
    ['awardingLine', issue.awardingLine.toLocaleUpperCase('vi')],
    ['decision', decisionLine(issue)],
    ['placeDate', placeAndDate(issue.issuePlace, issue.issuedOn)],
    [
      'signerTitle',
      [issue.signer.authorityLine, issue.signer.title]
        .map((t) => nfc(t).toLocaleUpperCase('vi'))
        .filter(Boolean)
        .join('\n'),
    ],
    ['signerName', issue.signer.name],
  ];
  for (const [field, text] of texts) {
    // The signer block keeps its line breaks (authority line, then title).
    const fitted =
      field === 'signerTitle'
        ? fitLinesKept(doc, p.layout, text.split('\n'))
        : fitField(doc, p.layout, field, text);
    drawField(doc, p, field, fitted, 0, onField);
  }
}

function fitLinesKept(doc: PdfDoc, layout: FieldLayout, lines: string[]): Fitted {
  const box = layout.signerTitle;
  const kept = lines.slice(0, box.lines);
  const size = Math.min(...kept.map((l) => fitText(doc, l, 'bold', box.size, mm(box.width), 1).size));
  return { size, lines: kept };
}

/** Renders one certificate per recipient, in the given order, into one PDF. Throws on an empty list. */
export async function renderCertificates(
  issue: CertificateIssue,
  recipients: CertificateRecipient[],
  options: CertificateOptions,
): Promise<Buffer> {
  if (recipients.length === 0) throw new Error('Không có ai để in giấy khen');
  const design = options.mode === 'design';
  const placement: Placement = design
    ? { layout: DEFAULT_FIELD_LAYOUT, dx: 0, dy: 0 }
    : {
        layout: options.layout ?? DEFAULT_FIELD_LAYOUT,
        dx: options.offset?.dx ?? 0,
        dy: options.offset?.dy ?? 0,
      };
  const doc = createPdf({
    title: `${nfc(issue.title)} - ${nfc(issue.issuingAgency)}`,
    author: nfc(issue.issuingAgency),
    subject: design ? 'Giấy khen (mẫu đầy đủ)' : 'Giấy khen (in trên phôi)',
  });
  const onField = options.onField;
  // Fitted lines per distinct text: achievements and details repeat across a batch.
  const cache = new Map<string, Fitted>();
  const fitCached = (field: CertificateField, text: string): Fitted => {
    const key = `${field}\u0000${text}`;
    let fitted = cache.get(key);
    if (!fitted) {
      fitted = fitField(doc, placement.layout, field, text);
      cache.set(key, fitted);
    }
    return fitted;
  };
  let form: ReturnType<typeof recordForm> | null = null;
  const verifyCorner = verificationCorner(placement);
  recipients.forEach((r, page) => {
    addPage(doc, 'A4', 'landscape');
    form ??= recordForm(doc, () => {
      if (design)
        drawDesignShared(doc, issue, placement, () => drawSharedFields(doc, issue, placement, onField));
      else drawSharedFields(doc, issue, placement, onField);
    });
    placeForm(doc, form);
    doc.fillColor('#000000');
    const { recipient, detail } = recipientLines(r);
    const nameFit = fitText(
      doc,
      recipient,
      FONTS.recipient,
      placement.layout.recipient.size,
      mm(placement.layout.recipient.width),
      placement.layout.recipient.lines,
    );
    drawField(doc, placement, 'recipient', nameFit, page, onField);
    if (detail) drawField(doc, placement, 'detail', fitCached('detail', detail), page, onField);
    const achievement = nfc(r.achievement || issue.achievement);
    if (achievement)
      drawField(doc, placement, 'achievement', fitCached('achievement', achievement), page, onField);
    if (r.verify) drawVerification(doc, r.verify, verifyCorner);
  });
  return finishPdf(doc);
}

/** The verification block: a QR of VERIFY_QR_MM and the code to its right, in mm. */
const VERIFY_QR_MM = 17;
const VERIFY_BLOCK = { width: 62, height: VERIFY_QR_MM };
/** Bottom corners inside the design's inner frame (12 mm), left first. */
const VERIFY_CORNERS = [
  { x: 15, y: 210 - 14 - VERIFY_QR_MM },
  { x: 297 - 15 - VERIFY_BLOCK.width, y: 210 - 14 - VERIFY_QR_MM },
] as const;

/**
 * The bottom corner whose block overlaps no field box as placed (blank mode's own layout and
 * calibration included); the left one when both are taken (a layout that fills the page).
 */
export function verificationCorner(p: Placement): { x: number; y: number } {
  const overlaps = (c: { x: number; y: number }) =>
    CERTIFICATE_FIELDS.some((f) => {
      const b = p.layout[f];
      const bx = b.x + p.dx;
      const by = b.y + p.dy;
      return (
        bx < c.x + VERIFY_BLOCK.width &&
        bx + b.width > c.x &&
        by < c.y + VERIFY_BLOCK.height &&
        by + fieldHeightMm(b) > c.y
      );
    });
  return VERIFY_CORNERS.find((c) => !overlaps(c)) ?? VERIFY_CORNERS[0];
}

function drawVerification(
  doc: PdfDoc,
  verify: { code: string; url: string },
  corner: { x: number; y: number },
): void {
  const x = mm(corner.x);
  const y = mm(corner.y);
  const side = mm(VERIFY_QR_MM);
  drawQr(doc, qrMatrix(verify.url), x, y, side);
  doc
    .fillColor('#000000')
    .font('regular')
    .fontSize(7.5)
    .text(`Mã xác minh: ${formatVerifyCode(verify.code)}`, x + side + mm(1), y + side / 2 - 4, {
      lineBreak: false,
    });
}
