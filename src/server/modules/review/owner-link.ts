import { randomUUID } from 'node:crypto';
import type { ItemCounts } from '../../../shared/rules/tally';
import type { Db } from '../../db/client';
import type { AppInstance } from '../../http/app-types';
import { type LiveBus, publishLive } from '../../live/bus';
import { PAPERS_SIGNAL, type PaperSums } from './cast-mutations';
import { addSums, dropTotals, totalsOf } from './live-totals';

/**
 * Chủ phiếu: the link between the instance that owns an open electronic ballot (it holds the
 * running totals in memory, live-totals.ts) and the other instances on the same database.
 *
 * - A cast on another instance sends its batch's papers, summed, in the NOTIFY of the transaction
 *   that inserts the voter rows (cast-mutations.ts); the owner adds them here.
 * - A close on another instance asks the owner for the settled totals (`askOwnerTotals`) while its
 *   transaction holds the ballot's row lock; the owner answers once its totals account for every
 *   voter row (or null), and forgets them when told the ballot is closed.
 * - The owner publishes the ballot's progress (how many have voted, never what) on the live bus,
 *   topic 'ballot', so that every instance's live screens see it.
 */
export type BallotLiveEvent = {
  ballotId: string;
  status: 'open' | 'closed' | 'void';
  /** electronic: papers counted so far (open) or in all (closed) */
  ballotsCast: number | null;
};

export const BALLOT_TOPIC = 'ballot';
const TOTALS_ASK = 'ballot.totals_ask';
const TOTALS_ANSWER = 'ballot.totals';
export const CLOSED_SIGNAL = 'ballot.closed';
/** How long a close waits for the owner's answer before voiding the ballot. */
const ASK_TIMEOUT_MS = 5000;
/** How long the owner waits for papers whose voter rows committed but whose NOTIFY is still on its way. */
const STRAGGLERS_MS = 3000;
/** Progress events of one ballot: at most one per this interval. */
const PROGRESS_EVERY_MS = 100;

type Settled = { counts: Record<string, ItemCounts>; ballotsCast: number };

/** The owner's totals once they account for `voters` papers, waiting briefly for stragglers; else null. */
export async function settledTotals(ballotId: string, voters: number): Promise<Settled | null> {
  const until = Date.now() + STRAGGLERS_MS;
  for (let turn = 0; ; turn++) {
    const totals = totalsOf(ballotId);
    if (!totals) return null;
    if (totals.ballotsCast === voters) {
      return structuredClone({ counts: totals.counts, ballotsCast: totals.ballotsCast });
    }
    if (totals.ballotsCast > voters || Date.now() > until) return null;
    // a batch that committed just before the close: this process adds it on its next turn; one
    // from another instance: when its NOTIFY arrives
    await new Promise((resolve) => (turn < 100 ? setImmediate(resolve) : setTimeout(resolve, 5)));
  }
}

const pending = new Map<string, (totals: Settled | null) => void>();

/** Asks the owner (another instance) for the settled totals; null: none (lost, or short). */
export function askOwnerTotals(live: LiveBus, ballotId: string, voters: number): Promise<Settled | null> {
  const request = randomUUID();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(request);
      resolve(null);
    }, ASK_TIMEOUT_MS + STRAGGLERS_MS);
    pending.set(request, (totals) => {
      clearTimeout(timer);
      pending.delete(request);
      resolve(totals);
    });
    live.signal(TOTALS_ASK, { ballotId, request, voters }).catch(() => pending.get(request)?.(null));
  });
}

const progress = new Map<string, NodeJS.Timeout>();

/** Papers were added to a ballot this process owns: publish its progress (throttled). */
export function onPapersAdded(db: Db, ballotId: string) {
  if (progress.has(ballotId)) return;
  progress.set(
    ballotId,
    setTimeout(() => {
      progress.delete(ballotId);
      const t = totalsOf(ballotId);
      if (!t) return;
      const payload: BallotLiveEvent = { ballotId, status: 'open', ballotsCast: t.ballotsCast };
      void publishLive(db, [{ conferenceId: t.conferenceId, topic: BALLOT_TOPIC, payload }]).catch(() => {});
    }, PROGRESS_EVERY_MS),
  );
}

/** Registers this instance's side of the link (once per app). */
export function linkOwner(app: AppInstance) {
  const { db } = app.deps;
  const partial = new Map<string, PaperSums[]>();
  const stops = [
    app.live.onSignal(PAPERS_SIGNAL, (s) => {
      const sums = s.data as PaperSums;
      if (!totalsOf(sums.ballotId)) return; // not the owner
      let parts = [sums];
      if (sums.parts > 1) {
        parts = [...(partial.get(sums.batch) ?? []), sums];
        if (parts.length < sums.parts) {
          partial.set(sums.batch, parts);
          return;
        }
        partial.delete(sums.batch);
      }
      for (const p of parts) addSums(p.ballotId, p.part === 0 ? p.papers : 0, p.counts);
      onPapersAdded(db, sums.ballotId);
    }),
    app.live.onSignal(TOTALS_ASK, (s) => {
      const ask = s.data as { ballotId: string; request: string; voters: number };
      if (!totalsOf(ask.ballotId)) return;
      void settledTotals(ask.ballotId, ask.voters).then((totals) =>
        app.live.signal(TOTALS_ANSWER, { request: ask.request, totals }),
      );
    }),
    app.live.onSignal(TOTALS_ANSWER, (s) => {
      const answer = s.data as { request: string; totals: Settled | null };
      pending.get(answer.request)?.(answer.totals);
    }),
    app.live.onSignal(CLOSED_SIGNAL, (s) => {
      const { ballotId } = s.data as { ballotId: string };
      dropTotals(ballotId);
    }),
  ];
  app.addHook('onClose', async () => {
    for (const stop of stops) stop();
  });
}
