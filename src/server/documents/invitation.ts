// Giấy mời (GM): one personal invitation per delegate, laid out as an administrative document
// (Decree 30/2020, Appendix I): agency and national header, number and place-date, "GIẤY MỜI"
// with its summary line, the invitation with the delegate's name, time, place and seat group,
// the QR code of the delegate's check-in URL, and the signer block. A4 or A5 portrait.
//
// A pure function of plain data: no database, no request. Fonts are registered once per
// document; each page is single-line text (no line breaker) except the few wrapped paragraphs,
// and the QR is drawn as vector rectangles.
import { placeAndDate, vietnameseDateTime } from '../../shared/rules/vietnamese-date';
import {
  addPage,
  createPdf,
  finishPdf,
  line,
  mm,
  nfc,
  PAPER,
  type PaperSize,
  type PdfDoc,
  type PdfForm,
  paragraph,
  placeForm,
  recordForm,
  rule,
  textWidth,
} from './pdf-base';
import { drawQr, qrMatrix } from './qr';

export type DocumentSigner = {
  /** "TM. ỦY BAN NHÂN DÂN" (may be empty). */
  authorityLine: string;
  /** "CHỦ TỊCH". */
  title: string;
  name: string;
};

/** What every invitation of one conference shares. */
export type InvitationConference = {
  /** Cơ quan chủ quản: "UBND THÀNH PHỐ HÀ TĨNH" (printed upper case; may be empty). */
  parentAgency: string;
  /** Cơ quan ban hành: "UBND PHƯỜNG VĂN YÊN" (printed upper case, bold). */
  issuingAgency: string;
  /** "Số: 12/GM-UBND"; the number may be left blank to be written by hand. */
  documentNumber: string | null;
  documentCode: string;
  /** Địa danh of the place-date line: "Văn Yên". */
  issuePlace: string;
  /** Ngày ban hành, ISO date, or null to leave it blank. */
  issuedOn: string | null;
  /** "Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025". */
  conferenceName: string;
  /** Ngày họp (ISO date) and giờ ("07:30" or null). */
  date: string;
  time: string | null;
  place: string;
  signer: DocumentSigner;
  /** A closing line, e.g. how to use the QR code at the reception desk. */
  note?: string;
};

/** One invited delegate. */
export type InvitationDelegate = {
  /** "Ông", "Bà", "Đồng chí"… printed before the name. */
  salutation: string;
  fullName: string;
  /** Chức vụ (may be empty). */
  position: string;
  /** Đơn vị/Cơ quan (may be empty). */
  unitName: string;
  /** Khu vực ghế (may be empty). */
  seatGroup: string;
  /** The absolute URL the QR code carries (the delegate's check-in link). */
  checkInUrl: string;
};

export type InvitationOptions = { paper: PaperSize };

type Frame = {
  left: number;
  right: number;
  top: number;
  width: number;
  pageHeight: number;
  /** Font size multiplier (A5 is set smaller than A4). */
  k: number;
};

function frameFor(paper: PaperSize): Frame {
  const { width, height } = PAPER[paper];
  // Decree 30 margins for A4 (top 20, left 30, right 15 mm); A5 keeps the proportions.
  const m = paper === 'A4' ? { top: 20, left: 30, right: 15 } : { top: 12, left: 18, right: 10 };
  const left = mm(m.left);
  const right = width - mm(m.right);
  return {
    left,
    right,
    top: mm(m.top),
    width: right - left,
    pageHeight: height,
    k: paper === 'A4' ? 1 : 0.74,
  };
}

const DEFAULT_NOTE = 'Khi đến dự, đề nghị xuất trình mã QR trên giấy mời này tại bàn đón tiếp đại biểu.';

/** Label in regular type followed by its value in bold, on one line (the value shrinks to fit). */
function labelled(doc: PdfDoc, f: Frame, y: number, label: string, value: string, size: number): void {
  const text = nfc(label);
  const labelWidth = textWidth(doc, `${text} `, 'regular', size);
  line(doc, text, f.left, y, labelWidth, { size });
  line(doc, value, f.left + labelWidth, y, f.width - labelWidth, {
    font: 'bold',
    size,
    shrink: true,
    minSize: 8,
  });
}

