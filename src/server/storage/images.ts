// Photos for the public pages: sniffed from the bytes (JPEG, PNG or WebP only), at most 10 MB,
// turned the right way up, then stored as WebP in the IMAGE_WIDTHS sizes (never enlarged) with
// every metadata block dropped — EXIF with its GPS position, XMP, IPTC, the camera's comments.
// The image is decoded once, at the largest size (a 4000×3000 JPEG is read at reduced scale by
// libjpeg's shrink-on-load), and every size is encoded from those raw pixels.
import { fileTypeFromBuffer } from 'file-type';
import type { Metadata } from 'sharp';
import { IMAGE_MAX_BYTES, IMAGE_WIDTHS, type ImageVariant } from '../../shared/schemas/publicity';
import { checkUploadSize, refuseUpload } from './file-check';
import type { FileStore } from './files';

const ACCEPTED = new Set(['jpg', 'png', 'webp']);
/** An image wider or taller than this is refused before it is decoded (decompression bombs). */
const MAX_PIXELS = 80_000_000;

type Sharp = typeof import('sharp').default;
let sharpModule: Promise<Sharp> | null = null;

/**
 * sharp (libvips), loaded at the first photo rather than at boot (its native library adds about
 * 0.1 s to every start, and most starts never touch a photo). Two cores: libvips' own threads
 * per image, the caller's concurrency across images.
 */
export function loadSharp(): Promise<Sharp> {
  const loading =
    sharpModule ??
    import('sharp').then((m) => {
      const sharp = m.default;
      sharp.concurrency(1);
      sharp.cache(false);
      return sharp;
    });
  sharpModule = loading;
  return loading;
}

const refuse = (fileName: string, why: string) => refuseUpload('Ảnh', fileName, why);

/** Checks an upload is a photo we take; returns nothing or throws a VALIDATION naming the rule. */
export async function checkImage(fileName: string, bytes: Buffer): Promise<void> {
  checkUploadSize('Ảnh', fileName, bytes, IMAGE_MAX_BYTES);
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ACCEPTED.has(type.ext)) {
    const what = type ? `nội dung tệp là ${type.ext.toUpperCase()}` : 'không nhận ra định dạng ảnh';
    throw refuse(fileName, `${what}; chỉ nhận ảnh JPG, PNG hoặc WebP`);
  }
}

export type ProcessedImage = {
  width: number;
  height: number;
  /** Smallest first, without metadata; the largest JPEG, the others WebP. */
  sizes: { width: number; height: number; bytes: Buffer; type: 'image/webp' | 'image/jpeg' }[];
};

/** Decodes, orients and encodes the stored sizes (pure: no store, no database). */
export async function processImage(fileName: string, bytes: Buffer): Promise<ProcessedImage> {
  await checkImage(fileName, bytes);
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw refuse(fileName, 'ảnh bị hỏng hoặc không đọc được');
  }
  if (!meta.width || !meta.height) throw refuse(fileName, 'ảnh bị hỏng hoặc không đọc được');
  // EXIF orientations 5–8 swap the sides
  const swap = (meta.orientation ?? 1) >= 5;
  const width = swap ? meta.height : meta.width;
  const height = swap ? meta.width : meta.height;
  const targets = [...new Set([...IMAGE_WIDTHS].reverse().map((w) => Math.min(w, width)))];
  const sizes: ProcessedImage['sizes'] = [];
  try {
    // decoded once, upright, at the largest size (a JPEG read at reduced scale by shrink-on-load),
    // kept as raw pixels; every size is encoded from those (output carries no metadata)
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: targets[0], withoutEnlargement: true, fastShrinkOnLoad: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { width: info.width, height: info.height, channels: info.channels };
    for (const target of targets) {
      const largest = target === targets[0];
      const pipeline = sharp(data, { raw }).resize({ width: target, withoutEnlargement: true });
      // the largest size as JPEG (26 ms against 104 for WebP at 1600 px on one core, bench/gallery),
      // the sizes the pages load as WebP (a third fewer bytes on a slow link)
      const out = await (largest
        ? pipeline.jpeg({ quality: 82 })
        : pipeline.webp({ quality: 78, effort: 2 })
      ).toBuffer({
        resolveWithObject: true,
      });
      const type = largest ? ('image/jpeg' as const) : ('image/webp' as const);
      sizes.unshift({ width: out.info.width, height: out.info.height, bytes: out.data, type });
    }
  } catch {
    throw refuse(fileName, 'ảnh bị hỏng hoặc không đọc được');
  }
  return { width, height, sizes };
}

/** Processes and stores the sizes; answers the variants to record on the media row. */
export async function storeImage(
  files: FileStore,
  fileName: string,
  bytes: Buffer,
): Promise<{
  width: number;
  height: number;
  variants: ImageVariant[];
}> {
  const processed = await processImage(fileName, bytes);
  const variants: ImageVariant[] = [];
  for (const s of processed.sizes) {
    const sha = await files.put(s.bytes);
    variants.push({ width: s.width, height: s.height, sha, bytes: s.bytes.length, type: s.type });
  }
  return { width: processed.width, height: processed.height, variants };
}
