import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Measured on this build (4.1 MB of text): quality 11 → 1068 KB in 21 s, 10 → 1101 KB in 8 s,
 * 9 → 1164 KB in 4 s (one core). 10 keeps `npm run build` quick for 3% more bytes.
 */
const BROTLI_QUALITY = 10;

/** What a browser gets compressed; images and fonts of the web app are already compressed. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map']);

async function compressibleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name)))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Writes `x.js.br` (brotli, quality 10) and `x.js.gz` (gzip -9) next to every text file of the
 * build, so that the server sends compressed bytes without compressing on each request
 * (server/http/web-app.ts serves them with @fastify/static's `preCompressed`). Every text file
 * gets both, even a tiny one, so the server never looks for a variant that is not there.
 */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'vinh-danh:precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = join(config.root, config.build.outDir);
      const started = performance.now();
      const files = await compressibleFiles(outDir);
      let raw = 0;
      let br = 0;
      await Promise.all(
        files.map(async (file) => {
          const bytes = await readFile(file);
          const [b, g] = await Promise.all([
            brotli(bytes, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            }),
            gz(bytes, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${file}.br`, b), writeFile(`${file}.gz`, g)]);
          raw += bytes.length;
          br += b.length;
        }),
      );
      config.logger.info(
        `precompressed ${files.length} files: ${Math.round(raw / 1024)} KB → ${Math.round(br / 1024)} KB brotli (${Math.round(performance.now() - started)} ms)`,
      );
    },
  };
}
