// The fuzz suite: every operation of the OpenAPI document, a bounded number of generated requests
// each (hostile strings, wrong types, malformed bodies, random ids), as an anonymous client, the
// secretary and a unit head of the demo. Any 5xx fails, naming the request. Deterministic: each
// operation's cases come from a PRNG seeded by its method and path.
//
// Login and logout may end the session a logged-in actor sends (issue 15, defect 7: a failed
// login ends the browser's session): the actor logs in again after each of their cases. Event
// streams are sent only requests that are refused before the stream opens (it would never end).
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type JsonSchema,
  type KnownIds,
  MALFORMED_BODIES,
  mutate,
  NASTY_SEGMENTS,
  Rng,
  randomUuid,
  sample,
  seedOf,
} from '../../../tests/helpers/fuzz-inputs';
import { openDemo, type TestApp } from '../../../tests/helpers/test-app';

type Parameter = {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
};
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
};
type Op = { method: string; path: string; op: Operation };

const SESSION_ENDING = new Set(['POST /api/auth/login', 'POST /api/auth/logout']);
const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Cases per operation: for each logged-in actor, and for the anonymous client. */
const CASES = { member: 5, anonymous: 3 };
/** What each case number sends: plausible, free text with NUL, with a lone surrogate, then hostile. */
const MODES = ['plain', 'nul', 'surrogate', 'mutate', 'raw'] as const;
const TEXT = { nul: 'Tổ\u0000 5', surrogate: 'Tổ 5 \ud83d' } as const;

let t: TestApp;
let ops: Op[];
let ids: KnownIds;
let actors: { name: string; cookie?: string }[];

beforeAll(async () => {
  let base: string;
  let secretary: string;
  ({ t, base, secretary } = await openDemo());
  const doc = (await t.send('GET', '/api/openapi.json')).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  ops = Object.entries(doc.paths)
    .flatMap(([path, item]) => Object.entries(item).map(([m, op]) => ({ method: m.toUpperCase(), path, op })))
    .filter((o) => METHOD_ORDER.includes(o.method))
    .sort(
      (a, b) =>
        METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method) || a.path.localeCompare(b.path),
    );
  const conference = (await t.send('GET', base, secretary)).json();
  const delegates = (await t.send('GET', `${base}/delegates`, secretary)).json();
  const me = (await t.send('GET', '/api/auth/me', secretary)).json();
  ids = {
    conferenceId: t.demo.conferenceId,
    orgId: t.demo.organizationId,
    organizationId: t.demo.organizationId,
    unitId: t.demo.unitIds.get('Tổ dân phố 5')!,
    formId: t.demo.formIds.get('DHTT-CN')!,
    awardFormId: t.demo.formIds.get('DHTT-CN')!,
    milestoneId: conference.milestones?.[0]?.id,
    delegateId: delegates.items?.[0]?.id,
    userId: me.user?.id ?? me.id,
  };
  for (const [k, v] of Object.entries(ids)) if (typeof v !== 'string') delete ids[k];
  actors = [
    { name: 'anonymous' },
    { name: 'thuky', cookie: secretary },
    { name: 'tdp5', cookie: await t.login('tdp5') },
  ];
}, 120_000);
afterAll(async () => t?.close());

const isEventStream = (op: Operation) =>
  Object.values(op.responses ?? {}).some((r) => r.content && 'text/event-stream' in r.content);

