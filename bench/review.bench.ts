// tally_100x300_ms(_postgres) and vote_100_p99_ms(_postgres): a council of 100 present members and
// electronic secret ballots over 300 accepted nominations, on the real app in-process. PGlite in a
// temp dir, then PostgreSQL (a fresh vd_bench_<random> database) when it answers; both removed after.
//
// Setup (mutations and SQL, bench/lib/review.ts): the seeded demo; the 9 demo members of the term
// 2020-2025 deactivated and 100 members added, each with a council_member account; 300 nominations
// created in bulk (createNominations, after moving the submission deadline to the future) and
// accepted by one SQL UPDATE; one award form (DHTT-CN) capped at 20 honorees so closing also ranks.
//
// tally (first, so the conference has few earlier results: computeResults reads them all): POST
// …/close (closeBallot: computeResults over 300 items × 100 members, 300 result rows stored, audit;
// then the route answers with the ballot and its results) timed through app.inject; median of
// TALLY_RUNS, each a fresh ballot over the same nominations in a new meeting with everyone present,
// the 100 votes cast with castBallot beforehand. Also timed: computeResults alone (rolled back),
// closeBallot alone, and the pure computation (judgeItem × 300
// and rankPassed, in memory) for comparison.
//
// vote: the 100 members log in (sessions) and each opens its own keep-alive connection to the app
// on 127.0.0.1 (checked by GET /api/auth/me); a worker thread then sends all 100 POST …/cast at once,
// each with a choice for every one of the 300 items, plus 5 members casting a second, different
// ballot in the same instant. Each request is timed from send to the last byte; the value is the
// p99 of the 100 accepted casts, median over VOTE_ROUNDS bursts (a fresh opened ballot each), after
// a baseline ballot where the 100 cast one after the other (uncontended latency, and warm-up).
// Checked every burst: 100 distinct receipts; each duplicated member exactly one 200 and one 409,
// no other 409; ballots_cast = voters = 100; for every item agree + disagree = 100 and the totals
// equal the sum of the accepted casts' choices, in ballot_tallies and in the results after close.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client';
import { ballotTallies, ballotVoters, nominations } from '../src/server/db/schema/index';
import type { AppInstance } from '../src/server/http/app-types';
import { listAwardForms } from '../src/server/modules/award-forms/data';
import { castBallot } from '../src/server/modules/review/ballot-mutations';
import { closeBallot } from '../src/server/modules/review/close-mutations';
import { type BallotRow, listBallotItems } from '../src/server/modules/review/data';
import { totalsOf } from '../src/server/modules/review/live-totals';
import { storeResults as computeResults } from '../src/server/modules/review/results-mutations';
import { judgeItem, rankPassed } from '../src/shared/rules/tally';
import type { Choice } from '../src/shared/schemas/review';
import {
  type BenchDatabase,
  login,
  measureOnBothEngines,
  percentile,
  seededApp,
  setSubmissionDeadline,
} from './lib/app';
import { type BurstRequest, type BurstResult, burst } from './lib/http-burst';
import { type BenchResult, median, round } from './lib/results';
import {
  acceptedNominees,
  bigCouncil,
  type Council,
  capHonorees,
  choiceOf,
  meetingWithAll,
  openedBallot,
  secretaryContext,
} from './lib/review';

const MEMBERS = 100;
const NOMINEES = 300;
const DUPLICATES = [3, 23, 47, 71, 96]; // members who cast twice in the same instant
const VOTE_ROUNDS = 3;
const TALLY_RUNS = 3;
const PURE_RUNS = 200;
const CAP_FORM = 'DHTT-CN';
const CAP = 20;

type Counts = Record<string, { agree: number; disagree: number; abstain: number }>;
type Ctx = Awaited<ReturnType<typeof secretaryContext>> & {
  app: AppInstance;
  db: Db;
  engine: 'pglite' | 'postgres';
  conferenceId: string;
  council: Council;
  nominationIds: string[];
  secretary: string;
};

const fmt = (values: number[], digits = 1) => values.map((v) => round(v, digits)).join('/');

function choicesOf(member: number, itemIds: string[]): Record<string, Choice> {
  return Object.fromEntries(itemIds.map((id, i) => [id, choiceOf(member, i)]));
}

function addTo(totals: Counts, choices: Record<string, Choice>) {
  for (const [id, c] of Object.entries(choices)) {
    const t = totals[id] ?? { agree: 0, disagree: 0, abstain: 0 };
    t[c] += 1;
    totals[id] = t;
  }
}

