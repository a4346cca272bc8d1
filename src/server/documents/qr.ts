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
 * Dark runs of each row become one rectangle; one fill for the whole symbol.
 */
export function drawQr(doc: PdfDoc, matrix: QrMatrix, x: number, y: number, side: number): number {
  const { size, dark } = matrix;
  const unit = side / (size + 2 * QR_QUIET_MODULES);
  const x0 = x + QR_QUIET_MODULES * unit;
  const y0 = y + QR_QUIET_MODULES * unit;
  doc.save();
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col]) col++;
      // A hair of overlap between rows so no white seam shows at low zoom.
      doc.rect(x0 + start * unit, y0 + row * unit, (col - start) * unit, unit + 0.01);
    }
  }
  doc.fillColor('#000000').fill();
  doc.restore();
  return unit;
}
