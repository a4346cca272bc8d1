// Bảng tên (badges, 8 per A4 sheet, cut along the guides) and thẻ bàn (place cards: one A4
// landscape sheet folded in half, the name readable from both sides), grouped per seat group:
// each group starts on a new sheet headed with its name, so the reception team can lay out
// one area at a time. A pure function of plain data.
import { addPage, createPdf, finishPdf, line, mm, nfc, PAPER, type PdfDoc } from './pdf-base';

export type NameCardKind = 'badge' | 'place';

export type NameCardConference = {
  /** "Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025". */
  conferenceName: string;
  /** "UBND PHƯỜNG VĂN YÊN" (printed above the conference name on badges; may be empty). */
  issuingAgency: string;
};

export type NameCardDelegate = {
  fullName: string;
  /** Chức vụ (may be empty). */
  position: string;
  unitName: string;
  seatGroup: string;
  /** "Đại biểu khách mời", "Đại biểu điển hình tiên tiến". */
  categoryLabel: string;
};

export type NameCardGroup = { seatGroup: string; delegates: NameCardDelegate[] };

/** The label of delegates without a seat group. */
export const NO_SEAT_GROUP = 'Chưa xếp khu vực ghế';

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Delegates per seat group: groups in natural Vietnamese order (Khu 2 before Khu 10), the unseated last; order inside kept. */
export function groupBySeat(delegates: NameCardDelegate[]): NameCardGroup[] {
  const groups = new Map<string, NameCardDelegate[]>();
  for (const d of delegates) {
    const key = nfc(d.seatGroup);
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)))
    .map(([seatGroup, list]) => ({ seatGroup: seatGroup || NO_SEAT_GROUP, delegates: list }));
}

// ---- Badges: 2 × 4 cards of 90 × 60 mm on A4 portrait ----------------------------------------

const BADGE = { width: mm(90), height: mm(60), cols: 2, rows: 4, top: mm(28) };

function sheetHeading(doc: PdfDoc, text: string, width: number, y: number): void {
  line(doc, text, mm(15), y, width - mm(30), { font: 'bold', size: 12, align: 'center', shrink: true });
}

function drawBadge(
  doc: PdfDoc,
  c: NameCardConference,
  d: NameCardDelegate,
  seatGroup: string,
  x: number,
  y: number,
): void {
  const { width, height } = BADGE;
  const pad = mm(5);
  const inner = width - 2 * pad;
  doc
    .save()
    .lineWidth(0.4)
    .dash(3, { space: 3 })
    .strokeColor('#888888')
    .rect(x, y, width, height)
    .stroke()
    .restore();
  let cy = y + pad;
  if (c.issuingAgency) {
    line(doc, c.issuingAgency.toLocaleUpperCase('vi'), x + pad, cy, inner, {
      size: 8,
      align: 'center',
      shrink: true,
    });
    cy += 10;
  }
  line(doc, c.conferenceName, x + pad, cy, inner, {
    font: 'bold',
    size: 9,
    align: 'center',
    shrink: true,
    minSize: 5,
  });
  cy += 12;
  line(doc, d.categoryLabel.toLocaleUpperCase('vi'), x + pad, cy, inner, {
    font: 'italic',
    size: 8,
    align: 'center',
    shrink: true,
  });
  cy = y + height * 0.42;
  const size = line(doc, d.fullName, x + pad, cy, inner, {
    font: 'bold',
    size: 20,
    align: 'center',
    shrink: true,
    minSize: 9,
  });
  cy += size * 1.3;
  const role = [d.position, d.unitName].map(nfc).filter(Boolean).join(' - ');
  if (role) line(doc, role, x + pad, cy, inner, { size: 10, align: 'center', shrink: true, minSize: 6 });
  line(doc, `Khu vực: ${seatGroup}`, x + pad, y + height - pad - 11, inner, {
    font: 'bold',
    size: 10,
    align: 'center',
    shrink: true,
  });
}