/** Throws unless every item has the expected counts, and agree + disagree = MEMBERS. */
function sameCounts(label: string, actual: Counts, expected: Counts, itemIds: string[]) {
  for (const id of itemIds) {
    const a = actual[id];
    const e = expected[id]!;
    if (!a || a.agree !== e.agree || a.disagree !== e.disagree || a.abstain !== e.abstain) {
      throw new Error(`${label}: item ${id} has ${JSON.stringify(a)}, sent ${JSON.stringify(e)}`);
    }
    if (a.agree + a.disagree !== MEMBERS) {
      throw new Error(`${label}: item ${id} counted ${a.agree + a.disagree}`);
    }
  }
}

/**
 * A ballot's totals — stored once closed, in this process's memory while open — and how many have
 * voted (aggregates only).
 */
async function storedTally(db: Db, ballotId: string) {
  const [row] = await db.select().from(ballotTallies).where(eq(ballotTallies.ballotId, ballotId));
  const tally = row ?? totalsOf(ballotId);
  const [voters] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ballotVoters)
    .where(eq(ballotVoters.ballotId, ballotId));
  if (!tally) throw new Error(`ballot ${ballotId} has no tally row`);
  return { counts: tally.counts as Counts, ballotsCast: tally.ballotsCast, voters: voters?.n ?? 0 };
}

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const engine = b.database.engine;
  const { app, demo } = await seededApp(b);
  try {
    const db = b.database.db;
    const started = performance.now();
    const secretary = await login(app, 'thuky');
    await setSubmissionDeadline(app, secretary, demo.conferenceId, 30);
    const { actor, conf } = await secretaryContext(db, demo);
    const council = await bigCouncil(db, demo, MEMBERS);
    const nominationIds = await acceptedNominees(db, demo, actor, conf, NOMINEES);
    await capHonorees(db, demo.formIds.get(CAP_FORM)!, CAP);
    await db.execute(sql`ANALYZE`);
    console.log(
      `[${engine}] dựng ${MEMBERS} thành viên + ${NOMINEES} đề nghị trong ${round((performance.now() - started) / 1000)} s`,
    );
    const ctx: Ctx = {
      app,
      db,
      engine,
      actor,
      conf,
      conferenceId: demo.conferenceId,
      council,
      nominationIds,
      secretary,
    };
    const tally = await measureTally(ctx);
    const vote = await measureVote(ctx);
    const s = b.suffix;
    return {
      [`tally_100x300_ms${s}`]: {
        value: round(tally.ms),
        unit: 'ms',
        goal: 50,
        better: 'lower',
        engine,
        note: tally.note,
      },
      [`vote_100_p99_ms${s}`]: {
        value: round(vote.p99),
        unit: 'ms',
        goal: 100,
        better: 'lower',
        engine,
        note: vote.note,
      },
    };
  } finally {
    app.server.closeAllConnections();
    await app.close();
  }
}

// ---------------------------------------------------------------------------------------------
// tally_100x300_ms

async function castAll(ctx: Ctx, ballot: BallotRow) {
  const itemIds = (await listBallotItems(ctx.db, ballot.id)).map((i) => i.id);
  for (const [m, id] of ctx.council.memberIds.entries()) {
    await castBallot(ctx.db, ballot, id, choicesOf(m, itemIds));
  }
}