function drawHeader(doc: PdfDoc, f: Frame, c: InvitationConference): number {
  const k = f.k;
  const leftWidth = f.width * 0.42;
  const rightX = f.left + leftWidth;
  const rightWidth = f.width - leftWidth;
  const s12 = 12.5 * k;
  const s13 = 13 * k;
  let yl = f.top;
  if (c.parentAgency) {
    line(doc, c.parentAgency.toLocaleUpperCase('vi'), f.left, yl, leftWidth, {
      size: s12,
      align: 'center',
      shrink: true,
    });
    yl += s12 * 1.2;
  }
  line(doc, c.issuingAgency.toLocaleUpperCase('vi'), f.left, yl, leftWidth, {
    font: 'bold',
    size: s12,
    align: 'center',
    shrink: true,
  });
  yl += s12 * 1.25 + 1;
  rule(doc, f.left + leftWidth / 2, yl, leftWidth / 3);
  yl += 6 * k;
  // A blank to write the number in by hand (no-break spaces survive nfc()).
  const number = c.documentNumber ? nfc(c.documentNumber) : '\u00a0'.repeat(10);
  line(doc, `Số: ${number}/${nfc(c.documentCode)}`, f.left, yl, leftWidth, { size: s13, align: 'center' });

  let yr = f.top;
  line(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, yr, rightWidth, {
    font: 'bold',
    size: 12 * k,
    align: 'center',
    shrink: true,
  });
  yr += 12 * k * 1.2;
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const mottoSize = line(doc, motto, rightX, yr, rightWidth, {
    font: 'bold',
    size: s13,
    align: 'center',
    shrink: true,
  });
  yr += mottoSize * 1.25 + 1;
  rule(doc, rightX + rightWidth / 2, yr, textWidth(doc, motto, 'bold', mottoSize));
  yr += 6 * k;
  line(doc, placeAndDate(c.issuePlace, c.issuedOn), rightX, yr, rightWidth, {
    font: 'italic',
    size: s13,
    align: 'center',
    shrink: true,
  });
  return Math.max(yl, yr) + s13 * 1.2;
}

/** Everything but the delegate: computed once per batch. */
type Shared = {
  when: string;
  summary: string;
  attend: string;
  place: string;
  note: string;
};

function sharedTexts(c: InvitationConference): Shared {
  const when = vietnameseDateTime(c.date, c.time);
  if (!when) throw new Error(`Ngày họp không hợp lệ: ${c.date} ${c.time ?? ''}`);
  const name = nfc(c.conferenceName);
  return {
    when: `${when}.`,
    summary: `Dự ${name}`,
    attend: `Đến dự ${name}.`,
    place: `${nfc(c.place)}.`,
    note: nfc(c.note ?? DEFAULT_NOTE),
  };
}

/** The three parts every page shares, recorded once per batch, and where they end. */
type Forms = {
  /** Header, "GIẤY MỜI", summary line; the invitee starts at `inviteeY`. */
  top: PdfForm;
  inviteeY: number;
  /** "Đến dự …", time, place — recorded as if right below the invitee line. */
  middle: PdfForm;
  middleHeight: number;
  /** Note, closing line, signer block, QR caption — recorded as if right below the place. */
  bottom: PdfForm;
  /** Top of the QR code relative to the start of the bottom part. */
  qrOffset: number;
};

function recordForms(doc: PdfDoc, f: Frame, c: InvitationConference, s: Shared, paper: PaperSize): Forms {
  const k = f.k;
  const body = 14 * k;
  const gap = body * 1.75;
  let inviteeY = 0;
  const top = recordForm(doc, () => {
    let y = drawHeader(doc, f, c) + 22 * k;
    line(doc, 'GIẤY MỜI', f.left, y, f.width, { font: 'bold', size: 15 * k, align: 'center' });
    y += 15 * k * 1.4;
    y = paragraph(doc, s.summary, f.left, y, f.width, { font: 'bold', size: body, align: 'center' });
    y += 3 * k;
    rule(doc, f.left + f.width / 2, y, f.width / 4);
    inviteeY = y + 20 * k;
  });

  const middleY = inviteeY + gap;
  let middleEnd = middleY;
  const middle = recordForm(doc, () => {
    let y = paragraph(doc, s.attend, f.left, middleY, f.width, {
      size: body,
      align: 'justify',
      lineGap: body * 0.4,
    });
    y += gap - body * 1.15;
    labelled(doc, f, y, 'Thời gian:', s.when, body);
    y += gap;
    const placeLabel = 'Địa điểm: ';
    const placeIndent = textWidth(doc, placeLabel, 'regular', body);
    doc.text(placeLabel, f.left, y, { lineBreak: false });
    y = paragraph(doc, s.place, f.left + placeIndent, y, f.width - placeIndent, {
      size: body,
      lineGap: body * 0.4,
    });
    middleEnd = y + gap - body * 1.15;
  });

  const bottomY = middleEnd;
  let qrOffset = 0;
  const bottom = recordForm(doc, () => {
    let y = paragraph(doc, s.note, f.left, bottomY, f.width, {
      font: 'italic',
      size: 13 * k,
      align: 'justify',
      lineGap: body * 0.3,
    });
    y += gap - body * 1.15;
    line(doc, 'Rất mong được đón tiếp./.', f.left, y, f.width, { size: body });
    y += 36 * k;
    qrOffset = y - bottomY;
    const qrSide = qrSideFor(paper);
    line(doc, 'Mã QR đón tiếp', f.left, y + qrSide * 0.92, qrSide, {
      font: 'italic',
      size: 10 * k,
      align: 'center',
    });
    drawSigner(doc, f, c, y, paper);
  });
  return { top, inviteeY, middle, middleHeight: middleEnd - middleY, bottom, qrOffset };
}

