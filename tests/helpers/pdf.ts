// Reading generated PDFs back the way a user would: the text of each page (pdf.js through unpdf)
// and the QR code as printed (the filled rectangles of each page's content stream, rasterized
// and decoded with jsQR — the same reader the reception page falls back to).
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { extractText, getDocumentProxy } from 'unpdf';

/** The text of every page, in order. */
export async function pdfPagesText(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text;
}

type Rect = { x: number; y: number; w: number; h: number };

/**
 * The decompressed content stream of each page (pdfkit writes them in page order, each with text);
 * form XObjects (drawings shared by several pages) are left out.
 */
export function pageContentStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const latin = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  for (let m = re.exec(latin); m; m = re.exec(latin)) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endstream', start);
    if (end < 0) break;
    const dict = latin.slice(latin.lastIndexOf(' obj', m.index), m.index);
    if (dict.includes('/Subtype /Form')) {
      re.lastIndex = end + 'endstream'.length;
      continue;
    }
    try {
      const text = inflateSync(pdf.subarray(start, end)).toString('latin1');
      if (/\bBT\b/.test(text) && /\bET\b/.test(text)) out.push(text);
    } catch {
      // Not a deflated stream (or not whole): not a page.
    }
    re.lastIndex = end + 'endstream'.length;
  }
  return out;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n (PDF order: the new `cm` matrix applies before the current one). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/**
 * The rectangles a content stream fills (`x y w h re … f`), in device space with y growing
 * downwards from the top of the page (as printed), following `q`/`Q`/`cm` (scale and translate).
 */
export function filledRects(content: string, pageHeight = 842): Rect[] {
  const rects: Rect[] = [];
  let pending: Rect[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const num = '(-?\\d*\\.?\\d+)';
  const tokens = new RegExp(
    `${num} ${num} ${num} ${num} re\\b|${num} ${num} ${num} ${num} ${num} ${num} cm\\b|(?:^|\\s)(q|Q|f\\*?|S|n)(?=\\s|$)`,
    'g',
  );
  for (let m = tokens.exec(content); m; m = tokens.exec(content)) {
    if (m[1] !== undefined) {
      const [x, y, w, h] = [1, 2, 3, 4].map((i) => Number(m?.[i]));
      const p0 = [x! * ctm[0] + y! * ctm[2] + ctm[4], x! * ctm[1] + y! * ctm[3] + ctm[5]];
      const p1 = [
        (x! + w!) * ctm[0] + (y! + h!) * ctm[2] + ctm[4],
        (x! + w!) * ctm[1] + (y! + h!) * ctm[3] + ctm[5],
      ];
      const [dx0, dx1] = [Math.min(p0[0]!, p1[0]!), Math.max(p0[0]!, p1[0]!)];
      const [dy0, dy1] = [Math.min(p0[1]!, p1[1]!), Math.max(p0[1]!, p1[1]!)];
      pending.push({ x: dx0, y: pageHeight - dy1, w: dx1 - dx0, h: dy1 - dy0 });
    } else if (m[5] !== undefined) {
      ctm = multiply([5, 6, 7, 8, 9, 10].map((i) => Number(m?.[i])) as Matrix, ctm);
    } else if (m[11] === 'q') {
      stack.push(ctm);
    } else if (m[11] === 'Q') {
      ctm = stack.pop() ?? IDENTITY;
    } else {
      if (m[11]?.startsWith('f')) rects.push(...pending);
      pending = [];
    }
  }
  return rects;
}

/** Rasterizes filled rectangles (black on white, with a quiet margin) and decodes a QR code. */
export function decodeQrFromRects(rects: Rect[], pixelsPerPoint = 4): string | null {
  if (rects.length === 0) return null;
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.w));
  const maxY = Math.max(...rects.map((r) => r.y + r.h));
  const margin = 20;
  const width = Math.ceil((maxX - minX) * pixelsPerPoint) + 2 * margin;
  const height = Math.ceil((maxY - minY) * pixelsPerPoint) + 2 * margin;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const r of rects) {
    const x0 = Math.round((r.x - minX) * pixelsPerPoint) + margin;
    const y0 = Math.round((r.y - minY) * pixelsPerPoint) + margin;
    const x1 = Math.round((r.x + r.w - minX) * pixelsPerPoint) + margin;
    const y1 = Math.round((r.y + r.h - minY) * pixelsPerPoint) + margin;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * width + x) * 4;
        data[i] = 0;
        data[i + 1] = 0;
        data[i + 2] = 0;
      }
    }
  }
  return jsQR(data, width, height)?.data ?? null;
}

/** The QR code printed on each page (null where a page has none that decodes). */
export function pdfQrCodes(pdf: Buffer): (string | null)[] {
  return pageContentStreams(pdf).map((content) => decodeQrFromRects(filledRects(content)));
}
