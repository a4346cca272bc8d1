// Đón tiếp: the writes of a check-in. The same-instant guarantee is the primary key of
// delegate_checkins (one row per delegate): a check-in is an INSERT … ON CONFLICT DO NOTHING whose
// audit rows are written by the same statement; a second insert does nothing and reads the first
// one's row, so both answers say who checked the person in and when.
//
// Scans arrive in batches (checkin-queue.ts, on the shared GroupCommit); one batch is
//   1. one SELECT finding every scanned delegate (by token hash or id);
//   2. one statement inserting their check-ins and the audit rows of the ones inserted;
//   3. only if some were already checked in: one SELECT of those rows.
// The same person twice in one batch: the first request (arrival order) gets the new check-in,
// the other the same row as "already checked in".
// The batch is one transaction that also records the live event of every new check-in
// (publishLive: `checkin`, announced to every instance at commit), so an acknowledged check-in
// always has its event; undo and walk-in publish theirs in their own transactions.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { CheckInUndoneEvent, CheckinMethod, WalkInInput } from '../../../shared/schemas/delegates';
import type { Db } from '../../db/client';
import { delegateCheckins, delegates } from '../../db/schema/index';
import { AppError } from '../../errors';
import type { Waiter } from '../../group-commit';
import { publishLive } from '../../live/bus';
import { writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import type { CheckinOutcome, CheckinRow, DelegateRow } from './data';
import { assertCapRoom, insertDelegates, lockList } from './mutations';
import { presentCheckinEvent } from './presenters';

export type CheckinRequest = {
  actor: Actor;
  conferenceId: string;
  /** The conference (its category labels go into the live event). */
  conf: ConferenceRow;
  /** One of the two: the SHA-256 of a well-formed token, or a delegate's id. */
  tokenHash?: string;
  delegateId?: string;
  method: CheckinMethod;
  /** Refusal when the day rule does not allow checking in (given after the delegate is known). */
  closed: AppError | null;
};

export const FORGED_TOKEN =
  'Mã mời không hợp lệ: không có trong hệ thống hoặc đã được cấp lại. Hãy tìm đại biểu theo tên.';
export const OTHER_CONFERENCE = 'Mã mời này thuộc một hội nghị khác, không phải hội nghị đang đón tiếp.';
export const refuseToken = (message: string) =>
  new AppError('VALIDATION', message, { fields: { token: message } });

const deletedMeanwhile = () => new AppError('CONFLICT', 'Đại biểu vừa bị xóa khỏi danh sách');

type NewCheckin = { delegate: DelegateRow; actor: Actor; method: CheckinMethod };

type RawCheckin = {
  delegate_id: string;
  checked_in_at: Date | string;
  checked_in_by: string | null;
  checked_in_by_name: string;
  method: string;
};

/**
 * Inserts the check-ins of delegates not checked in yet, each with its audit row, in one
 * statement; answers the rows inserted by delegate id (the others were already checked in).
 */
async function insertCheckins(db: Db, entries: readonly NewCheckin[]): Promise<Map<string, CheckinRow>> {
  const rows = entries.map(({ delegate: d, actor, method }) => ({
    delegate_id: d.id,
    organization_id: d.organizationId,
    conference_id: d.conferenceId,
    by_id: actor.userId,
    by_name: actor.fullName,
    method,
    full_name: d.fullName,
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
  const byId = new Map(entries.map((e) => [e.delegate.id, e.delegate]));
  const inserted = new Map<string, CheckinRow>();
  for (const r of (result as unknown as { rows: RawCheckin[] }).rows) {
    const d = byId.get(r.delegate_id)!;
    inserted.set(r.delegate_id, {
      delegateId: r.delegate_id,
      organizationId: d.organizationId,
      conferenceId: d.conferenceId,
      checkedInAt: new Date(r.checked_in_at),
      checkedInBy: r.checked_in_by,
      checkedInByName: r.checked_in_by_name,
      method: r.method,
      clientId: null,
      deviceAt: null,
      receivedAt: new Date(r.checked_in_at),
    });
  }
  return inserted;
}

async function listCheckins(db: Db, delegateIds: string[]): Promise<Map<string, CheckinRow>> {
  if (delegateIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(delegateCheckins)
    .where(inArray(delegateCheckins.delegateId, delegateIds));
  return new Map(rows.map((c) => [c.delegateId, c]));
}

/** Records the check-in unless the delegate already has one; never changes an existing one. */
export async function recordCheckin(db: Db, entry: NewCheckin): Promise<CheckinOutcome> {
  const d = entry.delegate;
  const inserted = (await insertCheckins(db, [entry])).get(d.id);
  if (inserted) return { delegate: d, checkin: inserted, inserted: true };
  const existing = (await listCheckins(db, [d.id])).get(d.id);
  if (!existing) throw deletedMeanwhile();
  return { delegate: d, checkin: existing, inserted: false };
}

/** Why a scan is refused before anything is written (null: it may check in). */
function refusal(w: CheckinRequest, d: DelegateRow | undefined): AppError | null {
  if (!d || (!w.tokenHash && d.conferenceId !== w.conferenceId)) {
    return w.tokenHash
      ? refuseToken(FORGED_TOKEN)
      : new AppError('NOT_FOUND', 'Không tìm thấy đại biểu trong danh sách của hội nghị này');
  }
  if (d.conferenceId !== w.conferenceId) return refuseToken(OTHER_CONFERENCE);
  return w.closed;
}

/** The live events (`checkin`) of the check-ins just inserted, in the writer's transaction. */
export async function publishCheckins(
  tx: Db,
  outcomes: readonly { conf: ConferenceRow; outcome: CheckinOutcome }[],
) {
  await publishLive(
    tx,
    outcomes
      .filter(({ outcome }) => outcome.inserted)
      .map(({ conf, outcome }) => ({
        conferenceId: conf.id,
        topic: 'checkin',
        payload: presentCheckinEvent(conf, outcome),
      })),
  );
}

/**
 * One batch of scans (the GroupCommit's commit): settles every waiter with its check-in (new or
 * existing), or rejects it when the scan is refused, recording nothing for it. Waiters are
 * settled after the batch's transaction commits.
 */
export async function commitCheckins(
  db: Db,
  batch: readonly Waiter<CheckinRequest, CheckinOutcome>[],
): Promise<void> {
  const settle: (() => void)[] = [];
  await db.transaction((tx) => writeCheckins(tx, batch, settle));
  for (const s of settle) s();
}

/** The delegates scanned (by token hash) or picked by name (by id), of any conference. */
export async function findScanned(db: Db, hashes: readonly string[], ids: readonly string[]) {
  const found = await db
    .select()
    .from(delegates)
    .where(
      or(
        hashes.length ? inArray(delegates.tokenHash, [...hashes]) : undefined,
        ids.length ? inArray(delegates.id, [...ids]) : undefined,
      ),
    );
  return {
    found,
    byHash: new Map(found.flatMap((d) => (d.tokenHash ? [[d.tokenHash, d] as const] : []))),
    byId: new Map(found.map((d) => [d.id, d])),
  };
}

async function writeCheckins(
  db: Db,
  batch: readonly Waiter<CheckinRequest, CheckinOutcome>[],
  settle: (() => void)[],
): Promise<void> {
  const { byHash, byId } = await findScanned(
    db,
    batch.flatMap((w) => (w.request.tokenHash ? [w.request.tokenHash] : [])),
    batch.flatMap((w) => (w.request.delegateId ? [w.request.delegateId] : [])),
  );
  const ready: { w: Waiter<CheckinRequest, CheckinOutcome>; d: DelegateRow }[] = [];
  for (const w of batch) {
    const d = w.request.tokenHash ? byHash.get(w.request.tokenHash) : byId.get(w.request.delegateId!);
    const refused = refusal(w.request, d);
    if (refused) settle.push(() => w.reject(refused));
    else ready.push({ w, d: d! });
  }
  if (ready.length === 0) return;
  // the first request for each delegate (arrival order) is the one that may insert
  const firsts = new Map<string, (typeof ready)[number]>();
  for (const r of ready) if (!firsts.has(r.d.id)) firsts.set(r.d.id, r);
  const inserted = await insertCheckins(
    db,
    [...firsts.values()].map(({ w, d }) => ({
      delegate: d,
      actor: w.request.actor,
      method: w.request.method,
    })),
  );
  const existing = await listCheckins(
    db,
    [...firsts.keys()].filter((id) => !inserted.has(id)),
  );
  const outcomes: { conf: ConferenceRow; outcome: CheckinOutcome }[] = [];
  for (const r of ready) {
    const id = r.d.id;
    const checkin = inserted.get(id) ?? existing.get(id);
    if (!checkin) {
      settle.push(() => r.w.reject(deletedMeanwhile()));
      continue;
    }
    const outcome = { delegate: r.d, checkin, inserted: inserted.has(id) && firsts.get(id) === r };
    outcomes.push({ conf: r.w.request.conf, outcome });
    settle.push(() => r.w.resolve(outcome));
  }
  // a batch holds the scans of every conference that arrived together (checkin-queue.ts)
  await publishCheckins(db, outcomes);
}

/**
 * Khách đến không có trong danh sách: added (as source walk_in, even on a finalized list) and
 * checked in, in one transaction, only if the cap leaves room — the list row is held while counting.
 */
export async function walkIn(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  input: WalkInInput,
): Promise<CheckinOutcome> {
  return db.transaction(async (tx) => {
    const locked = await lockList(tx, conf);
    await assertCapRoom(tx, locked.conf, 1);
    const [row] = await insertDelegates({
      tx,
      actor,
      conf: locked.conf,
      inputs: [{ ...input, kind: 'individual', attributes: [], unitId: null, email: '' }],
      source: 'walk_in',
    });
    if (!row) throw new Error('insert returned nothing');
    const outcome = await recordCheckin(tx, { delegate: row, actor, method: 'walk_in' });
    await publishCheckins(tx, [{ conf: locked.conf, outcome }]);
    return outcome;
  });
}

/**
 * Hoàn tác: a volunteer tapped "Đón" on the wrong person. Removes the delegate's check-in (a walk-in
 * stays on the list, not arrived), audited with the check-in it removed. Another conference's or an
 * unknown delegate → 404; a delegate not checked in (or undone meanwhile on another phone) → 409.
 */
export async function undoCheckin(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  delegateId: string,
): Promise<{ delegate: DelegateRow; checkin: CheckinRow }> {
  return db.transaction(async (tx) => {
    const [d] = await tx
      .select()
      .from(delegates)
      .where(and(eq(delegates.id, delegateId), eq(delegates.conferenceId, conf.id)));
    if (!d) throw new AppError('NOT_FOUND', 'Không tìm thấy đại biểu trong danh sách của hội nghị này');
    const [c] = await tx.delete(delegateCheckins).where(eq(delegateCheckins.delegateId, d.id)).returning();
    if (!c) {
      throw new AppError(
        'CONFLICT',
        `${d.fullName} chưa được ghi nhận có mặt, không có lượt đón nào để hoàn tác`,
      );
    }
    await writeConferenceAudit(tx, actor, conf, {
      action: 'delegate.checkin_undone',
      entityType: 'delegate',
      entityId: d.id,
      before: { fullName: d.fullName, method: c.method, at: c.checkedInAt },
    });
    const event: CheckInUndoneEvent = { delegateId: d.id, fullName: d.fullName };
    await publishLive(tx, [{ conferenceId: conf.id, topic: 'checkin_undone', payload: event }]);
    return { delegate: d, checkin: c };
  });
}
