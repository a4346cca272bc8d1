// npm run bench [-- name…]: runs bench/*.bench.ts (each with tsx, each bounded in time) and
// prints bench/results.json. Each bench merges its own keys into bench/results.json.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { banner, buildStatus, ensureDeps, npm, root } from './lib/project.mjs';

const PER_BENCH_TIMEOUT_MS = 180_000;
// Benches that build a large database first (the register: 1,000,000 honours on each engine) or
// run long (the nationwide morning: 3,321 conferences, two instances, ~70 s of load, the knee, a kill -9).
const TIMEOUT_MS = { register: 600_000, nationwide: 480_000 };
// What each bench needs built first (the rest import the sources directly).
const NEEDS = {
  boot: ['server'],
  load: ['server'],
  nationwide: ['server'],
  'slow-load': ['server', 'web'],
  'web-size': ['web'],
};

const filter = process.argv.slice(2);
const benchDir = join(root, 'bench');
const all = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
const selected = filter.length ? all.filter((name) => filter.some((f) => name.includes(f))) : all;
if (selected.length === 0) {
  console.error(
    `Không có benchmark nào khớp ${filter.join(' ')} (none matches); có / available: ${all.join(', ')}`,
  );
  process.exit(1);
}

if ((await ensureDeps()) !== 0) {
  console.error('npm run bench: cài thư viện thất bại / dependency install failed');
  process.exit(1);
}

const stale = buildStatus();
const buildFailed = new Set();
for (const part of new Set(selected.flatMap((name) => NEEDS[name] ?? []))) {
  if (!stale[part]) continue;
  banner(`Build ${part}: npm run build:${part}`);
  if ((await npm(['run', `build:${part}`])) !== 0) buildFailed.add(part);
}

function runBench(name) {
  return new Promise((resolve) => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const child = spawn(tsx, [join(benchDir, `${name}.bench.ts`)], {
      cwd: root,
      stdio: 'inherit',
      detached: true,
    });
    const limit = TIMEOUT_MS[name] ?? PER_BENCH_TIMEOUT_MS;
    const timer = setTimeout(() => {
      console.error(`${name}: quá ${limit / 1000} s, dừng (timed out, killed)`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, limit);
    child.on('error', (err) => {
      clearTimeout(timer);
      console.error(`${name}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const failed = [];
for (const name of selected) {
  const part = (NEEDS[name] ?? []).find((p) => buildFailed.has(p));
  banner(`bench ${name}`);
  if (part) {
    console.error(`${name}: build:${part} thất bại nên không đo (build failed, not measured)`);
    failed.push(name);
    continue;
  }
  const started = performance.now();
  const code = await runBench(name);
  console.log(
    `${name}: ${code === 0 ? 'ok' : `thất bại / failed (exit ${code})`} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (code !== 0) failed.push(name);
}

const resultsFile = join(benchDir, 'results.json');
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  console.log('\nbench/results.json');
  for (const [name, r] of Object.entries(results)) {
    const ok = r.better === 'lower' ? r.value <= r.goal : r.value >= r.goal;
    console.log(
      `${ok ? '✓' : '✗'} ${name.padEnd(28)} ${String(r.value).padStart(9)} ${r.unit.padEnd(5)} goal ${r.better === 'lower' ? '≤' : '≥'} ${r.goal} (${r.engine})`,
    );
  }
}
if (failed.length) {
  console.error(`\nBenchmark thất bại / failed: ${failed.join(', ')}`);
  process.exit(1);
}
