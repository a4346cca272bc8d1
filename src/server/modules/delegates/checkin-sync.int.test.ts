// Đón tiếp ngoại tuyến: a reception phone that lost the hall's Wi-Fi sends its queue when it is back.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCheckinDay } from '../../../../tests/helpers/delegates';
import type { TestApp } from '../../../../tests/helpers/test-app';
import { planSchema } from '../../../shared/schemas/plan';
import { vanYenPlan } from '../../seed/van-yen';
import { findActorBySessionToken } from '../auth/data';
import { createConference } from '../conferences/mutations';
import { listInvitationData } from './list-mutations';
import { createDelegates } from './mutations';
import { invitationKey } from './tokens';

let t: TestApp, conf: string, secretary: string, reception: string, close: () => Promise<void>;
type Entry = { delegateId: string; fullName: string; token: string };
let invites: Entry[];
let next = 0;
/** A delegate nobody has touched yet in this file. */
const fresh = () => invites[next++]!;

beforeAll(async () => {
  ({ t, conf, secretary, reception, close } = await openCheckinDay());
  invites = (await t.send('POST', `${conf}/delegates/invitations`, secretary, {})).json().items;
});
afterAll(async () => close?.());

type Item = Record<string, unknown>;
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const checkinItem = (e: Entry, extra: Item = {}): Item => ({
  clientId: randomUUID(),
  kind: 'checkin',
  token: e.token,
  deviceAt: minutesAgo(5),
  ...extra,
});
type Result = {
  clientId: string;
  status: string;
  message: string;
  delegateId: string | null;
  checkIn: { byName: string; method: string } | null;
};
async function sync(cookie: string, items: Item[]): Promise<Result[]> {
  const res = await t.send('POST', `${conf}/checkins/sync`, cookie, { items });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().results;
}
async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}
const checkinsOf = (delegateId: string) =>
  rows<{
    checked_in_at: Date;
    checked_in_by_name: string;
    client_id: string | null;
    device_at: Date | null;
    received_at: Date;
  }>(
    sql`SELECT checked_in_at, checked_in_by_name, client_id, device_at, received_at FROM delegate_checkins WHERE delegate_id = ${delegateId}`,
  );
const count = async (table: 'delegate_checkins' | 'audit_log' | 'live_events') =>
  Number((await rows<{ n: string }>(sql`SELECT count(*) AS n FROM ${sql.raw(table)}`))[0]!.n);

describe('the day list', () => {
  it('gives what the phone needs to search and scan offline, and nothing more', async () => {
    const res = await t.send('GET', `${conf}/checkin/day-list`, reception);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const list = res.json();
    expect(list.delegates).toHaveLength(100);
    expect(list.keepUntil).toMatch(/T17:00:00\.000Z$/);
    const one = list.delegates.find((d: { id: string }) => d.id === invites[0]!.delegateId);
    expect(Object.keys(one).sort()).toEqual(
      [
        'category',
        'categoryLabel',
        'checkIn',
        'fullName',
        'id',
        'searchName',
        'seatGroup',
        'subgroup',
        'tokenHash',
        'unitName',
        'walkIn',
      ].sort(),
    );
    expect(one.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body).not.toContain(invites[0]!.token);
    expect((await t.send('GET', `${conf}/checkin/day-list`, await t.login('tdp5'))).statusCode).toBe(403);
  });
});

