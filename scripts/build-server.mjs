// Bundles the server (src/server/main.ts) into dist/server/main.js. Dependencies stay
// external (resolved from node_modules at run time); migrations are found by walking up
// from the bundle to src/server/db/migrations.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './lib/project.mjs';

const outdir = join(root, 'dist/server');
const started = performance.now();
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: [join(root, 'src/server/main.ts')],
  outfile: join(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce(
  (sum, o) => sum + (o.entryPoint ? o.bytes : 0),
  0,
);
console.log(
  `dist/server/main.js ${(bytes / 1024).toFixed(0)} KB in ${Math.round(performance.now() - started)} ms`,
);
