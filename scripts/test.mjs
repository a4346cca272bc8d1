// npm test: everything, in order, each step's output streamed; ends with one line
// `N passed, N failed` and exits 1 on any failure. Nothing is skipped silently: a suite that
// cannot run (no Chromium, no PostgreSQL, failed build) is counted as failed with its reason.
// Only node built-ins at the top: node_modules may not exist yet.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { banner, ensureDeps, npmCmd, root, run, TIMED_OUT } from './lib/project.mjs';

const resultsDir = join(root, '.test-results');
const testDatabaseUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// No step may hang CI: each is stopped after this many minutes and counted as failed.
const stepTimeoutMs = Number(process.env.TEST_STEP_TIMEOUT_MIN || 20) * 60_000;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** @type {{ name: string, passed: number, failed: number, skipped: number, seconds: number, note: string }[]} */
const rows = [];

function record(name, passed, failed, seconds, note = '', skipped = 0) {
  rows.push({ name, passed, failed, skipped, seconds, note });
}

function redact(url) {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

// ---------------------------------------------------------------------------------------------
// Setup: dependencies, Chromium, PostgreSQL.

async function ensureChromium() {
  banner(`Chromium: ${chromiumPath}`);
  const works = () => {
    if (!existsSync(chromiumPath)) return false;
    const r = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (r.status === 0) console.log(r.stdout.trim());
    return r.status === 0;
  };
  if (works()) return null;
  if (process.env.CHROMIUM_PATH) return `CHROMIUM_PATH=${chromiumPath} không chạy được (not runnable)`;
  if (!isRoot) {
    return `Chromium chưa cài tại ${chromiumPath} và không chạy với quyền root để cài — hãy chạy \`sudo apt-get install -y chromium\` hoặc đặt CHROMIUM_PATH (Chromium missing and not root: install Debian's chromium or set CHROMIUM_PATH)`;
  }
  banner('Cài Chromium / installing Debian chromium (apt-get)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['update'], { env });
  if (update !== 0) return `apt-get update thất bại (exit ${update}) — cannot install chromium`;
  const install = await run('apt-get', ['install', '-y', 'chromium'], { env });
  if (install !== 0) return `apt-get install chromium thất bại (exit ${install})`;
  return works() ? null : `đã cài chromium nhưng ${chromiumPath} vẫn không chạy (installed but not runnable)`;
}

function isLocalUrl(url) {
  try {
    const host = new URL(url).hostname;
    return ['localhost', '::1', '[::1]', ''].includes(host) || /^127\./.test(host);
  } catch {
    return false;
  }
}

async function tryConnect(pg, url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const r = await client.query('select version() as v');
    return { ok: true, version: String(r.rows[0].v).split(' on ')[0] };
  } catch (err) {
    return { ok: false, error: err.message || String(err) };
  } finally {
    await client.end().catch(() => {});
  }
}

function postgresVersions() {
  try {
    return readdirSync('/etc/postgresql')
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
}

async function ensurePostgres() {
  banner(`PostgreSQL: ${redact(testDatabaseUrl)}`);
  let pg;
  try {
    pg = (await import('pg')).default;
  } catch (err) {
    return `không nạp được gói pg (cannot load the pg package): ${err.message}`;
  }
  let attempt = await tryConnect(pg, testDatabaseUrl);
  if (attempt.ok) {
    console.log(attempt.version);
    return null;
  }
  console.log(`Chưa kết nối được / not answering: ${attempt.error}`);
  if (!isLocalUrl(testDatabaseUrl)) {
    return `PostgreSQL tại ${redact(testDatabaseUrl)} không trả lời (remote server does not answer): ${attempt.error}`;
  }
  const versions = postgresVersions();
  if (versions.length === 0) {
    return `PostgreSQL không trả lời và không có cụm cục bộ nào trong /etc/postgresql (no local cluster to start): ${attempt.error}`;
  }
  const version = versions[0];
  banner(`Khởi động PostgreSQL / starting: pg_ctlcluster ${version} main start`);
  const code = await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']);
  if (code !== 0) console.log(`pg_ctlcluster exit ${code} (tiếp tục thử kết nối / still retrying)`);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    attempt = await tryConnect(pg, testDatabaseUrl);
    if (attempt.ok) {
      console.log(attempt.version);
      return null;
    }
  }
  return `PostgreSQL không trả lời sau 30 s dù đã chạy pg_ctlcluster ${version} main start (did not answer within 30 s): ${attempt.error}`;
}

// ---------------------------------------------------------------------------------------------
// Steps.

async function checkStep(name, cmd, args, env) {
  banner(`${name}: ${cmd} ${args.join(' ')}`);
  const started = performance.now();
  const code = await run(cmd, args, {
    env: env ? { ...process.env, ...env } : undefined,
    timeoutMs: stepTimeoutMs,
  });
  const seconds = (performance.now() - started) / 1000;
  if (code === 0) record(name, 1, 0, seconds);
  else record(name, 0, 1, seconds, code === TIMED_OUT ? 'timed out' : `exit ${code}`);
  return code === 0;
}

async function vitestStep(name, project, env = {}) {
  const outputFile = join(resultsDir, `${name}.json`);
  rmSync(outputFile, { force: true });
  const args = [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    '--reporter=./scripts/lib/failures-reporter.mjs',
    `--outputFile.json=${outputFile}`,
  ];
  const shownEnv = Object.entries(env)
    .map(([k, v]) => `${k}=${k.endsWith('URL') ? redact(v) : v}`)
    .join(' ');
  banner(`${name}: ${shownEnv ? `${shownEnv} ` : ''}npx ${args.join(' ')}`);
  const started = performance.now();
  const failuresFile = join(resultsDir, `${name}-failures.txt`);
  const code = await run(npx, args, {
    env: { ...process.env, ...env, VD_FAILURES_FILE: failuresFile },
    timeoutMs: stepTimeoutMs,
  });
  failureTexts.push({ name, file: failuresFile });
  const seconds = (performance.now() - started) / 1000;
  let report;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch (err) {
    record(
      name,
      0,
      1,
      seconds,
      code === TIMED_OUT
        ? `timed out after ${stepTimeoutMs / 60_000} min`
        : `không đọc được báo cáo JSON (no JSON report, exit ${code}): ${err.code ?? err.message}`,
    );
    return false;
  }
  const passed = Number(report.numPassedTests) || 0;
  let failed = Number(report.numFailedTests) || 0;
  const skipped = (Number(report.numPendingTests) || 0) + (Number(report.numTodoTests) || 0);
  const total = Number(report.numTotalTests) || 0;
  const notes = [];
  if (total === 0 || passed + failed === 0) {
    // A suite that ran nothing never passes silently (no files, or every test skipped).
    failed += 1;
    notes.push(total === 0 ? '0 tests ran' : 'every test was skipped');
  }
  const failedSuites = Number(report.numFailedTestSuites) || 0;
  if (code === TIMED_OUT) {
    failed += 1;
    notes.push(`timed out after ${stepTimeoutMs / 60_000} min`);
  } else if (failed === 0 && (code !== 0 || failedSuites > 0)) {
    // Errors outside tests: a file that fails to load, a hook, an unhandled rejection.
    failed = 1;
    notes.push(`vitest exit ${code}${failedSuites ? `, ${failedSuites} failed files` : ''}`);
  }
  if (skipped > 0) notes.push(`${skipped} skipped`);
  record(name, passed, failed, seconds, notes.join('; '), skipped);
  return failed === 0;
}

function blocked(name, reason) {
  banner(`${name}: KHÔNG CHẠY ĐƯỢC / cannot run`);
  console.error(reason);
  record(name, 0, 1, 0, reason);
}

// ---------------------------------------------------------------------------------------------
// Summary.

/** The failures each vitest step wrote (failures-reporter.mjs), repeated above the summary. */
const failureTexts = [];

function printFailures() {
  for (const { name, file } of failureTexts) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8').trim();
    } catch {
      continue;
    }
    if (!text) continue;
    const lines = text.split('\n');
    console.log(`\n\x1b[1mLỗi / failures: ${name}\x1b[0m`);
    console.log(lines.slice(0, 60).join('\n'));
    if (lines.length > 60) console.log(`… ${lines.length - 60} dòng nữa / more lines in ${file}`);
  }
}