/** One generated request for `o`: the case number picks how hostile it is. */
function buildRequest(o: Op, rng: Rng, n: number, cookie?: string): InjectOptions {
  const params = o.op.parameters ?? [];
  const stream = isEventStream(o.op);
  // (an event stream only gets requests refused before it opens: it would never end)
  const mode = stream ? 'raw' : MODES[n % MODES.length]!;
  const ctx = { rng, ids, text: mode === 'nul' || mode === 'surrogate' ? TEXT[mode] : undefined };
  const hostilePart = stream
    ? 'path'
    : mode === 'mutate'
      ? rng.pick(['path', 'query', 'body', 'body'])
      : mode === 'raw'
        ? rng.pick(['path', 'raw'])
        : 'none';
  let url = o.path;
  for (const p of params.filter((x) => x.in === 'path')) {
    let segment = encodeURIComponent(String(sample(p.schema, { rng, ids }, p.name)));
    if (hostilePart === 'path' && (rng.chance(0.5) || stream)) {
      segment = rng.chance(0.3) ? randomUuid(rng) : rng.pick(NASTY_SEGMENTS);
      if (stream && /^[0-9a-f-]{36}$/.test(segment)) segment = '%00';
    }
    url = url.replace(`{${p.name}}`, segment);
  }
  const query: string[] = [];
  for (const p of params.filter((x) => x.in === 'query')) {
    if (!p.required && ctx.text === undefined && hostilePart !== 'query' && rng.chance(0.5)) continue;
    const plain = sample(p.schema, ctx, p.name);
    const value = hostilePart === 'query' && rng.chance(0.6) ? mutate(plain, rng) : plain;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    // a lone surrogate cannot be percent-encoded: sent as the broken UTF-8 a client would send
    query.push(`${p.name}=${/[\uD800-\uDFFF]/u.test(text) ? '%ED%A0%80' : encodeURIComponent(text)}`);
  }
  if (hostilePart === 'query' && rng.chance(0.3))
    query.push(rng.pick(['q=%00', 'x=%ED%A0%80', 'a[b][c]=1', '%=%']));
  if (query.length) url += `?${query.join('&')}`;

  const headers: Record<string, string> = cookie ? { cookie } : {};
  const content = o.op.requestBody?.content ?? {};
  if ('multipart/form-data' in content) {
    const { type, payload } = multipart(rng, n);
    return {
      method: o.method as InjectOptions['method'],
      url,
      headers: { ...headers, 'content-type': type },
      payload,
    };
  }
  const bodySchema = content['application/json']?.schema;
  if (hostilePart === 'raw' && (bodySchema || o.method !== 'GET')) {
    const body = rng.pick(MALFORMED_BODIES);
    return {
      method: o.method as InjectOptions['method'],
      url,
      headers: { ...headers, 'content-type': body.type },
      payload: body.payload,
    };
  }
  if (!bodySchema) return { method: o.method as InjectOptions['method'], url, headers };
  let body = sample(bodySchema, ctx);
  if (hostilePart === 'body') body = mutate(body, rng);
  return {
    method: o.method as InjectOptions['method'],
    url,
    headers: { ...headers, 'content-type': 'application/json' },
    payload: JSON.stringify(body) ?? '',
  };
}

/** A multipart body: a file part, broken in one of the ways a dropped connection or a bad client breaks it. */
function multipart(rng: Rng, n: number): { type: string; payload: Buffer } {
  const boundary = 'fuzzboundary';
  const bytes = Buffer.from(Array.from({ length: 600 }, () => rng.int(256)));
  const whole = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const kind = n % 4;
  if (kind === 1) return { type: 'multipart/form-data', payload: whole };
  if (kind === 2)
    return { type: `multipart/form-data; boundary=${boundary}`, payload: whole.subarray(0, 300) };
  if (kind === 3)
    return { type: `multipart/form-data; boundary=${boundary}`, payload: Buffer.from('garbage\r\n\r\n') };
  return { type: `multipart/form-data; boundary=${boundary}`, payload: whole };
}

const ANSWER_MS = 10_000;

/** The answer, or null when none came within ANSWER_MS (a hang is a failure too). */
async function answerOf(req: InjectOptions) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ANSWER_MS);
  });
  const res = await Promise.race([t.app.inject(req), timeout]);
  clearTimeout(timer);
  return res;
}

/** What a failure prints: enough to replay the request by hand. */
function describeRequest(actor: string, req: InjectOptions, status: number, body: string) {
  const payload = req.payload === undefined ? '' : String(req.payload).slice(0, 300);
  return `${status} ${req.method} ${String(req.url).slice(0, 300)} as ${actor} ${req.headers?.['content-type'] ?? ''} ${payload} → ${body.slice(0, 300)}`;
}

describe('fuzz: every operation of the OpenAPI document', () => {
  it('answers no generated request with a 5xx', async () => {
    expect(ops.length).toBeGreaterThan(100);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const o of ops) {
      const key = `${o.method} ${o.path.replace(/\{(\w+)\}/g, ':$1')}`;
      const rng = new Rng(seedOf(key));
      for (const actor of actors) {
        const cases = actor.cookie ? CASES.member : CASES.anonymous;
        for (let n = 0; n < cases; n++) {
          const req = buildRequest(o, rng, n, actor.cookie);
          const res = await answerOf(req);
          if (process.env.FUZZ_TRACE)
            console.info('TRACE', res?.statusCode, actor.name, req.method, String(req.url).slice(0, 160));
          if (res) statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          if (!res) failures.push(describeRequest(actor.name, req, 0, `no answer within ${ANSWER_MS} ms`));
          else if (res.statusCode >= 500)
            failures.push(describeRequest(actor.name, req, res.statusCode, res.body));
          if (actor.cookie && SESSION_ENDING.has(key)) actor.cookie = await t.login(actor.name);
        }
      }
    }
    const sent = [...statuses.values()].reduce((a, b) => a + b, 0);
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, c]) => `${s}×${c}`);
    console.info(`fuzz: ${ops.length} operations, ${sent} answers: ${byStatus.join(' ')}`);
    expect(failures).toEqual([]);
  }, 300_000);
});
