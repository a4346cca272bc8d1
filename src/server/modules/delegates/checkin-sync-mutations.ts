// Đồng bộ đón tiếp ngoại tuyến: a reception phone's queue (check-ins and undos made without the
// network), applied in the order the phone made them, in ONE transaction per request.
//
// - Idempotent by the phone's clientId: an item already in checkin_sync_items answers what it
//   answered the first time, whatever happened since (a check-in replayed after its undo never
//   comes back; an undo replayed never removes a later check-in).
// - A check-in counts at the phone's time when it agrees with the server's receipt within
//   CHECKIN_CLOCK_SKEW_S (and is not in the future), else at the receipt; both are stored.
// - The earliest check-in of a person wins. If the delegate is already checked in later than the
//   offline check-in, the stored row becomes the offline one (time, volunteer, method, clientId):
//   the phone is answered `checked_in` and the correction is audited as a check-in with the
//   replaced one in `before`. If the stored one is earlier (or the same instant), it stays and
//   the phone is answered `already_checked_in` naming who checked them in and when.
// - Refused (forged token, another conference's, unknown delegate, reception closed): nothing is
//   stored but the sync item itself (so a replay answers the same refusal).
// - Every check-in inserted, replaced or removed writes its audit row and a live event
//   ('checkin' / 'checkin_undone') in the same transaction.
import { eq, inArray } from 'drizzle-orm';
import { effectiveCheckinTime, mayUndoOffline, offlineCheckinWins } from '../../../shared/rules/checkin-sync';
import { formatClock } from '../../../shared/rules/checkin-window';
import type { Actor } from '../../../shared/rules/permissions';
import type { SyncItemInput, SyncItemResult, SyncStatus } from '../../../shared/schemas/checkin-sync';
import type { CheckInUndoneEvent } from '../../../shared/schemas/delegates';
import type { Db } from '../../db/client';
import { checkinSyncItems, delegateCheckins } from '../../db/schema/index';
import type { AppError } from '../../errors';
import { type NewLiveEvent, publishLive } from '../../live/bus';
import { type AuditEntry, writeAuditMany } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { FORGED_TOKEN, findScanned, OTHER_CONFERENCE } from './checkin-mutations';
import type { CheckinRow, DelegateRow } from './data';
import { presentCheckIn, presentCheckinEvent } from './presenters';
import { hashToken, isWellFormedToken, normalizeToken } from './tokens';

export type SyncRequest = {
  actor: Actor;
  conf: ConferenceRow;
  /** Why checking in is refused today (null: reception open). */
  closed: AppError | null;
  items: readonly SyncItemInput[];
  skewS: number;
};

export type SyncOutcome = { results: SyncItemResult[] };

const UNKNOWN_DELEGATE = 'Không tìm thấy đại biểu trong danh sách của hội nghị này';

const tokenHashOf = (token: string | undefined): string | null | undefined => {
  if (!token) return undefined;
  const t = normalizeToken(token);
  return isWellFormedToken(t) ? hashToken(t) : null;
};

const byLine = (c: CheckinRow) => `lúc ${formatClock(c.checkedInAt)} bởi ${c.checkedInByName || 'lễ tân'}`;

