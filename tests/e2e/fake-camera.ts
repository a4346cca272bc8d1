// A phone camera pointed at an invitation, for Chromium's fake capture device: a Y4M video whose
// frames show the QR code of `text` (black modules on white, with its quiet zone), as
// --use-file-for-fake-video-capture expects. Chromium loops the file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;

/** Writes a Y4M file (4:2:0, 2 frames) showing the QR code of `text` in the middle; returns its path. */
export function writeQrVideo(dir: string, text: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const module = Math.floor(Math.min(WIDTH, HEIGHT) / (size + 2 * quiet));
  const left = Math.floor((WIDTH - size * module) / 2);
  const top = Math.floor((HEIGHT - size * module) / 2);
  const y = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (!qr.modules.data[r * size + c]) continue;
      for (let dy = 0; dy < module; dy++) {
        const row = (top + r * module + dy) * WIDTH + left + c * module;
        y.fill(16, row, row + module);
      }
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  const path = join(dir, 'qr-camera.y4m');
  writeFileSync(path, Buffer.concat([header, frame, frame]));
  return path;
}

/** Debian's Chromium with a fake camera playing `video` and camera prompts accepted. */
export function launchWithCamera(video: string): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}
