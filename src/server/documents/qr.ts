// QR codes drawn as vector paths: the module matrix from `qrcode`'s create(), each row's runs of
// dark modules as one rectangle, the whole symbol filled once. Crisp at any print size and far
// cheaper than embedding an image per page.
import QRCode from 'qrcode';
import type { PdfDoc } from './pdf-base';

export type QrMatrix = { size: number; dark: Uint8Array };

/**
 * Error correction M (15%): survives a fold or a smudge, keeps the symbol small. The mask is
 * fixed: searching the best of the 8 masks costs more than the rest of an invitation page, and
 * every reader decodes any mask (the tests decode the drawn symbol).
 */
export function qrMatrix(text: string): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M', maskPattern: 0 });
  return { size: qr.modules.size, dark: Uint8Array.from(qr.modules.data) };
}

/** The quiet zone around the symbol, in modules (the standard asks for 4). */
export const QR_QUIET_MODULES = 4;

/**
 * Draws the symbol with its quiet zone inside the square (x, y, side); returns the module size.
 * The symbol is drawn in module units under one scaling transform, so each dark run of a row is
 * a rectangle of small integers ("3 7 5 1 re"): a third of the bytes of page coordinates, which
 * is what the batch spends its time compressing. One fill for the whole symbol.
 */
export function drawQr(doc: PdfDoc, matrix: QrMatrix, x: number, y: number, side: number): number {
  const { size, dark } = matrix;
  const unit = side / (size + 2 * QR_QUIET_MODULES);
  doc.save();
  doc.transform(unit, 0, 0, unit, x + QR_QUIET_MODULES * unit, y + QR_QUIET_MODULES * unit);
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col]) col++;
      // A hair of overlap with the next row so no white seam shows at low zoom.
      doc.rect(start, row, col - start, 1.02);
    }
  }
  doc.fillColor('#000000').fill();
  doc.restore();
  return unit;
}
