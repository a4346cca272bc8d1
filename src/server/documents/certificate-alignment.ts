// Tờ thử căn chỉnh: one landscape A4 page printed on plain paper and laid over a pre-printed
// blank against the light. It shows every field's box where the printer will put it (the field
// position plus the printer's calibration offset) with a crosshair at its top-left corner and its
// label, and millimetre rulers along the top and left edges (not offset: they measure where this
// printer actually prints), so the clerk can read the correction to enter.
import {
  CERT_PAGE_MM,
  CERTIFICATE_FIELDS,
  DEFAULT_FIELD_LAYOUT,
  FIELD_LABELS,
  type FieldLayout,
  fieldHeightMm,
} from '../../shared/rules/certificate-layout';
import { addPage, createPdf, finishPdf, line, mm, nfc, type PdfDoc } from './pdf-base';

export type AlignmentOptions = {
  layout?: FieldLayout;
  offset?: { dx: number; dy: number };
  /** The printer's name, printed in the heading (may be empty). */
  printerName?: string;
};

const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const plain = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

function rulers(doc: PdfDoc): void {
  const { width, height } = CERT_PAGE_MM;
  doc.save().lineWidth(0.3).strokeColor('#000000');
  for (let x = 0; x <= width; x++) {
    const len = x % 10 === 0 ? 5 : x % 5 === 0 ? 3.5 : 2;
    doc.moveTo(mm(x), 0).lineTo(mm(x), mm(len));
  }
  for (let y = 0; y <= height; y++) {
    const len = y % 10 === 0 ? 5 : y % 5 === 0 ? 3.5 : 2;
    doc.moveTo(0, mm(y)).lineTo(mm(len), mm(y));
  }
  doc.stroke().restore();
  doc.fillColor('#000000');
  for (let x = 10; x < width; x += 10)
    line(doc, String(x), mm(x) - 10, mm(5.5), 20, { size: 6, align: 'center' });
  for (let y = 10; y < height; y += 10) line(doc, String(y), mm(5.5), mm(y) - 3, 20, { size: 6 });
}

function crosshair(doc: PdfDoc, x: number, y: number): void {
  const r = mm(3);
  doc.save().lineWidth(0.5).strokeColor('#c00000');
  doc
    .moveTo(x - r, y)
    .lineTo(x + r, y)
    .moveTo(x, y - r)
    .lineTo(x, y + r)
    .stroke();
  doc.circle(x, y, mm(1.2)).stroke();
  doc.restore();
}

/** Renders the one-page alignment test sheet. */
export async function renderAlignmentSheet(options: AlignmentOptions = {}): Promise<Buffer> {
  const layout = options.layout ?? DEFAULT_FIELD_LAYOUT;
  const dx = options.offset?.dx ?? 0;
  const dy = options.offset?.dy ?? 0;
  const printer = nfc(options.printerName);
  const doc = createPdf({ title: 'Tờ thử căn chỉnh in giấy khen', subject: printer || 'Giấy khen' });
  addPage(doc, 'A4', 'landscape');
  rulers(doc);
  const heading = `TỜ THỬ CĂN CHỈNH IN GIẤY KHEN${printer ? ` — máy in: ${printer}` : ''}`;
  line(doc, heading, mm(40), mm(10), mm(217), { font: 'bold', size: 12, align: 'center', shrink: true });
  line(
    doc,
    `Độ lệch đang dùng: ngang ${fmt(dx)} mm, dọc ${fmt(dy)} mm. In trên giấy thường, đặt chồng lên phôi và soi dưới ánh sáng; chữ in lệch sang phải/xuống dưới thì giảm độ lệch.`,
    mm(40),
    mm(15),
    mm(217),
    { font: 'italic', size: 9, align: 'center', shrink: true },
  );
  for (const field of CERTIFICATE_FIELDS) {
    const box = layout[field];
    const x = mm(box.x + dx);
    const y = mm(box.y + dy);
    const h = mm(fieldHeightMm(box));
    doc
      .save()
      .lineWidth(0.6)
      .dash(3, { space: 2 })
      .strokeColor('#1f4e9c')
      .rect(x, y, mm(box.width), h)
      .stroke()
      .restore();
    crosshair(doc, x, y);
    doc.fillColor('#1f4e9c');
    line(
      doc,
      `${FIELD_LABELS[field]} (x ${plain(box.x)}, y ${plain(box.y)}, rộng ${plain(box.width)} mm, ${plain(box.size)} pt)`,
      x + mm(4),
      y + Math.max(1, (h - 9) / 2),
      mm(box.width) - mm(5),
      { size: 9, shrink: true, minSize: 5 },
    );
    doc.fillColor('#000000');
  }
  return finishPdf(doc);
}
