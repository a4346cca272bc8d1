import { deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import JSZip from 'jszip';

/** A real 1×1 PNG. */
export function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 0, 0]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Bytes of a Windows executable (MZ header), to be disguised under another name. */
export function fakeExecutable(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0);
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'binary');
  return b;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A minimal Word package; `bomb` adds a highly compressed 30 MB entry. */
export async function docx(opts: { bomb?: boolean } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file(
    'word/document.xml',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Thành tích</w:t></w:r></w:p></w:body></w:document>',
  );
  if (opts.bomb) zip.file('word/media/filler.bin', Buffer.alloc(30 * 1024 * 1024));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * A zip whose directory lies: `name` really inflates to `realBytes` zeros, but its local header
 * and central directory declare `declaredBytes` (the other entries are left true).
 */
export function lyingZip(
  entries: Record<string, string | Buffer>,
  lie: { name: string; realBytes: number; declaredBytes: number },
): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(entries)) {
    files[name] = typeof content === 'string' ? strToU8(content) : new Uint8Array(content);
  }
  files[lie.name] = new Uint8Array(lie.realBytes);
  const zip = Buffer.from(zipSync(files, { level: 9 }));
  const name = Buffer.from(lie.name);
  let patched = 0;
  for (let p = 0; p < zip.length - 46; p++) {
    const sig = zip.readUInt32LE(p);
    // local file header: size at 22, name length at 26, name at 30; central directory: 24, 28, 46
    const at =
      sig === 0x04034b50
        ? { size: 22, nameLen: 26, name: 30 }
        : sig === 0x02014b50
          ? { size: 24, nameLen: 28, name: 46 }
          : null;
    if (!at || zip.readUInt16LE(p + at.nameLen) !== name.length) continue;
    if (!zip.subarray(p + at.name, p + at.name + name.length).equals(name)) continue;
    zip.writeUInt32LE(lie.declaredBytes, p + at.size);
    patched++;
  }
  if (patched !== 2) throw new Error(`lyingZip: patched ${patched} headers of ${lie.name}, expected 2`);
  return zip;
}

/**
 * A Word package whose 20 MB filler of zeros is declared as 1 MB: the directory shows a 50:1 ratio
 * (under the 100:1 limit) and 1 MB, the entry really inflates to 20 MB.
 */
export function lyingDocx(): Buffer {
  return lyingZip(
    {
      '[Content_Types].xml': CONTENT_TYPES,
      'word/document.xml':
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Thành tích</w:t></w:r></w:p></w:body></w:document>',
    },
    { name: 'word/media/filler.bin', realBytes: 20 * 1024 * 1024, declaredBytes: 1024 * 1024 },
  );
}