async function measureTally(ctx: Ctx) {
  const { app, db, actor, conf } = ctx;
  const ready = async (n: number) => {
    const meeting = await meetingWithAll(db, actor, conf, ctx.council, `Họp Hội đồng: kiểm phiếu ${n}`);
    const ballot = await openedBallot(db, actor, conf, meeting, ctx.nominationIds, `Phiếu bầu ${n}`);
    await castAll(ctx, ballot);
    return { meeting, ballot };
  };
  const routeMs: number[] = [];
  for (let r = 1; r <= TALLY_RUNS; r++) {
    const { meeting, ballot } = await ready(r);
    const url = `/api/conferences/${ctx.conferenceId}/meetings/${meeting.id}/ballots/${ballot.id}/close`;
    const started = performance.now();
    const res = await app.inject({ method: 'POST', url, headers: { cookie: ctx.secretary } });
    routeMs.push(performance.now() - started);
    if (res.statusCode !== 200) throw new Error(`close: ${res.statusCode} ${res.body.slice(0, 300)}`);
    const body = res.json() as {
      status: string;
      items: { result: { agree: number; disagree: number } | null }[];
    };
    const judged = body.items.filter((i) => i.result && i.result.agree + i.result.disagree === MEMBERS);
    if (body.status !== 'closed' || judged.length !== NOMINEES) {
      throw new Error(`closed ${body.status} with ${judged.length} complete results`);
    }
  }

  // Where the time goes, on one more ballot: computeResults alone (rolled back, 3 times),
  // closeBallot alone; then the pure computation.
  const { meeting, ballot } = await ready(TALLY_RUNS + 1);
  const computeMs: number[] = [];
  for (let k = 0; k < 3; k++) {
    await db
      .transaction(async (tx) => {
        // the final totals as closing writes them (while open they live in memory only)
        const live = totalsOf(ballot.id)!;
        await tx
          .insert(ballotTallies)
          .values({ ballotId: ballot.id, counts: live.counts, ballotsCast: live.ballotsCast });
        const started = performance.now();
        await computeResults(tx, conf, meeting, { ...ballot, status: 'closed' });
        computeMs.push(performance.now() - started);
        tx.rollback();
      })
      .catch((err: Error) => {
        if (!/rollback/i.test(err.message)) throw err;
      });
  }
  let started = performance.now();
  await closeBallot(db, actor, conf, meeting, ballot);
  const mutationMs = performance.now() - started;

  // The pure computation over the same counts and forms, in memory.
  const items = await listBallotItems(db, ballot.id);
  const tally = await storedTally(db, ballot.id);
  const forms = new Map((await listAwardForms(db, conf.id)).map((f) => [f.id, f]));
  const noms = new Map(
    (await db.select().from(nominations).where(eq(nominations.conferenceId, conf.id))).map((n) => [n.id, n]),
  );
  const judgeMs: number[] = [];
  const rankMs: number[] = [];
  let passedCount = 0;
  for (let k = 0; k < PURE_RUNS; k++) {
    started = performance.now();
    const judged = items.map((item) => {
      const n = noms.get(item.nominationId)!;
      const form = forms.get(n.awardFormId)!;
      const members = { present: MEMBERS, all: MEMBERS };
      return { n, form, result: judgeItem(tally.counts[item.id]!, form.approvalRule, members) };
    });
    const judgedAt = performance.now();
    for (const form of forms.values()) {
      if (form.maxHonorees === null) continue;
      const passed = judged.filter((j) => j.form.id === form.id && j.result.passed);
      if (passed.length <= form.maxHonorees) continue;
      rankPassed(
        passed.map((j) => ({
          id: j.n.id,
          sharePercent: j.result.sharePercent,
          kind: j.n.kind as 'individual' | 'collective',
          gender: j.n.gender,
          womenSharePercent: j.n.collective?.womenSharePercent ?? null,
        })),
      );
    }
    judgeMs.push(judgedAt - started);
    rankMs.push(performance.now() - judgedAt);
    passedCount = judged.filter((j) => j.result.passed).length;
  }
  const ms = median(routeMs);
  const compute = median(computeMs);
  const judge = median(judgeMs);
  const rank = median(rankMs);
  console.log(
    `[${ctx.engine}] đóng phiếu (POST …/close) ${fmt(routeMs)} ms → median ${round(ms)} ms; ` +
      `closeBallot ${round(mutationMs)} ms; computeResults ${fmt(computeMs)} ms; ` +
      `tính thuần: judgeItem × ${NOMINEES} ${round(judge, 2)} ms + rankPassed ${round(rank, 2)} ms ` +
      `(${passedCount}/${NOMINEES} đạt)`,
  );
  return {
    ms,
    note:
      `POST …/meetings/:mid/ballots/:bid/close via app.inject as thuky: ${NOMINEES} items × ${MEMBERS} members ` +
      `present (electronic; ${passedCount} pass; ${CAP_FORM} capped at ${CAP} honorees so ranking runs) — closes, ` +
      `computes and stores the ${NOMINEES} results, audit, answers with the ballot and its results; median of ` +
      `${TALLY_RUNS} (${fmt(routeMs)} ms), each a fresh ballot over the same nominations in a new meeting (so ` +
      `0/1/2 earlier closed ballots), the votes cast with castBallot beforehand. On a 4th ballot: computeResults ` +
      `alone (reads, judge, rank, insert of ${NOMINEES} rows; rolled back) median ${round(compute)} ms ` +
      `(${fmt(computeMs)}); ` +
      `closeBallot alone ${round(mutationMs)} ms. Pure computation in memory, median of ${PURE_RUNS}: ` +
      `judgeItem × ${NOMINEES} ${round(judge, 2)} ms + rankPassed ${round(rank, 2)} ms = ${round(judge + rank, 2)} ms`,
  };
}

