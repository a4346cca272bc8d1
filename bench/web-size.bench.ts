// web_js_gzip_kb: the JavaScript a browser loads at first load of the built web app — the
// module scripts and modulepreload links of dist/web/index.html — gzipped (level 9), in KB.
// web_css_gzip_kb: the stylesheets dist/web/index.html links (render-blocking), gzipped the same way.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot, round, saveResults } from './lib/results';

const webDir = join(projectRoot, 'dist/web');
const indexHtml = join(webDir, 'index.html');

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/** Local asset path for a URL in index.html (absolute to the site root or relative). */
function assetPath(url: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0]!.replace(/^\.?\//, '');
  const path = normalize(join(webDir, clean));
  return path.startsWith(webDir) ? path : null;
}

function gzipKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

function main() {
  if (!existsSync(indexHtml)) throw new Error('dist/web/index.html is missing (npm run build:web)');
  const html = readFileSync(indexHtml, 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) js.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) js.add(href);
    else if (rel.includes('stylesheet')) css.add(href);
  }
  if (js.size === 0)
    throw new Error('dist/web/index.html loads no JavaScript (no <script src> / modulepreload)');
  const sizes: string[] = [];
  let total = 0;
  for (const url of js) {
    const path = assetPath(url);
    if (!path || !existsSync(path)) throw new Error(`index.html loads ${url}, not found in dist/web`);
    const kb = gzipKb(path);
    total += kb;
    sizes.push(`${url.split('/').pop()} ${round(kb)}`);
  }
  let cssKb = 0;
  const cssSizes: string[] = [];
  for (const url of css) {
    const path = assetPath(url);
    if (!path || !existsSync(path)) throw new Error(`index.html links ${url}, not found in dist/web`);
    const kb = gzipKb(path);
    cssKb += kb;
    cssSizes.push(`${url.split('/').pop()} ${round(kb)}`);
  }
  console.log(`first-load JS: ${sizes.join(', ')} KB gzip; CSS ${cssSizes.join(', ')} KB gzip`);
  saveResults({
    web_js_gzip_kb: {
      value: round(total),
      unit: 'KB',
      goal: 200,
      better: 'lower',
      engine: 'none',
      note: `gzip -9 of the ${js.size} JS file(s) dist/web/index.html loads at first load (script + modulepreload: ${sizes.join(', ')} KB)`,
    },
    web_css_gzip_kb: {
      value: round(cssKb),
      unit: 'KB',
      goal: 12,
      better: 'lower',
      engine: 'none',
      note: `gzip -9 of the ${css.size} stylesheet(s) dist/web/index.html links (${cssSizes.join(', ')} KB): Mantine's base and the first screen's components (src/web/mantine-first.css), the rest loads with the signed-in layout`,
    },
  });
}

main();
