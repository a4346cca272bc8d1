// public_board_rps_ratio: the public honour board of a conference with 200 published honourees
// (GET /vinh-danh/hoi-nghi/:id, anonymous, a browser's Accept-Encoding) vs a bare Fastify route
// returning a small JSON, both served by this process and loaded with autocannon from a worker
// thread, in alternating rounds. public_board_bytes: what the first view transfers (status line,
// headers and the gzip body of the HTML; the page inlines its CSS and loads no script), with the
// count of pictures that load at once (the rest are lazy). PGlite, and PostgreSQL when it answers.
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { boardEntries, mediaAssets } from '../src/server/db/schema/index';
import type { AppInstance } from '../src/server/http/app-types';
import { IMAGE_WIDTHS } from '../src/shared/schemas/publicity';
import { type BenchDatabase, onPglite, onPostgres, seededApp } from './lib/app';
import { type BenchResult, round, saveResults } from './lib/results';

const DURATION_S = Number(process.env.BENCH_DURATION_S || 6);
const ROUNDS = 3;
const CONNECTIONS = 10;
const HONOUREES = 200;
const FORMS = [
  'Giấy khen của Chủ tịch UBND phường (tập thể)',
  'Giấy khen của Chủ tịch UBND phường (cá nhân)',
  'Giấy khen hộ gia đình tiêu biểu',
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'];
const GIVEN = ['Thị Hường', 'Văn Minh', 'Quốc Hữu', 'Thị Lan', 'Đình Thắng', 'Văn Tâm', 'Thị Vy'];

async function load(url: string, headers: Record<string, string>, seconds: number) {
  const r = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: seconds,
    workers: 1,
    timeout: 10,
  });
  if (r.errors + r.timeouts + r.non2xx > 0)
    throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { requests: r.requests.total, p99: r.latency.p99 };
}

/** 200 published honourees, each with a photo stored in the three sizes (rows only: the page references them). */
async function seedBoard(b: BenchDatabase, organizationId: string, conferenceId: string) {
  const { db } = b.database;
  const assets = await db
    .insert(mediaAssets)
    .values(
      Array.from({ length: HONOUREES }, (_, i) => ({
        organizationId,
        conferenceId,
        kind: 'photo',
        title: `Ảnh ${i + 1}`,
        width: 1600,
        height: 2000,
        variants: IMAGE_WIDTHS.map((w) => ({
          width: w,
          height: w * 1.25,
          sha: String(i % 10).repeat(64),
          bytes: w * 40,
        })),
      })),
    )
    .returning({ id: mediaAssets.id });
  await db.insert(boardEntries).values(
    assets.map((a, i) => {
      const form = Math.min(FORMS.length - 1, Math.floor((i * FORMS.length) / HONOUREES));
      return {
        organizationId,
        conferenceId,
        kind: form === 0 ? 'collective' : form === 2 ? 'household' : 'individual',
        displayName: `${SURNAMES[i % SURNAMES.length]} ${GIVEN[i % GIVEN.length]} ${i + 1}`,
        unitName: `Tổ dân phố ${(i % 18) + 1}`,
        formName: FORMS[form]!,
        decisionNumber: '25/QĐ-UBND',
        decisionDate: '2020-03-28',
        storyHtml: '<p>Gương điển hình tiên tiến trong phong trào thi đua yêu nước.</p>',
        photoAssetId: a.id,
        sortOrder: i,
        publishedAt: new Date(),
      };
    }),
  );
}

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const { suffix } = b;
  let app: AppInstance | undefined;
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ status: 'ok' }));
  try {
    const seeded = await seededApp(b);
    app = seeded.app;
    await seedBoard(b, seeded.demo.organizationId, seeded.demo.conferenceId);
    const appBase = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
    const bareBase = (await bare.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
    const path = `/vinh-danh/hoi-nghi/${seeded.demo.conferenceId}`;
    const headers = { 'accept-encoding': 'gzip, deflate, br' };

    // the first view: one request for the HTML (its CSS inline), then the eager pictures
    const first = await app.inject({ method: 'GET', url: path, headers });
    if (first.statusCode !== 200 || first.headers['content-encoding'] !== 'gzip') {
      throw new Error(`${path}: ${first.statusCode} ${first.headers['content-encoding']}`);
    }
    const headerBytes = Object.entries(first.headers).reduce(
      (s, [k, v]) => s + k.length + String(v).length + 4,
      17,
    );
    const bytes = first.rawPayload.length + headerBytes;
    const html =
      first.body.length > 0 ? (await import('node:zlib')).gunzipSync(first.rawPayload).toString() : '';
    const eager = (html.match(/loading="eager"/g) ?? []).length;
    const lazy = (html.match(/loading="lazy"/g) ?? []).length;

    const url = `${appBase}${path}`;
    await load(`${bareBase}/bare`, {}, 1);
    await load(url, headers, 1);
    const roundS = Math.max(1, Math.round(DURATION_S / ROUNDS));
    let bareN = 0;
    let appN = 0;
    const p99s: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      bareN += (await load(`${bareBase}/bare`, {}, roundS)).requests;
      const r = await load(url, headers, roundS);
      appN += r.requests;
      p99s.push(r.p99);
    }
    const appRps = appN / (ROUNDS * roundS);
    const bareRps = bareN / (ROUNDS * roundS);
    const ratio = appRps / bareRps;
    console.log(
      `[${b.database.engine}] board ${Math.round(appRps)} rps (p99 ${p99s.join('/')} ms) · bare ${Math.round(bareRps)} rps · ratio ${ratio.toFixed(3)} · first view ${bytes} B (HTML ${html.length} B raw), ${eager} eager / ${lazy} lazy images`,
    );
    const how = `${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${roundS} s after 1 s warm-up, autocannon in a worker thread, one process serves both`;
    const out: Record<string, BenchResult> = {
      [`public_board_rps_ratio${suffix}`]: {
        value: round(ratio, 3),
        unit: 'ratio',
        goal: 0.3,
        better: 'higher',
        engine: b.database.engine,
        note: `GET ${PUBLIC_PATH} (a board of ${HONOUREES} published honourees, its first page of 60 in calling order, anonymous, gzip) ${Math.round(appRps)} rps ÷ bare Fastify JSON route ${Math.round(bareRps)} rps; ${how}`,
      },
    };
    if (!suffix) {
      out.public_board_bytes = {
        value: bytes,
        unit: 'bytes',
        goal: 61_440,
        better: 'lower',
        engine: b.database.engine,
        note: `first view of ${PUBLIC_PATH} of a board of ${HONOUREES} honourees (page 1 of 60 cards, pager to the rest): headers + gzip HTML (CSS inline, no script; ${html.length} B uncompressed); ${eager} pictures load at once (the first row), ${lazy} lazily`,
      };
    }
    return out;
  } finally {
    app?.server.closeAllConnections();
    bare.server.closeAllConnections();
    await app?.close();
    await bare.close();
  }
}

const PUBLIC_PATH = '/vinh-danh/hoi-nghi/:conferenceId';
const results = await onPglite('vd-bench-board-', measure);
const postgres = await onPostgres('vd-bench-board-', measure);
saveResults({ ...results, ...(postgres ?? {}) });