// ---------------------------------------------------------------------------------------------
// vote_100_p99_ms

type Sent = { member: number; duplicate: boolean; choices: Record<string, Choice> };

/** Checks that every ballot was counted exactly once; returns the accepted casts' latencies. */
async function checkCounted(
  ctx: Ctx,
  ballotPath: string,
  ballotId: string,
  itemIds: string[],
  sent: Sent[],
  results: BurstResult[],
) {
  const expected: Counts = {};
  const accepted: number[] = [];
  const receipts = new Set<string>();
  const byMember = new Map<number, { sent: Sent; res: BurstResult }[]>();
  sent.forEach((s, i) => {
    byMember.set(s.member, [...(byMember.get(s.member) ?? []), { sent: s, res: results[i]! }]);
  });
  for (const [m, tries] of byMember) {
    const statuses = tries.map((p) => p.res.status).sort();
    const want = tries.length === 2 ? [200, 409] : [200];
    if (statuses.join() !== want.join()) {
      const bodies = tries.map((p) => p.res.body.slice(0, 200)).join(' | ');
      throw new Error(`member ${m}: answers ${statuses.join(', ')} (want ${want.join(', ')}): ${bodies}`);
    }
    for (const p of tries) {
      if (p.res.status !== 200) continue;
      accepted.push(p.res.ms);
      receipts.add((JSON.parse(p.res.body) as { receipt: string }).receipt);
      addTo(expected, p.sent.choices);
    }
  }
  if (receipts.size !== MEMBERS) throw new Error(`${receipts.size} different receipts, want ${MEMBERS}`);
  const stored = await storedTally(ctx.db, ballotId);
  if (stored.ballotsCast !== MEMBERS || stored.voters !== MEMBERS) {
    throw new Error(`ballots_cast ${stored.ballotsCast}, voters ${stored.voters}, want ${MEMBERS}`);
  }
  sameCounts('running totals', stored.counts, expected, itemIds);

  const started = performance.now();
  const closed = await ctx.app.inject({
    method: 'POST',
    url: `${ballotPath}/close`,
    headers: { cookie: ctx.secretary },
  });
  const closeMs = performance.now() - started;
  if (closed.statusCode !== 200) throw new Error(`close: ${closed.statusCode} ${closed.body.slice(0, 300)}`);
  const shown = closed.json() as {
    ballotsCast: number;
    items: { id: string; result: { agree: number; disagree: number; abstain: number } | null }[];
  };
  if (shown.ballotsCast !== MEMBERS) throw new Error(`closed ballot shows ballotsCast ${shown.ballotsCast}`);
  const missing = { agree: -1, disagree: -1, abstain: -1 };
  const results_ = Object.fromEntries(shown.items.map((i) => [i.id, i.result ?? missing]));
  sameCounts('results after close', results_, expected, itemIds);
  const duplicateFirst = sent.filter((s, i) => s.duplicate && results[i]!.status === 200).length;
  return { accepted, closeMs, duplicateFirst };
}