const qrSideFor = (paper: PaperSize) => mm(paper === 'A4' ? 34 : 26);

function drawSigner(doc: PdfDoc, f: Frame, c: InvitationConference, y: number, paper: PaperSize): void {
  const body = 14 * f.k;
  const signX = f.left + f.width * 0.45;
  const signWidth = f.width * 0.55;
  let ys = y;
  const upper = { font: 'bold', size: body, align: 'center', shrink: true } as const;
  if (c.signer.authorityLine) {
    line(doc, c.signer.authorityLine.toLocaleUpperCase('vi'), signX, ys, signWidth, upper);
    ys += body * 1.2;
  }
  line(doc, c.signer.title.toLocaleUpperCase('vi'), signX, ys, signWidth, upper);
  ys += mm(paper === 'A4' ? 30 : 22);
  line(doc, c.signer.name, signX, ys, signWidth, upper);
}

/** One delegate's page (the current one): the shared parts placed around the delegate's lines and QR. */
function drawInvitationPage(
  doc: PdfDoc,
  f: Frame,
  forms: Forms,
  d: InvitationDelegate,
  paper: PaperSize,
): void {
  const body = 14 * f.k;
  const gap = body * 1.75;
  placeForm(doc, forms.top);
  let y = forms.inviteeY;
  labelled(doc, f, y, 'Trân trọng kính mời:', nfc(`${d.salutation} ${d.fullName}`), body);
  y += gap;
  if (d.position) {
    labelled(doc, f, y, 'Chức vụ:', d.position, body);
    y += gap;
  }
  if (d.unitName) {
    labelled(doc, f, y, 'Đơn vị:', d.unitName, body);
    y += gap;
  }
  // The middle part was recorded right below the invitee line.
  placeForm(doc, forms.middle, y - (forms.inviteeY + gap));
  y += forms.middleHeight;
  if (d.seatGroup) {
    labelled(doc, f, y, 'Vị trí ngồi:', d.seatGroup, body);
    y += gap;
  }
  // The bottom part was recorded right below the middle one with no extra line.
  placeForm(doc, forms.bottom, y - (forms.inviteeY + gap + forms.middleHeight));
  const qrSide = qrSideFor(paper);
  drawQr(doc, qrMatrix(d.checkInUrl), f.left, y + forms.qrOffset - qrSide * 0.08, qrSide);
}

/**
 * Renders the invitations of `delegates` (in the given order) into one PDF, one page each.
 * Throws on an empty list or a conference date that is not a real date.
 */
export async function renderInvitations(
  conference: InvitationConference,
  delegates: InvitationDelegate[],
  options: InvitationOptions,
): Promise<Buffer> {
  if (delegates.length === 0) throw new Error('Không có đại biểu nào để in giấy mời');
  const shared = sharedTexts(conference);
  const frame = frameFor(options.paper);
  const doc = createPdf({
    title:
      delegates.length === 1
        ? `Giấy mời - ${nfc(delegates[0]?.fullName)}`
        : `Giấy mời - ${nfc(conference.conferenceName)}`,
    author: nfc(conference.issuingAgency),
    subject: nfc(conference.conferenceName),
  });
  let forms: Forms | null = null;
  for (const d of delegates) {
    addPage(doc, options.paper);
    // The shared parts are recorded once, on the geometry of the first page (drawing nothing on it).
    forms ??= recordForms(doc, frame, conference, shared, options.paper);
    drawInvitationPage(doc, frame, forms, d, options.paper);
  }
  return finishPdf(doc);
}