function printSummary() {
  printFailures();
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  console.log('\n\x1b[1mTóm tắt / summary\x1b[0m');
  console.log(
    `${'step'.padEnd(width)}  ${'passed'.padStart(6)}  ${'failed'.padStart(6)}  ${'time'.padStart(7)}  note`,
  );
  for (const r of rows) {
    const mark = r.failed > 0 ? '✗' : '✓';
    const note = r.note.length > 160 ? `${r.note.slice(0, 157)}...` : r.note;
    console.log(
      `${r.name.padEnd(width)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${`${r.seconds.toFixed(1)}s`.padStart(7)}  ${mark} ${note}`,
    );
  }
  const passed = rows.reduce((s, r) => s + r.passed, 0);
  const failed = rows.reduce((s, r) => s + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}

// ---------------------------------------------------------------------------------------------

const STEPS = [
  'typecheck',
  'lint',
  'layers',
  'unit',
  'integration-pglite',
  'integration-postgres',
  'build',
  'e2e',
];

let interrupted = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // The running step gets the signal too (see run); no further step starts.
    interrupted = signal;
  });
}

async function main() {
  const started = performance.now();
  // Fresh results each run (the folder is also gitignored; old reports must never be read).
  rmSync(resultsDir, { recursive: true, force: true });

  const depsCode = await ensureDeps();
  if (depsCode !== 0) {
    for (const step of STEPS)
      blocked(step, `cài thư viện thất bại (npm exit ${depsCode}) / dependency install failed`);
    return printSummary();
  }
  mkdirSync(resultsDir, { recursive: true });

  const chromiumProblem = await ensureChromium();
  if (chromiumProblem) console.error(`Chromium: ${chromiumProblem}`);
  const postgresProblem = await ensurePostgres();
  if (postgresProblem) console.error(`PostgreSQL: ${postgresProblem}`);

  let built = false;
  const steps = {
    typecheck: () => checkStep('typecheck', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']),
    lint: () => checkStep('lint', npx, ['biome', 'ci', '--colors=off', '.']),
    // the layer rules of ARCHITECTURE.md (.dependency-cruiser.cjs): a violation fails the run
    layers: () =>
      checkStep('layers', npx, [
        'depcruise',
        'src',
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'err',
      ]),
    unit: () => vitestStep('unit', 'unit'),
    'integration-pglite': () => vitestStep('integration-pglite', 'integration', { DB_ENGINE: 'pglite' }),
    'integration-postgres': () =>
      postgresProblem
        ? blocked('integration-postgres', `PostgreSQL: ${postgresProblem}`)
        : vitestStep('integration-postgres', 'integration', {
            DB_ENGINE: 'postgres',
            TEST_DATABASE_URL: testDatabaseUrl,
          }),
    build: async () => {
      built = await checkStep('build', npmCmd, ['run', 'build']);
    },
    e2e: () => {
      if (!built) return blocked('e2e', 'build thất bại nên không chạy E2E (build failed, e2e not run)');
      if (chromiumProblem) return blocked('e2e', `Chromium: ${chromiumProblem}`);
      return vitestStep('e2e', 'e2e', { CHROMIUM_PATH: chromiumPath });
    },
  };
  for (const name of STEPS) {
    if (interrupted) blocked(name, `dừng vì ${interrupted} (interrupted, not run)`);
    else await steps[name]();
  }

  console.log(`\nTổng thời gian / total time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return printSummary();
}

const failed = await main().catch((err) => {
  console.error(err);
  record('test.mjs', 0, 1, 0, `lỗi trong script kiểm thử: ${err.message}`);
  return printSummary();
});
process.exit(failed > 0 ? 1 : 0);
