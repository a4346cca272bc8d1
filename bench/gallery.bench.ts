// gallery_resize_ms: 100 photos of 4000×3000 (a camera's 12 MP JPEG) through processImage
// (src/server/storage/images.ts — the upload path: sniffed, turned upright, WebP in the three
// IMAGE_WIDTHS sizes, metadata dropped), two at a time to match 2 cores (sharp's own threads are
// 1 per image). The JPEG is made once before the clock starts: a photo-like texture (blurred
// noise over a gradient) with EXIF, so the decoder and encoders do real work. Each result is
// checked to have the three sizes.
import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { processImage } from '../src/server/storage/images';
import { IMAGE_WIDTHS } from '../src/shared/schemas/publicity';
import { type BenchResult, round, saveResults } from './lib/results';

const COUNT = 100;
const CONCURRENCY = 2;

async function cameraPhoto(): Promise<Buffer> {
  const [width, height] = [4000, 3000];
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .blur(1.2)
    .png({ compressionLevel: 1 })
    .toBuffer();
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#5b8fd6"/><stop offset="1" stop-color="#3f7a2a"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#g)"/></svg>`,
  );
  return sharp(gradient)
    .composite([{ input: noise, blend: 'overlay' }])
    .jpeg({ quality: 88 })
    .withExif({ IFD0: { Make: 'Bench', Model: 'Camera 12MP' } })
    .toBuffer();
}

async function main() {
  const photo = await cameraPhoto();
  console.log(
    `ảnh mẫu 4000×3000 JPEG ${(photo.length / 1024 / 1024).toFixed(2)} MB; ${availableParallelism()} lõi`,
  );
  await processImage('warmup.jpg', photo); // libvips warm-up, not timed

  let next = 0;
  let checked = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < COUNT) {
        const i = next++;
        const out = await processImage(`anh-${i}.jpg`, photo);
        if (out.sizes.map((s) => s.width).join() !== IMAGE_WIDTHS.join()) {
          throw new Error(`photo ${i}: sizes ${out.sizes.map((s) => s.width).join()}`);
        }
        checked++;
      }
    }),
  );
  const ms = round(performance.now() - started, 0);
  if (checked !== COUNT) throw new Error(`${checked} of ${COUNT} processed`);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = round((cpu.user + cpu.system) / 1000, 0);
  // on a busy machine the wall time grows with the others' load; the CPU time does not
  console.log(
    `${COUNT} ảnh: ${ms} ms (${round(ms / COUNT, 1)} ms/ảnh); CPU ${cpuMs} ms (÷ 2 lõi = ${round(cpuMs / 2, 0)} ms)`,
  );
  const results: Record<string, BenchResult> = {
    gallery_resize_ms: {
      value: ms,
      unit: 'ms',
      goal: 10_000,
      better: 'lower',
      engine: 'none',
      note: `${COUNT} photos of 4000×3000 (a ${(photo.length / 1024 / 1024).toFixed(1)} MB JPEG with EXIF, made once, not timed) through processImage: upright, WebP at ${IMAGE_WIDTHS.join('/')} px (each size cut from the one above; the largest from the JPEG read with shrink-on-load), metadata dropped; ${CONCURRENCY} at a time (2 cores), after one warm-up`,
    },
  };
  saveResults(results);
}

await main();
