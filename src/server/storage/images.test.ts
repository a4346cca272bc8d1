import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { processImage } from './images';

/** A camera-like JPEG: 4000×3000, turned on its side by EXIF, with a GPS position and a copyright. */
async function cameraPhoto(): Promise<Buffer> {
  const svg = Buffer.from(
    '<svg width="3000" height="4000"><rect width="3000" height="2000" fill="#c00"/><rect y="2000" width="3000" height="2000" fill="#00c"/></svg>',
  );
  return sharp(svg)
    .rotate(90) // stored 4000 wide; EXIF orientation 8 turns it back to 3000×4000 portrait
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 8 })
    .withExifMerge({
      IFD0: { Copyright: 'Phuong Van Yen' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '18/1 20/1 0/1' },
    })
    .toBuffer();
}

describe('processImage (ảnh cho trang công khai)', () => {
  it('stores three WebP sizes, upright, with no EXIF, GPS or other metadata left', async () => {
    const input = await cameraPhoto();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    const out = await processImage('anh.jpg', input);
    expect(out.width).toBe(3000);
    expect(out.height).toBe(4000);
    expect(out.sizes.map((s) => s.width)).toEqual([320, 800, 1600]);
    expect(out.sizes.map((s) => s.type)).toEqual(['image/webp', 'image/webp', 'image/jpeg']);
    for (const s of out.sizes) {
      const meta = await sharp(s.bytes).metadata();
      expect(meta.format).toBe(s.type === 'image/jpeg' ? 'jpeg' : 'webp');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.height).toBeGreaterThan(meta.width!); // portrait, as the camera meant it
    }
    // the top of the upright picture is red
    const { data } = await sharp(out.sizes[0]!.bytes)
      .extract({ left: 10, top: 10, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(150);
    expect(data[2]).toBeLessThan(100);
  });

  it('never enlarges a small photo', async () => {
    const small = await sharp({ create: { width: 500, height: 300, channels: 3, background: '#888' } })
      .png()
      .toBuffer();
    const out = await processImage('nho.png', small);
    expect(out.sizes.map((s) => s.width)).toEqual([320, 500]);
  });

  it('refuses what is not a JPG, PNG or WebP photo, naming the file and the rule', async () => {
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64');
    await expect(processImage('a.gif', gif)).rejects.toThrow(
      /Ảnh "a.gif" không được nhận: nội dung tệp là GIF; chỉ nhận ảnh JPG, PNG hoặc WebP/,
    );
    const fakeJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
    const err = await processImage('hong.jpg', fakeJpeg).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/hỏng|không nhận ra/);
    await expect(processImage('to.jpg', Buffer.alloc(10 * 1024 * 1024 + 1, 1))).rejects.toThrow(
      /vượt quá giới hạn 10 MB/,
    );
  });
});
