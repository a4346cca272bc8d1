// Pictures for the demo's public pages, drawn here (no photo of a real person is shipped): a
// portrait card with the honouree's initials, or a scene card with a caption, as JPEG the way a
// phone would send it — so the demo's photos go through the same upload path (sniff, resize,
// metadata stripped) as a real one.
import { loadSharp } from '../storage/images';

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** A stable hue from a text, so a person keeps their colour across runs. */
export function hueOf(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.codePointAt(0)!) % 360;
  return h;
}

/** "Nguyễn Thị Mai" → "NM" (first and last word); a collective's first two words' initials. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]![0]!;
  const last = words.length > 1 ? words[words.length - 1]![0]! : '';
  return (first + last).toLocaleUpperCase('vi');
}

/** A 4:5 portrait card (800×1000) with initials. */
export async function portraitPicture(name: string): Promise<Buffer> {
  const hue = hueOf(name);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1000">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,62%)"/><stop offset="1" stop-color="hsl(${hue},50%,38%)"/></linearGradient></defs>
<rect width="800" height="1000" fill="url(#g)"/>
<circle cx="400" cy="380" r="170" fill="hsl(${hue},30%,88%)"/>
<path d="M130 1000 C150 720 650 720 670 1000 Z" fill="hsl(${hue},30%,88%)"/>
<text x="400" y="440" font-family="DejaVu Sans, sans-serif" font-size="150" font-weight="700" text-anchor="middle" fill="hsl(${hue},50%,30%)">${escapeXml(initialsOf(name))}</text>
</svg>`;
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}

/** A 16:9 scene card (1600×900) with a caption, for the movements' exhibition. */
export async function scenePicture(caption: string, seed = caption): Promise<Buffer> {
  const hue = hueOf(seed);
  const words = escapeXml(caption);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
<rect width="1600" height="900" fill="hsl(${hue},55%,70%)"/>
<path d="M0 620 L400 360 L720 560 L1050 300 L1600 640 L1600 900 L0 900 Z" fill="hsl(${(hue + 40) % 360},40%,45%)"/>
<circle cx="1300" cy="180" r="90" fill="hsl(45,90%,75%)"/>
<rect x="0" y="760" width="1600" height="140" fill="rgba(0,0,0,0.45)"/>
<text x="60" y="850" font-family="DejaVu Sans, sans-serif" font-size="56" fill="#fff">${words}</text>
</svg>`;
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}