export async function syncCheckins(db: Db, req: SyncRequest): Promise<SyncOutcome> {
  const { actor, conf, closed, items, skewS } = req;
  return db.transaction(async (tx) => {
    const receivedAt = new Date();
    const clientIds = [...new Set(items.map((i) => i.clientId))];
    const earlier = await tx
      .select()
      .from(checkinSyncItems)
      .where(inArray(checkinSyncItems.clientId, clientIds));
    const answered = new Map(earlier.map((s) => [s.clientId, s]));

    const { found, byHash, byId } = await findScanned(
      tx,
      items.flatMap((i) => {
        const h = tokenHashOf(i.token);
        return h ? [h] : [];
      }),
      items.flatMap((i) => (i.delegateId ? [i.delegateId] : [])),
    );
    const ownIds = found.filter((d) => d.conferenceId === conf.id).map((d) => d.id);
    const stored = new Map<string, CheckinRow>();
    if (ownIds.length) {
      for (const c of await tx
        .select()
        .from(delegateCheckins)
        .where(inArray(delegateCheckins.delegateId, ownIds))
        .for('update')) {
        stored.set(c.delegateId, c);
      }
    }

    const results: SyncItemResult[] = [];
    const newItems: (typeof checkinSyncItems.$inferInsert)[] = [];
    const audits: AuditEntry[] = [];
    const live: NewLiveEvent[] = [];
    const audit = (e: Omit<AuditEntry, 'organizationId' | 'conferenceId'>) =>
      audits.push({ ...e, organizationId: conf.organizationId, conferenceId: conf.id });

    for (const item of items) {
      const prior = answered.get(item.clientId);
      if (prior) {
        const same = prior.conferenceId === conf.id;
        const c = prior.delegateId ? stored.get(prior.delegateId) : undefined;
        results.push({
          clientId: item.clientId,
          status: same ? (prior.status as SyncStatus) : 'refused',
          message: same ? prior.message : OTHER_CONFERENCE,
          delegateId: same ? prior.delegateId : null,
          checkIn: same && c ? presentCheckIn(c) : null,
        });
        continue;
      }
      const answer = (status: SyncStatus, message: string, d: DelegateRow | null) => {
        const c = d ? stored.get(d.id) : undefined;
        const result: SyncItemResult = {
          clientId: item.clientId,
          status,
          message,
          delegateId: d?.id ?? null,
          checkIn: c ? presentCheckIn(c) : null,
        };
        results.push(result);
        const row = {
          clientId: item.clientId,
          organizationId: conf.organizationId,
          conferenceId: conf.id,
          delegateId: d?.id ?? null,
          kind: item.kind,
          status,
          message,
          deviceAt: new Date(item.deviceAt),
          receivedAt,
        };
        newItems.push(row);
        answered.set(item.clientId, { ...row, delegateId: row.delegateId });
      };

      // who: by the scanned token (hashed) or the delegate found by name
      const hash = item.kind === 'checkin' ? tokenHashOf(item.token) : undefined;
      const d = hash === undefined ? byId.get(item.delegateId ?? '') : hash ? byHash.get(hash) : undefined;
      if (!d) {
        answer('refused', hash !== undefined ? FORGED_TOKEN : UNKNOWN_DELEGATE, null);
        continue;
      }
      if (d.conferenceId !== conf.id) {
        answer('refused', hash !== undefined ? OTHER_CONFERENCE : UNKNOWN_DELEGATE, null);
        continue;
      }
      if (closed) {
        answer('refused', closed.message, d);
        continue;
      }
      const current = stored.get(d.id);

      if (item.kind === 'undo') {
        if (!current) {
          answer(
            'not_undone',
            `${d.fullName} chưa được ghi nhận có mặt, không có lượt đón nào để hoàn tác`,
            d,
          );
        } else if (!mayUndoOffline(current, item, actor.userId)) {
          answer(
            'not_undone',
            `${d.fullName} đã được đón ${byLine(current)} trên máy khác; lượt đón đó được giữ nguyên`,
            d,
          );
        } else {
          await tx.delete(delegateCheckins).where(eq(delegateCheckins.delegateId, d.id));
          stored.delete(d.id);
          audit({
            action: 'delegate.checkin_undone',
            entityType: 'delegate',
            entityId: d.id,
            before: { fullName: d.fullName, method: current.method, at: current.checkedInAt, offline: true },
          });
          const event: CheckInUndoneEvent = { delegateId: d.id, fullName: d.fullName };
          live.push({ conferenceId: conf.id, topic: 'checkin_undone', payload: event });
          answer(
            'undone',
            `Đã hoàn tác lượt đón ${d.fullName} (lúc ${formatClock(current.checkedInAt)}): chưa đến`,
            d,
          );
        }
        continue;
      }

      const { at } = effectiveCheckinTime(new Date(item.deviceAt), receivedAt, skewS);
      const values = {
        checkedInAt: at,
        checkedInBy: actor.userId,
        checkedInByName: actor.fullName,
        method: item.method ?? (hash ? 'qr' : 'search'),
        clientId: item.clientId,
        deviceAt: new Date(item.deviceAt),
        receivedAt,
      };
      let row: CheckinRow | undefined;
      if (!current) {
        [row] = await tx
          .insert(delegateCheckins)
          .values({
            delegateId: d.id,
            organizationId: d.organizationId,
            conferenceId: d.conferenceId,
            ...values,
          })
          .onConflictDoNothing()
          .returning();
      } else if (offlineCheckinWins(current.checkedInAt, at)) {
        [row] = await tx
          .update(delegateCheckins)
          .set(values)
          .where(eq(delegateCheckins.delegateId, d.id))
          .returning();
      }
      if (!row) {
        answer('already_checked_in', `${d.fullName}: Đã đón ${byLine(current!)}`, d);
        continue;
      }
      stored.set(d.id, row);
      audit({
        action: 'delegate.checked_in',
        entityType: 'delegate',
        entityId: d.id,
        ...(current
          ? { before: { method: current.method, at: current.checkedInAt, by: current.checkedInByName } }
          : {}),
        after: {
          fullName: d.fullName,
          method: row.method,
          at: row.checkedInAt,
          offline: true,
          deviceAt: row.deviceAt,
        },
      });
      const event = presentCheckinEvent(conf, { delegate: d, checkin: row, inserted: true });
      live.push({ conferenceId: conf.id, topic: 'checkin', payload: event });
      const seat = d.seatGroup ? ` — ${d.seatGroup}` : '';
      answer(
        'checked_in',
        current
          ? `Đã đón ${d.fullName}${seat} (sớm hơn lượt đón lúc ${formatClock(current.checkedInAt)} của ${current.checkedInByName || 'lễ tân'})`
          : `Đã đón ${d.fullName}${seat}`,
        d,
      );
    }

    if (newItems.length) await tx.insert(checkinSyncItems).values(newItems).onConflictDoNothing();
    await writeAuditMany(tx, actor, audits);
    await publishLive(tx, live);
    return { results };
  });
}
