import type { Actor } from '../../../shared/rules/permissions';
import { castBodySchema, castReceiptView } from '../../../shared/schemas/review';
import { authorize } from '../../auth/policy';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { openEventStream } from '../../http/event-stream';
import { eventStream } from '../../http/responses';
import { route } from '../../http/route';
import { cacheTtl, ReadCache } from '../../read-cache';
import { conferenceFor } from '../conferences/access';
import { type ConferenceRow, getConference } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { ballotParams, loadBallot, loadMeeting } from './access';
import { castBallot } from './ballot-mutations';
import { type BallotRow, getBallot, getMeeting, listCouncilMembers, type MeetingRow } from './data';
import { BALLOT_TOPIC, type BallotLiveEvent, linkOwner } from './owner-link';
import { presentBallot } from './presenters';

/** How long another instance's change (ballot opened/closed, seat relinked) may stay unseen here. */
const CAST_CONTEXT_MS = 1000;

type CastContext = {
  conf: ConferenceRow | null;
  meeting: MeetingRow | null;
  ballot: BallotRow | null;
  /** userId → council member id, for the active seats of the meeting's term */
  seats: Map<string, string>;
};

/**
 * Live ballot routes: casting (bỏ phiếu) and the server-sent event stream of a ballot.
 *
 * A cast reads the ballot and the term's seats once per ballot (cached, invalidated by any other
 * write through this process, 1 s on PostgreSQL for other instances) — the cast itself re-checks
 * the ballot's status under a row lock, so a stale cache can only refuse, never count wrongly.
 */
export async function ballotLiveRoutes(app: AppInstance) {
  const { db } = app.deps;
  linkOwner(app);
  const contexts = new ReadCache<Promise<CastContext>>(cacheTtl(app.deps, CAST_CONTEXT_MS));

  const castContext = async (
    actor: Actor,
    params: { conferenceId: string; meetingId: string; ballotId: string },
  ) => {
    const key = `${params.conferenceId}/${params.meetingId}/${params.ballotId}`;
    const gen = app.readGeneration();
    let ctx = contexts.get(key, gen);
    if (!ctx) {
      ctx = loadCastContext(db, params);
      contexts.set(key, ctx, gen);
      ctx.catch(() => contexts.delete(key));
    }
    const c = await ctx;
    // visibility and permission are the actor's own: checked on every request
    const conf = conferenceFor(actor, c.conf);
    authorize(actor, 'review.read', conferenceScope(conf));
    return c;
  };

  route(
    app,
    'POST',
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots/:ballotId/cast',
    {
      policy: 'review.read',
      config: { keepsReadCache: true, keepsActorCache: true },
      // the conference comes from the cast context cache (no per-cast read), checked there
      loadConference: false,
      tags: ['review'],
      summary: 'Bỏ phiếu kín (thành viên có mặt)',
      params: ballotParams,
      body: castBodySchema,
      response: { 200: castReceiptView },
    },
    async ({ req, actor }) => {
      const { meeting, ballot, seats } = await castContext(actor, req.params);
      if (!meeting) throw notFound('phiên họp');
      if (!ballot) throw notFound('phiếu');
      const seat = seats.get(actor.userId);
      if (!seat) throw forbidden('Bạn không phải thành viên Hội đồng nhiệm kỳ này');
      // the owner publishes the progress (owner-link.ts), whichever instance took the paper
      const { receipt } = await castBallot(db, ballot, seat, req.body.choices);
      return {
        receipt,
        message:
          'Đã ghi nhận phiếu của bạn. Mã xác nhận chỉ chứng minh bạn đã bỏ phiếu, không cho biết bạn chọn gì.',
      };
    },
  );

  route(
    app,
    'GET',
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots/:ballotId/events',
    {
      policy: 'review.read',
      tags: ['review'],
      summary: 'Theo dõi trực tiếp phiếu (server-sent events)',
      params: ballotParams,
      response: { 200: eventStream('Tiến độ phiếu (mỗi sự kiện: phiếu như GET phiên họp trả về)') },
    },
    async ({ req, reply, actor, conf }) => {
      const meeting = await loadMeeting(db, conf, req.params.meetingId);
      const b = await loadBallot(db, meeting, req.params.ballotId);
      const res = openEventStream(reply);
      // the id of the last live event seen (SSE `id:`): the ballot's events come from any instance
      let lastId = 0;
      const send = async () => {
        const ballot = await loadBallot(db, meeting, b.id);
        const body = await presentBallot({ db, actor, conf, ballot });
        res.write(`${lastId ? `id: ${lastId}\n` : ''}data: ${JSON.stringify(body)}\n\n`);
      };
      // Casts arrive in bursts: while one update is being sent, later events fold into one more.
      let sending = false;
      let again = false;
      const onEvent = async () => {
        if (sending) {
          again = true;
          return;
        }
        sending = true;
        try {
          do {
            again = false;
            await send();
          } while (again);
        } catch {
          res.end();
        } finally {
          sending = false;
        }
      };
      const stops = [
        app.live.subscribe(conf.id, (e) => {
          if (e.topic !== BALLOT_TOPIC || (e.payload as BallotLiveEvent).ballotId !== b.id) return;
          lastId = e.id;
          void onEvent();
        }),
        // the bus lost its connection a while: the ballot may have changed meanwhile
        app.live.onGap(() => void onEvent()),
      ];
      req.raw.on('close', () => {
        for (const stop of stops) stop();
      });
      await onEvent();
      return reply;
    },
  );
}

async function loadCastContext(
  db: Db,
  params: { conferenceId: string; meetingId: string; ballotId: string },
): Promise<CastContext> {
  const conf = await getConference(db, params.conferenceId);
  const meeting = conf && (await getMeeting(db, conf.id, params.meetingId));
  const ballot = meeting && (await getBallot(db, meeting.id, params.ballotId));
  const seats = new Map<string, string>();
  if (conf && meeting) {
    for (const m of await listCouncilMembers(db, conf.organizationId, meeting.term)) {
      if (m.active && m.userId) seats.set(m.userId, m.id);
    }
  }
  return { conf, meeting, ballot, seats };
}
