// Đón tiếp: walk-ins (scans go through checkin-queue.ts). The same-instant guarantee is the
// primary key of delegate_checkins (one row per delegate): a check-in is an INSERT … ON CONFLICT
// DO NOTHING whose audit row is written by the same statement; a second insert does nothing and
// reads the first one's row, so both answers say who checked the person in and when.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { CheckinMethod, WalkInInput } from '../../../shared/schemas/delegates';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ConferenceRow } from '../conferences/data';
import { type CheckinRow, type DelegateRow, getCheckin } from './data';
import { assertCapRoom, insertDelegates, lockList } from './mutations';

export type CheckinOutcome = { delegate: DelegateRow; checkin: CheckinRow; inserted: boolean };

type RawCheckin = {
  delegate_id: string;
  checked_in_at: Date | string;
  checked_in_by_name: string;
  method: string;
};

/** Records the check-in unless the delegate already has one; never changes an existing one (one delegate). */
export async function recordCheckin(
  db: Db,
  actor: Actor,
  d: DelegateRow,
  method: CheckinMethod,
): Promise<CheckinOutcome> {
  const result = await db.execute(sql`
    WITH ins AS (
      INSERT INTO delegate_checkins (delegate_id, organization_id, conference_id, checked_in_by, checked_in_by_name, method)
      VALUES (${d.id}::uuid, ${d.organizationId}::uuid, ${d.conferenceId}::uuid, ${actor.userId}::uuid, ${actor.fullName}, ${method})
      ON CONFLICT (delegate_id) DO NOTHING
      RETURNING delegate_id, checked_in_at, checked_in_by_name, method
    ), aud AS (
      INSERT INTO audit_log (organization_id, conference_id, actor_user_id, actor_name, action, entity_type, entity_id, after)
      SELECT ${d.organizationId}::uuid, ${d.conferenceId}::uuid, ${actor.userId}::uuid, ${actor.fullName},
             'delegate.checked_in', 'delegate', ins.delegate_id::text,
             jsonb_build_object('fullName', ${d.fullName}::text, 'method', ins.method, 'at', ins.checked_in_at)
      FROM ins
    )
    SELECT delegate_id, checked_in_at, checked_in_by_name, method FROM ins`);
  const row = (result as unknown as { rows: RawCheckin[] }).rows[0];
  if (row) {
    return {
      delegate: d,
      inserted: true,
      checkin: {
        delegateId: d.id,
        organizationId: d.organizationId,
        conferenceId: d.conferenceId,
        checkedInAt: new Date(row.checked_in_at),
        checkedInBy: actor.userId,
        checkedInByName: row.checked_in_by_name,
        method: row.method,
      },
    };
  }
  const existing = await getCheckin(db, d.id);
  if (!existing) throw new AppError('CONFLICT', 'Đại biểu vừa bị xóa khỏi danh sách');
  return { delegate: d, checkin: existing, inserted: false };
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
    const [row] = await insertDelegates(
      tx,
      actor,
      locked.conf,
      [{ ...input, kind: 'individual', attributes: [], unitId: null, email: '' }],
      'walk_in',
    );
    if (!row) throw new Error('insert returned nothing');
    return recordCheckin(tx, actor, row, 'walk_in');
  });
}
