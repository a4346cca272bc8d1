import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-db';
import { buildApp } from '../app';
import { loadEnv } from '../env';
import type { AppInstance } from './app-types';
import { ROBOTS_TXT } from './web-app';

// A tiny built web app (dist/web may not exist in tests): index.html, one hashed script and the
// .br/.gz twins the build writes (scripts/vite-precompress.ts).
const INDEX =
  '<!doctype html><html lang="vi"><script type="module" src="/assets/x-abc123.js"></script></html>';
const SCRIPT = `export const words = ${JSON.stringify('Vinh danh điển hình tiên tiến '.repeat(200))};\n`;

let app: AppInstance;
let close: () => Promise<void>;
let webDir: string;
let dataDir: string;

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'vd-web-'));
  dataDir = mkdtempSync(join(tmpdir(), 'vd-test-'));
  mkdirSync(join(webDir, 'assets'));
  for (const [name, text] of [
    ['index.html', INDEX],
    ['assets/x-abc123.js', SCRIPT],
  ] as const) {
    writeFileSync(join(webDir, name), text);
    writeFileSync(join(webDir, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(webDir, `${name}.gz`), gzipSync(text));
  }
  const database = await createTestDatabase();
  const env = loadEnv({ NODE_ENV: 'test', DATA_DIR: dataDir });
  app = await buildApp({ db: database.db, env, engine: database.engine, webDir });
  await app.ready();
  close = async () => {
    await app.close();
    await database.close();
  };
});
afterAll(async () => {
  await close?.();
  rmSync(webDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string, cookie?: string) =>
  app.inject({
    url,
    headers: {
      ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
      ...(cookie ? { cookie } : {}),
    },
  });

describe('the built web app as a browser gets it', () => {
  it('sends a hashed script brotli-compressed to a browser that accepts it, cached for a year', async () => {
    const res = await get('/assets/x-abc123.js', 'gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5);
  });

  it('sends gzip to a browser without brotli, and the plain bytes to a client that accepts neither', async () => {
    const gz = await get('/assets/x-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get('/assets/x-abc123.js');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body).toBe(SCRIPT);
  });

  it('revalidates index.html on every load, at / (a signed-in browser) and at any address of the app', async () => {
    for (const url of ['/', '/conferences/42/nominations?tab=1']) {
      // an anonymous visitor of "/" goes to the public board (public/site.int.test.ts); a browser
      // holding a session gets the app
      const res = await get(url, 'br', 'vd_session=held');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(INDEX);
    }
  });

  it('answers 404 for a missing asset or a compressed twin by name, never the app HTML', async () => {
    for (const url of ['/assets/gone-def456.js', '/assets/x-abc123.js.br']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/application\/json/);
    }
  });

  it('serves a real robots.txt that keeps crawlers out of the API', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe(ROBOTS_TXT);
    expect(res.body).toMatch(/^Disallow: \/api$/m);
  });

  it('marks API answers no-store (they carry personal data) and keeps the security headers', async () => {
    for (const url of ['/api/health', '/api/auth/me', '/api/no-such-route']) {
      const res = await get(url);
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
    const page = await get('/');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
