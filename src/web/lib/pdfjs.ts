// pdf.js for the PDF preview. Only the lazily loaded viewer imports this module, so pdf.js is not
// in the first-load bundle. The worker is a same-origin file Vite copies into the build (`?url`):
// it runs under the app's Content-Security-Policy (workers fall back to script-src 'self').
import {
  GlobalWorkerOptions,
  getDocument,
  type PDFDocumentProxy,
  type PDFPageProxy,
  type RenderTask,
} from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy, RenderTask };

/**
 * Opens a PDF from its bytes. pdf.js hands its data to the worker (detaching the buffer), so it gets
 * a copy; `isEvalSupported: false` keeps it from trying `new Function`, which the CSP refuses.
 */
export function openPdf(bytes: Uint8Array) {
  return getDocument({ data: bytes.slice(), isEvalSupported: false });
}

/**
 * Draws `page` onto `canvas`, `cssWidth` pixels wide on screen (sharp on high-density screens).
 * Returns the render task, so a newer draw can cancel it.
 */
export function drawPage(page: PDFPageProxy, canvas: HTMLCanvasElement, cssWidth: number): RenderTask {
  const natural = page.getViewport({ scale: 1 });
  const scale = cssWidth / natural.width;
  const density = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: scale * density });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(cssWidth)}px`;
  canvas.style.height = `${Math.floor(natural.height * scale)}px`;
  return page.render({ canvas, viewport });
}