async function measureVote(ctx: Ctx) {
  const { app, db, actor, conf, council } = ctx;
  const cookies = await Promise.all(council.usernames.map((u) => login(app, u)));
  const meeting = await meetingWithAll(db, actor, conf, council, 'Họp Hội đồng: bỏ phiếu điện tử');
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const server = { host: '127.0.0.1', port: Number(new URL(address).port) };
  const newBallot = async (title: string) => {
    const ballot = await openedBallot(db, actor, conf, meeting, ctx.nominationIds, title);
    if (ballot.electorate.length !== MEMBERS) throw new Error(`electorate of ${ballot.electorate.length}`);
    const itemIds = (await listBallotItems(db, ballot.id)).map((i) => i.id);
    const path = `/api/conferences/${ctx.conferenceId}/meetings/${meeting.id}/ballots/${ballot.id}`;
    return { ballot, itemIds, path };
  };
  const request = (path: string, member: number, choices: Record<string, Choice>): BurstRequest => ({
    method: 'POST',
    path: `${path}/cast`,
    cookie: cookies[member]!,
    body: JSON.stringify({ choices }),
  });

  // Baseline (and warm-up): the 100 cast one after the other.
  const base = await newBallot('Phiếu bầu: lần lượt');
  const one = await burst(
    server,
    '/api/auth/me',
    council.memberIds.map((_, m) => request(base.path, m, choicesOf(m, base.itemIds))),
    true,
  );
  if (one.results.some((x) => x.status !== 200)) throw new Error('a cast one at a time failed');
  const alone = one.results.map((x) => x.ms);
  const bodyKb = Buffer.byteLength(JSON.stringify({ choices: choicesOf(0, base.itemIds) })) / 1024;
  console.log(
    `[${ctx.engine}] từng phiếu một (không tranh chấp): p50 ${round(percentile(alone, 50))} ms, ` +
      `p99 ${round(percentile(alone, 99))} ms; thân yêu cầu ~${round(bodyKb)} KB`,
  );

  const rounds: { p99: number; p50: number; max: number; span: number }[] = [];
  let closeMs = 0;
  for (let r = 1; r <= VOTE_ROUNDS; r++) {
    const { ballot, itemIds, path } = await newBallot(`Phiếu bầu: đồng loạt ${r}`);
    // each duplicate follows its member's first cast, with other choices
    const sent: Sent[] = [];
    for (let m = 0; m < MEMBERS; m++) {
      sent.push({ member: m, duplicate: false, choices: choicesOf(m, itemIds) });
      if (DUPLICATES.includes(m))
        sent.push({ member: m, duplicate: true, choices: choicesOf(m + 1, itemIds) });
    }
    const { results, spanMs, sendMs } = await burst(
      server,
      '/api/auth/me',
      sent.map((s) => request(path, s.member, s.choices)),
    );
    const checked = await checkCounted(ctx, path, ballot.id, itemIds, sent, results);
    closeMs = checked.closeMs;
    const x = {
      p99: percentile(checked.accepted, 99),
      p50: percentile(checked.accepted, 50),
      max: Math.max(...results.map((y) => y.ms)),
      span: spanMs,
    };
    rounds.push(x);
    console.log(
      `[${ctx.engine}] đợt ${r}: ${MEMBERS} phiếu + ${DUPLICATES.length} phiếu trùng cùng lúc (409; phiếu trùng tới ` +
        `trước ${checked.duplicateFirst} lần) — p50 ${round(x.p50)} ms, p99 ${round(x.p99)} ms, max ${round(x.max)} ms, ` +
        `cả đợt ${round(spanMs)} ms (gửi hết trong ${round(sendMs)} ms); đếm đúng từng phiếu ✓; ` +
        `đóng phiếu ${round(closeMs)} ms`,
    );
  }
  const p99 = median(rounds.map((x) => x.p99));
  const span = median(rounds.map((x) => x.span));
  return {
    p99,
    note:
      `${MEMBERS} present council members (logged in beforehand) POST …/ballots/:id/cast at once over real HTTP ` +
      `on 127.0.0.1, each on its own warmed keep-alive connection, sent from a worker thread, each with a choice for ` +
      `all ${NOMINEES} items (~${round(bodyKb)} KB JSON), plus ${DUPLICATES.length} members casting a second, ` +
      `different ballot in the same burst; latency send → last byte; value = median over ${VOTE_ROUNDS} bursts ` +
      `(fresh ballot each) of the p99 of the ${MEMBERS} accepted casts (p99 ${fmt(rounds.map((x) => x.p99))}, ` +
      `p50 ${fmt(rounds.map((x) => x.p50))} ms; whole burst ${fmt(rounds.map((x) => x.span))} ms, i.e. ` +
      `${round(span / (MEMBERS + DUPLICATES.length))} ms per request, one after another). One at a time, uncontended ` +
      `(same route, the ${MEMBERS} members in turn, before the bursts): p50 ${round(percentile(alone, 50))} ms. ` +
      `Checked each burst: ${MEMBERS} distinct receipts; each duplicated member exactly one 200 and one 409, no ` +
      `other 409; ballots_cast = voters = ${MEMBERS}; every item agree + disagree = ${MEMBERS} and equal to the sum ` +
      `of the accepted casts, in ballot_tallies and in the results after POST …/close`,
  };
}

await measureOnBothEngines('vd-bench-review-', measure);