function renderBadges(doc: PdfDoc, c: NameCardConference, groups: NameCardGroup[]): void {
  const { width: pageWidth } = PAPER.A4;
  const left = (pageWidth - BADGE.cols * BADGE.width) / 2;
  const perSheet = BADGE.cols * BADGE.rows;
  for (const group of groups) {
    const sheets = Math.ceil(group.delegates.length / perSheet);
    for (let sheet = 0; sheet < sheets; sheet++) {
      addPage(doc, 'A4');
      const suffix = sheets > 1 ? ` (tờ ${sheet + 1}/${sheets})` : '';
      sheetHeading(
        doc,
        `Khu vực ghế: ${group.seatGroup} — ${group.delegates.length} đại biểu${suffix}`,
        pageWidth,
        mm(14),
      );
      const cards = group.delegates.slice(sheet * perSheet, (sheet + 1) * perSheet);
      cards.forEach((d, i) => {
        const col = i % BADGE.cols;
        const row = Math.floor(i / BADGE.cols);
        drawBadge(doc, c, d, group.seatGroup, left + col * BADGE.width, BADGE.top + row * BADGE.height);
      });
    }
  }
}

// ---- Place cards: A4 landscape folded along the middle; the top half upside down ----------

function drawPlaceHalf(
  doc: PdfDoc,
  d: NameCardDelegate,
  seatGroup: string,
  top: number,
  width: number,
  height: number,
): void {
  const pad = mm(15);
  const inner = width - 2 * pad;
  const size = line(doc, d.fullName, pad, top + height * 0.3, inner, {
    font: 'bold',
    size: 54,
    align: 'center',
    shrink: true,
    minSize: 20,
  });
  let y = top + height * 0.3 + size * 1.25;
  const role = [d.position, d.unitName].map(nfc).filter(Boolean).join(' - ');
  if (role) {
    line(doc, role, pad, y, inner, { size: 22, align: 'center', shrink: true, minSize: 10 });
    y += 30;
  }
  line(doc, seatGroup, pad, top + height - mm(14), inner, {
    font: 'italic',
    size: 12,
    align: 'center',
    shrink: true,
  });
}

function renderPlaceCards(doc: PdfDoc, groups: NameCardGroup[]): void {
  const { width, height } = { width: PAPER.A4.height, height: PAPER.A4.width };
  const half = height / 2;
  for (const group of groups) {
    for (const d of group.delegates) {
      addPage(doc, 'A4', 'landscape');
      // Fold line.
      doc
        .save()
        .lineWidth(0.3)
        .dash(2, { space: 4 })
        .strokeColor('#999999')
        .moveTo(0, half)
        .lineTo(width, half)
        .stroke()
        .restore();
      drawPlaceHalf(doc, d, group.seatGroup, half, width, half);
      doc.save().rotate(180, { origin: [width / 2, half / 2] });
      drawPlaceHalf(doc, d, group.seatGroup, 0, width, half);
      doc.restore();
    }
  }
}

/**
 * Renders name cards for `delegates` grouped per seat group (see groupBySeat): badges 8 to a
 * sheet, or one folded place card per sheet. Throws on an empty list.
 */
export async function renderNameCards(
  conference: NameCardConference,
  delegates: NameCardDelegate[],
  options: { kind: NameCardKind },
): Promise<Buffer> {
  if (delegates.length === 0) throw new Error('Không có đại biểu nào để in bảng tên');
  const groups = groupBySeat(delegates);
  const doc = createPdf({
    title: `${options.kind === 'badge' ? 'Bảng tên' : 'Thẻ bàn'} - ${nfc(conference.conferenceName)}`,
    author: nfc(conference.issuingAgency),
    subject: nfc(conference.conferenceName),
  });
  if (options.kind === 'badge') renderBadges(doc, conference, groups);
  else renderPlaceCards(doc, groups);
  return finishPdf(doc);
}