describe('syncing a phone’s queue', () => {
  it('records a batch once, however often it is sent, each with its audit row and live event', async () => {
    const a = fresh();
    const b = fresh();
    const items = [checkinItem(a), checkinItem(b, { token: undefined, delegateId: b.delegateId })];
    const before = {
      c: await count('delegate_checkins'),
      audit: await count('audit_log'),
      live: await count('live_events'),
    };
    const first = await sync(reception, items);
    expect(first.map((r) => r.status)).toEqual(['checked_in', 'checked_in']);
    expect(first[0]!.message).toContain(`Đã đón ${a.fullName}`);
    expect(first[1]!.checkIn).toMatchObject({ byName: 'Lê Thị Vy', method: 'search' });
    const again = await sync(reception, items);
    expect(again).toEqual(first);
    expect(await count('delegate_checkins')).toBe(before.c + 2);
    expect(await count('audit_log')).toBe(before.audit + 2);
    const events = await rows<{ topic: string; payload: { delegateId: string } }>(
      sql`SELECT topic, payload FROM live_events ORDER BY id DESC LIMIT 2`,
    );
    expect(await count('live_events')).toBe(before.live + 2);
    expect(events.map((e) => e.payload.delegateId).sort()).toEqual([a.delegateId, b.delegateId].sort());
    expect(events.every((e) => e.topic === 'checkin')).toBe(true);
  });

  it('keeps the earliest check-in: an earlier offline one replaces a later online one', async () => {
    const a = fresh();
    // the secretary checks them in online now; the phone had checked them in 10 minutes ago
    expect(
      (await t.send('POST', `${conf}/checkins`, secretary, { delegateId: a.delegateId })).statusCode,
    ).toBe(201);
    const deviceAt = minutesAgo(10);
    const [r] = await sync(reception, [checkinItem(a, { deviceAt })]);
    expect(r!.status).toBe('checked_in');
    expect(r!.message).toContain('sớm hơn lượt đón');
    const [row] = await checkinsOf(a.delegateId);
    expect(row!.checked_in_by_name).toBe('Lê Thị Vy');
    expect(new Date(row!.checked_in_at).toISOString()).toBe(deviceAt);
    // a later offline one does not replace an earlier one, and names who checked them in
    const b = fresh();
    await sync(secretary, [checkinItem(b, { deviceAt: minutesAgo(30) })]);
    const [late] = await sync(reception, [checkinItem(b, { deviceAt: minutesAgo(1) })]);
    expect(late!.status).toBe('already_checked_in');
    expect(late!.message).toMatch(/Đã đón lúc \d\d:\d\d bởi .+/);
    expect(late!.message).not.toContain('Lê Thị Vy');
    expect(await checkinsOf(b.delegateId)).toHaveLength(1);
  });

  it("orders by the server's receipt when the phone's clock is off by more than the setting; keeps both times", async () => {
    const a = fresh();
    const deviceAt = new Date(Date.now() - 13 * 3600_000).toISOString(); // the setting: 12 h
    const before = Date.now();
    const [r] = await sync(reception, [checkinItem(a, { deviceAt })]);
    expect(r!.status).toBe('checked_in');
    const [row] = await checkinsOf(a.delegateId);
    expect(new Date(row!.device_at!).toISOString()).toBe(deviceAt);
    expect(new Date(row!.checked_in_at).getTime()).toBe(new Date(row!.received_at).getTime());
    expect(new Date(row!.received_at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // a phone whose clock is in the future is not believed either
    const b = fresh();
    await sync(reception, [checkinItem(b, { deviceAt: new Date(Date.now() + 3600_000).toISOString() })]);
    const [rowB] = await checkinsOf(b.delegateId);
    expect(new Date(rowB!.checked_in_at).getTime()).toBe(new Date(rowB!.received_at).getTime());
  });

  it("refuses forged and another conference's tokens, storing nothing but the sync item", async () => {
    const db = t.database.db;
    const actor = (await findActorBySessionToken(db, secretary.split('=')[1]!))!.actor;
    const plan = planSchema.parse({ ...vanYenPlan(() => null), name: 'Hội nghị khác (đồng bộ)' });
    const other = await createConference(db, null, t.demo.organizationId, plan, []);
    await createDelegates(db, actor, other, [
      {
        category: 'guest',
        subgroup: '',
        kind: 'individual',
        fullName: 'Trần Văn Khác',
        gender: 'male',
        attributes: [],
        title: '',
        unitId: null,
        unitName: '',
        seatGroup: '',
        phone: '',
        email: '',
        note: '',
      },
    ]);
    const [foreign] = await listInvitationData({
      db,
      actor,
      conf: other,
      key: invitationKey(t.app.deps.env),
    });
    const before = {
      c: await count('delegate_checkins'),
      audit: await count('audit_log'),
      live: await count('live_events'),
    };
    const items = [
      {
        clientId: randomUUID(),
        kind: 'checkin',
        token: randomBytes(32).toString('base64url'),
        deviceAt: minutesAgo(2),
      },
      { clientId: randomUUID(), kind: 'checkin', token: 'abc', deviceAt: minutesAgo(2) },
      { clientId: randomUUID(), kind: 'checkin', token: foreign!.token, deviceAt: minutesAgo(2) },
    ];
    const results = await sync(reception, items);
    expect(results.map((r) => r.status)).toEqual(['refused', 'refused', 'refused']);
    expect(results[0]!.message).toContain('Mã mời không hợp lệ');
    expect(results[1]!.message).toContain('Mã mời không hợp lệ');
    expect(results[2]!.message).toContain('thuộc một hội nghị khác');
    expect(await count('delegate_checkins')).toBe(before.c);
    expect(await count('audit_log')).toBe(before.audit);
    expect(await count('live_events')).toBe(before.live);
    const stored = await rows<{ status: string }>(
      sql`SELECT status FROM checkin_sync_items WHERE client_id IN (${sql.join(
        items.map((i) => sql`${i.clientId}::uuid`),
        sql`, `,
      )})`,
    );
    expect(stored.map((s) => s.status)).toEqual(['refused', 'refused', 'refused']);
  });

  it('answers already_checked_in naming the other phone when someone checked them in meanwhile', async () => {
    const a = fresh();
    // phone B (the secretary) checks them in online; phone A had queued it after that moment
    expect((await t.send('POST', `${conf}/checkins`, secretary, { token: a.token })).statusCode).toBe(201);
    const [r] = await sync(reception, [checkinItem(a, { deviceAt: new Date().toISOString() })]);
    expect(r!.status).toBe('already_checked_in');
    expect(r!.message).toContain(a.fullName);
    const [row] = await checkinsOf(a.delegateId);
    expect(r!.message).toContain(`bởi ${row!.checked_in_by_name}`);
    expect(r!.checkIn).toMatchObject({ byName: row!.checked_in_by_name, method: 'qr' });
    expect(row!.checked_in_by_name).not.toBe('Lê Thị Vy');
  });

  it("undoes the phone's own offline check-in, not another's; a replay never brings it back", async () => {
    const a = fresh();
    const made = checkinItem(a, { deviceAt: minutesAgo(4) });
    const undo = {
      clientId: randomUUID(),
      kind: 'undo',
      delegateId: a.delegateId,
      undoes: made.clientId,
      deviceAt: minutesAgo(3),
    };
    const results = await sync(reception, [made, undo]);
    expect(results.map((r) => r.status)).toEqual(['checked_in', 'undone']);
    expect(results[1]!.checkIn).toBeNull();
    expect(await checkinsOf(a.delegateId)).toHaveLength(0);
    expect((await sync(reception, [made, undo])).map((r) => r.status)).toEqual(['checked_in', 'undone']);
    expect(await checkinsOf(a.delegateId)).toHaveLength(0);
    const audit = await rows<{ actor_name: string }>(
      sql`SELECT actor_name FROM audit_log WHERE action = 'delegate.checkin_undone' AND entity_id = ${a.delegateId}`,
    );
    expect(audit).toEqual([{ actor_name: 'Lê Thị Vy' }]);

    // another volunteer's check-in stays
    const b = fresh();
    await t.send('POST', `${conf}/checkins`, secretary, { delegateId: b.delegateId });
    const [kept] = await sync(reception, [
      { clientId: randomUUID(), kind: 'undo', delegateId: b.delegateId, deviceAt: minutesAgo(0) },
    ]);
    expect(kept!.status).toBe('not_undone');
    expect(kept!.message).toMatch(/đã được đón lúc \d\d:\d\d bởi .+ trên máy khác/);
    expect(await checkinsOf(b.delegateId)).toHaveLength(1);
    // …and the same user's own online check-in may be undone from the queue
    const c = fresh();
    await t.send('POST', `${conf}/checkins`, reception, { delegateId: c.delegateId });
    const [own] = await sync(reception, [
      { clientId: randomUUID(), kind: 'undo', delegateId: c.delegateId, deviceAt: minutesAgo(0) },
    ]);
    expect(own!.status).toBe('undone');
  });

  it('syncs a 100-item batch in one request', async () => {
    const all = (await t.send('GET', `${conf}/checkin/day-list`, reception)).json().delegates as {
      id: string;
      checkIn: unknown;
    }[];
    const items = all.map((d) => ({
      clientId: randomUUID(),
      kind: 'checkin',
      delegateId: d.id,
      deviceAt: new Date().toISOString(),
    }));
    // tapped now: later than every check-in already stored, so those stay
    expect(items).toHaveLength(100);
    const started = Date.now();
    const results = await sync(reception, items);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(results).toHaveLength(100);
    const fresh = all.filter((d) => !d.checkIn).length;
    expect(results.filter((r) => r.status === 'checked_in')).toHaveLength(fresh);
    expect(await count('delegate_checkins')).toBe(100);
  });
});
