// Group commit for check-ins (đón tiếp). At the door many phones scan at once; one transaction per
// scan makes them wait for each other's commits (on PGlite a commit is the expensive part). So the
// scans that arrive while a batch is being written wait and go together in the next one:
//   1. one SELECT finds every scanned delegate (by token hash or id);
//   2. one statement inserts their check-ins — ON CONFLICT (delegate_id) DO NOTHING, the primary
//      key deciding who was first, also against other instances — and the audit rows of the ones
//      inserted;
//   3. only if some were already checked in: one SELECT of those rows.
// The same person twice in one batch: the first request (arrival order) gets the new check-in,
// the other the same row as "already checked in". Every request is answered after its batch commits.
import { inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { CheckinMethod } from '../../../shared/schemas/delegates';
import type { Db } from '../../db/client';
import { delegateCheckins, delegates } from '../../db/schema/index';
import { AppError } from '../../errors';
import type { CheckinOutcome } from './checkin-mutations';
import type { CheckinRow, DelegateRow } from './data';

export type CheckinRequest = {
  actor: Actor;
  conferenceId: string;
  /** One of the two: the SHA-256 of a well-formed token, or a delegate's id. */
  tokenHash?: string;
  delegateId?: string;
  method: CheckinMethod;
  /** Refusal when the day rule does not allow checking in (given after the delegate is known). */
  closed: AppError | null;
};

type Waiting = CheckinRequest & {
  resolve: (o: CheckinOutcome) => void;
  reject: (err: unknown) => void;
  delegate?: DelegateRow;
};
type Queue = { waiting: Waiting[]; running: boolean };

const MAX_BATCH = 500;
const queues = new WeakMap<Db, Queue>();

export const FORGED_TOKEN =
  'Mã mời không hợp lệ: không có trong hệ thống hoặc đã được cấp lại. Hãy tìm đại biểu theo tên.';
export const OTHER_CONFERENCE = 'Mã mời này thuộc một hội nghị khác, không phải hội nghị đang đón tiếp.';
export const refuseToken = (message: string) =>
  new AppError('VALIDATION', message, { fields: { token: message } });

/** Resolves with the check-in (new or existing); rejects when the scan is refused, recording nothing. */
export function enqueueCheckin(db: Db, request: CheckinRequest): Promise<CheckinOutcome> {
  let queue = queues.get(db);
  if (!queue) {
    queue = { waiting: [], running: false };
    queues.set(db, queue);
  }
  const q = queue;
  const done = new Promise<CheckinOutcome>((resolve, reject) =>
    q.waiting.push({ ...request, resolve, reject }),
  );
  if (!q.running) {
    // next turn of the event loop: the requests already received join this batch
    q.running = true;
    setImmediate(() => void drain(db, q));
  }
  return done;
}

async function drain(db: Db, queue: Queue) {
  try {
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0, MAX_BATCH);
      try {
        await commitBatch(db, batch);
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    queue.running = false;
  }
}

type RawCheckin = {
  delegate_id: string;
  checked_in_at: Date | string;
  checked_in_by: string | null;
  checked_in_by_name: string;
  method: string;
};

async function commitBatch(db: Db, batch: Waiting[]): Promise<void> {
  const hashes = batch.flatMap((w) => (w.tokenHash ? [w.tokenHash] : []));
  const ids = batch.flatMap((w) => (w.delegateId ? [w.delegateId] : []));
  const found = await db
    .select()
    .from(delegates)
    .where(
      or(
        hashes.length ? inArray(delegates.tokenHash, hashes) : undefined,
        ids.length ? inArray(delegates.id, ids) : undefined,
      ),
    );
  const byHash = new Map(found.flatMap((d) => (d.tokenHash ? [[d.tokenHash, d] as const] : [])));
  const byId = new Map(found.map((d) => [d.id, d]));
  const ready: Waiting[] = [];
  for (const w of batch) {
    const d = w.tokenHash ? byHash.get(w.tokenHash) : byId.get(w.delegateId!);
    if (!d || (!w.tokenHash && d.conferenceId !== w.conferenceId)) {
      w.reject(
        w.tokenHash
          ? refuseToken(FORGED_TOKEN)
          : new AppError('NOT_FOUND', 'Không tìm thấy đại biểu trong danh sách của hội nghị này'),
      );
    } else if (d.conferenceId !== w.conferenceId) w.reject(refuseToken(OTHER_CONFERENCE));
    else if (w.closed) w.reject(w.closed);
    else ready.push(Object.assign(w, { delegate: d }));
  }
  if (ready.length === 0) return;
  // the first request for each delegate (arrival order) is the one that may insert
  const firsts = new Map<string, Waiting>();
  for (const w of ready) if (!firsts.has(w.delegate!.id)) firsts.set(w.delegate!.id, w);
  const rows = [...firsts.values()].map((w) => ({
    delegate_id: w.delegate!.id,
    organization_id: w.delegate!.organizationId,
    conference_id: w.delegate!.conferenceId,
    by_id: w.actor.userId,
    by_name: w.actor.fullName,
    method: w.method,
    full_name: w.delegate!.fullName,
  }));
  const result = await db.execute(sql`
    WITH x AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(delegate_id uuid, organization_id uuid,
        conference_id uuid, by_id uuid, by_name text, method text, full_name text)
    ), ins AS (
      INSERT INTO delegate_checkins (delegate_id, organization_id, conference_id, checked_in_by, checked_in_by_name, method)
      SELECT delegate_id, organization_id, conference_id, by_id, by_name, method FROM x
      ON CONFLICT (delegate_id) DO NOTHING
      RETURNING delegate_id, checked_in_at, checked_in_by, checked_in_by_name, method
    ), aud AS (
      INSERT INTO audit_log (organization_id, conference_id, actor_user_id, actor_name, action, entity_type, entity_id, after)
      SELECT x.organization_id, x.conference_id, ins.checked_in_by, ins.checked_in_by_name, 'delegate.checked_in',
             'delegate', ins.delegate_id::text,
             jsonb_build_object('fullName', x.full_name, 'method', ins.method, 'at', ins.checked_in_at)
      FROM ins JOIN x USING (delegate_id)
    )
    SELECT delegate_id, checked_in_at, checked_in_by, checked_in_by_name, method FROM ins`);
  const inserted = new Map<string, CheckinRow>();
  for (const r of (result as unknown as { rows: RawCheckin[] }).rows) {
    const w = firsts.get(r.delegate_id)!;
    inserted.set(r.delegate_id, {
      delegateId: r.delegate_id,
      organizationId: w.delegate!.organizationId,
      conferenceId: w.delegate!.conferenceId,
      checkedInAt: new Date(r.checked_in_at),
      checkedInBy: r.checked_in_by,
      checkedInByName: r.checked_in_by_name,
      method: r.method,
    });
  }
  const missing = [...firsts.keys()].filter((id) => !inserted.has(id));
  const existing = new Map<string, CheckinRow>();
  if (missing.length) {
    for (const c of await db
      .select()
      .from(delegateCheckins)
      .where(inArray(delegateCheckins.delegateId, missing))) {
      existing.set(c.delegateId, c);
    }
  }
  for (const w of ready) {
    const id = w.delegate!.id;
    const mine = inserted.has(id) && firsts.get(id) === w;
    const checkin = inserted.get(id) ?? existing.get(id);
    if (!checkin) w.reject(new AppError('CONFLICT', 'Đại biểu vừa bị xóa khỏi danh sách'));
    else w.resolve({ delegate: w.delegate!, checkin, inserted: mine });
  }
}
