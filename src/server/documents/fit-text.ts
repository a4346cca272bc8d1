// Text fitted to a box of a given width and number of lines: the largest size (never above the
// asked one) at which it fits, breaking only between words. Used where a box is fixed on paper
// (certificates, pre-printed blanks) and text must never overflow it.
import { type FontName, nfc, type PdfDoc, textWidth } from './pdf-base';

export type Fitted = { size: number; lines: string[] };

/**
 * The largest size ≤ box.size at which `text` fits `box.lines` lines of `width` points, breaking
 * between words; long single words shrink until they fit a line. Never wider than the box.
 */
export function fitText(
  doc: PdfDoc,
  raw: string,
  font: FontName,
  size: number,
  width: number,
  maxLines: number,
): Fitted {
  const text = nfc(raw);
  if (!text) return { size, lines: [] };
  const one = textWidth(doc, text, font, size);
  if (one <= width) return { size, lines: [text] };
  if (maxLines <= 1) {
    let s = Math.floor(((size * width) / one) * 10) / 10;
    while (s > 1 && textWidth(doc, text, font, s) > width) s -= 0.1;
    return { size: s, lines: [text] };
  }
  // Widths scale with the size: measure the words once at 1 pt.
  const words = text.split(' ');
  const unit = words.map((w) => textWidth(doc, w, font, 1));
  const space = textWidth(doc, ' ', font, 1);
  for (let s = size; s > 1; s = Math.round((s - 0.25) * 100) / 100) {
    const lines = wrap(words, unit, space, width / s);
    if (lines && lines.length <= maxLines && lines.every((l) => textWidth(doc, l, font, s) <= width)) {
      return { size: s, lines };
    }
  }
  return { size: 1, lines: [text] };
}

function wrap(words: string[], unit: number[], space: number, max: number): string[] | null {
  const lines: string[] = [];
  let current = '';
  let width = 0;
  for (let i = 0; i < words.length; i++) {
    const w = unit[i] ?? 0;
    if (w > max) return null;
    if (current && width + space + w <= max) {
      current += ` ${words[i]}`;
      width += space + w;
    } else {
      if (current) lines.push(current);
      current = words[i] ?? '';
      width = w;
    }
  }
  if (current) lines.push(current);
  return lines;
}
