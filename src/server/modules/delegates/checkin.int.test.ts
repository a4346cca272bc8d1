import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCheckinDay, openEvents, setConferenceDay } from '../../../../tests/helpers/delegates';
import type { TestApp } from '../../../../tests/helpers/test-app';
import { milestoneInputSchema, planSchema } from '../../../shared/schemas/plan';
import { vanYenPlan } from '../../seed/van-yen';
import { findActorBySessionToken } from '../auth/data';
import { createConference } from '../conferences/mutations';
import { listInvitationData } from './list-mutations';
import { createDelegates } from './mutations';
import { invitationKey } from './tokens';

let t: TestApp, conf: string, secretary: string, close: () => Promise<void>;
let reception: string;
beforeAll(async () => {
  ({ t, conf, secretary, reception, close } = await openCheckinDay());
});
afterAll(async () => close?.());

type Entry = { delegateId: string; fullName: string; token: string; checkinPath: string };

async function invitations(): Promise<Entry[]> {
  const res = await t.send('POST', `${conf}/delegates/invitations`, secretary, {});
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

const checkIn = (cookie: string, payload: object) => t.send('POST', `${conf}/checkins`, cookie, payload);

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}
const checkinCount = async () =>
  Number((await rows<{ n: string }>(sql`SELECT count(*) AS n FROM delegate_checkins`))[0]!.n);

describe('check-in', () => {
  it('checks in by the invitation token; the same QR printed again still works', async () => {
    const items = await invitations();
    expect(items).toHaveLength(100);
    const first = items[0]!;
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.checkinPath).toBe(`/checkin/${first.token}`);
    expect((await invitations())[0]!.token).toBe(first.token);
    // nothing personal and no token in the database in clear
    const stored = await rows<{ token_hash: string; token_sealed: string }>(
      sql`SELECT token_hash, token_sealed FROM delegates WHERE id = ${first.delegateId}`,
    );
    expect(JSON.stringify(stored)).not.toContain(first.token);

    const res = await checkIn(reception, { token: `https://vinhdanh.example${first.checkinPath}` });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      result: 'checked_in',
      delegate: { id: first.delegateId, fullName: first.fullName },
      checkIn: { byName: 'Lê Thị Vy', method: 'qr' },
    });
    const again = await checkIn(reception, { token: first.token });
    expect(again.statusCode).toBe(200);
    expect(again.json().result).toBe('already_checked_in');
    expect(again.json().message).toMatch(/Đã đón lúc \d\d:\d\d bởi Lê Thị Vy$/);
    expect(await checkinCount()).toBe(1);
  });

  it('stops an old QR once the token is issued again; reception cannot issue tokens', async () => {
    const items = await invitations();
    const target = items.find((i) => i.delegateId !== items[0]!.delegateId)!;
    const forbidden = await t.send(
      'POST',
      `${conf}/delegates/${target.delegateId}/invitation/rotate`,
      reception,
    );
    expect(forbidden.statusCode).toBe(403);
    const rotated = await t.send(
      'POST',
      `${conf}/delegates/${target.delegateId}/invitation/rotate`,
      secretary,
    );
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().token).not.toBe(target.token);
    const before = await checkinCount();
    const old = await checkIn(reception, { token: target.token });
    expect(old.statusCode).toBe(400);
    expect(old.json().error.fields.token).toContain('Mã mời không hợp lệ');
    expect(await checkinCount()).toBe(before);
    const audit = await rows<{ after: unknown }>(
      sql`SELECT after FROM audit_log WHERE action = 'delegate.invitation_rotated'`,
    );
    expect(JSON.stringify(audit)).not.toContain(rotated.json().token);
  });

  it('refuses a forged token and records nothing', async () => {
    const before = await checkinCount();
    const audits = (await rows(sql`SELECT id FROM audit_log`)).length;
    for (const token of [randomBytes(32).toString('base64url'), 'abc', `${'A'.repeat(42)}!`]) {
      const res = await checkIn(reception, { token });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('Mã mời không hợp lệ');
    }
    expect(await checkinCount()).toBe(before);
    expect((await rows(sql`SELECT id FROM audit_log`)).length).toBe(audits);
  });

  it("refuses another conference's token", async () => {
    const db = t.database.db;
    const session = secretary.split('=')[1]!;
    const actor = (await findActorBySessionToken(db, session))!.actor;
    const plan = planSchema.parse({ ...vanYenPlan(() => null), name: 'Hội nghị điển hình tiên tiến 2025' });
    const other = await createConference(db, null, t.demo.organizationId, plan, []);
    await createDelegates(db, actor, other, [
      {
        category: 'guest',
        subgroup: '',
        kind: 'individual',
        fullName: 'Nguyễn Văn Khác',
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
    const [entry] = await listInvitationData({ db, actor, conf: other, key: invitationKey(t.app.deps.env) });
    const before = await checkinCount();
    const res = await checkIn(reception, { token: entry!.token });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('thuộc một hội nghị khác');
    expect(await checkinCount()).toBe(before);
  });

  it('checks in once when two phones tap the same person at the same instant; both see who and when', async () => {
    const search = await t.send('GET', `${conf}/checkin/search?q=nguyen van`, reception);
    expect(search.statusCode).toBe(200);
    const found = search.json().items as { id: string; fullName: string; checkIn: unknown }[];
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.every((d) => d.fullName.startsWith('Nguyễn Văn'))).toBe(true);
    const target = found.find((d) => !d.checkIn)!;
    const before = await checkinCount();
    const answers = await Promise.all([
      checkIn(reception, { delegateId: target.id }),
      checkIn(secretary, { delegateId: target.id }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    const [a, b] = answers.map((x) => x.json());
    expect(a.checkIn).toEqual(b.checkIn);
    const later = answers.find((x) => x.statusCode === 200)!.json();
    expect(later.message).toContain(`Đã đón lúc`);
    expect(later.message).toContain(`bởi ${a.checkIn.byName}`);
    expect(await checkinCount()).toBe(before + 1);
    expect(
      (
        await rows(
          sql`SELECT 1 FROM audit_log WHERE action = 'delegate.checked_in' AND entity_id = ${target.id}`,
        )
      ).length,
    ).toBe(1);
  });

  it('delivers each check-in to every reception page (server-sent events)', async () => {
    const baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const url = `${baseUrl}${conf}/checkin/events`;
    const phones = [await openEvents(url, reception), await openEvents(url, secretary)];
    await Promise.all(phones.map((p) => p.ready()));
    const { items } = (await t.send('GET', `${conf}/checkin/not-arrived`, reception)).json();
    const target = items[0] as { id: string; fullName: string };
    expect((await checkIn(reception, { delegateId: target.id })).statusCode).toBe(201);
    await Promise.all(phones.map((p) => p.next(1)));
    for (const p of phones) {
      const e = p.events.find((x) => x.event === 'checkin')!.data as {
        delegateId: string;
        fullName: string;
        checkIn: { byName: string };
      };
      expect(e).toMatchObject({
        delegateId: target.id,
        fullName: target.fullName,
        checkIn: { byName: 'Lê Thị Vy' },
      });
      p.close();
    }
  });

  it('counts arrivals by category; walk-ins only within the cap', async () => {
    const s = (await t.send('GET', `${conf}/checkin/summary`, reception)).json();
    expect(s.total).toBe(100);
    expect(s.arrived).toBe(3);
    expect(s.byCategory.map((c: { key: string; total: number }) => [c.key, c.total])).toEqual([
      ['exemplary', 70],
      ['guest', 30],
    ]);
    const walkIn = () =>
      t.send('POST', `${conf}/checkins/walk-in`, reception, {
        category: 'guest',
        fullName: 'Trần Văn Vãng Lai',
        unitName: 'Báo Hà Tĩnh',
      });
    const full = await walkIn();
    expect(full.statusCode).toBe(422);
    expect(full.json().error.message).toContain('danh sách đang có 100 đại biểu, thêm 1 sẽ thành 101');
    const { items } = (await t.send('GET', `${conf}/delegates`, secretary)).json();
    const gone = items.find(
      (d: { category: string; checkIn: unknown }) => d.category === 'guest' && !d.checkIn,
    );
    await t.send('DELETE', `${conf}/delegates/${gone.id}?version=${gone.version}`, secretary);
    const ok = await walkIn();
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      result: 'checked_in',
      checkIn: { method: 'walk_in' },
      delegate: { source: 'walk_in' },
    });
  });

  it('opens reception only around the conference day', async () => {
    await setConferenceDay(t, secretary, -2);
    const { items } = (await t.send('GET', `${conf}/delegates`, secretary)).json();
    const target = items.find((d: { checkIn: unknown }) => !d.checkIn);
    const late = await checkIn(reception, { delegateId: target.id });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toContain('Đã hết thời gian đón tiếp');
    expect((await t.send('GET', `${conf}/checkin/search?q=an`, reception)).statusCode).toBe(422);
    // the office still reads the counts after the day
    expect((await t.send('GET', `${conf}/checkin/summary`, secretary)).statusCode).toBe(200);
    await setConferenceDay(t, secretary, 3);
    const early = await checkIn(reception, { delegateId: target.id });
    expect(early.json().error.message).toContain('Chưa đến ngày đón tiếp');
    await setConferenceDay(t, secretary, 1);
    expect((await checkIn(reception, { delegateId: target.id })).statusCode).toBe(201);
  });
});

describe('check-ins of several conferences at once', () => {
  it('writes each scan for its own conference when they arrive together, refusing only the misplaced one', async () => {
    const db = t.database.db;
    const actor = (await findActorBySessionToken(db, secretary.split('=')[1]!))!.actor;
    const plan = planSchema.parse({
      ...vanYenPlan(() => null),
      name: 'Hội nghị điển hình tiên tiến phường bên',
    });
    // its conference day is today too (reception open at both halls)
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const day = milestoneInputSchema.parse({
      title: 'Ngày hội nghị',
      startDate: today,
      endDate: null,
      kind: 'conference_day',
    });
    const other = await createConference(db, null, t.demo.organizationId, plan, [day]);
    const otherUrl = `/api/conferences/${other.id}`;
    const person = (fullName: string) => ({
      category: 'guest',
      subgroup: '',
      kind: 'individual' as const,
      fullName,
      gender: 'female' as const,
      attributes: [],
      title: '',
      unitId: null,
      unitName: '',
      seatGroup: '',
      phone: '',
      email: '',
      note: '',
    });
    await createDelegates(db, actor, other, [person('Trần Thị Bên Một'), person('Trần Thị Bên Hai')]);
    const [b1, b2] = await listInvitationData({ db, actor, conf: other, key: invitationKey(t.app.deps.env) });
    const mine = (await invitations()).filter((i) => !i.fullName.includes('Bên'));
    const free = [];
    for (const i of mine) {
      const found = await rows(sql`SELECT 1 FROM delegate_checkins WHERE delegate_id = ${i.delegateId}`);
      if (found.length === 0) free.push(i);
      if (free.length === 2) break;
    }
    const before = await checkinCount();
    const answers = await Promise.all([
      checkIn(reception, { token: free[0]!.token }),
      t.send('POST', `${otherUrl}/checkins`, secretary, { token: b1!.token }),
      checkIn(reception, { token: b2!.token }), // the other hall's invitation shown at this door
      t.send('POST', `${otherUrl}/checkins`, secretary, { token: free[1]!.token }), // and the reverse
      t.send('POST', `${otherUrl}/checkins`, secretary, { token: b2!.token }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 400, 400, 201]);
    expect(answers[2]!.json().error.message).toContain('thuộc một hội nghị khác');
    expect(await checkinCount()).toBe(before + 3);
    const events = await rows<{ conference_id: string; name: string }>(
      sql`SELECT conference_id, payload->>'fullName' AS name FROM live_events WHERE topic = 'checkin'
          AND payload->>'delegateId' IN (${free[0]!.delegateId}, ${b1!.delegateId}, ${b2!.delegateId})`,
    );
    const byConference = (id: string) =>
      events
        .filter((e) => e.conference_id === id)
        .map((e) => e.name)
        .sort();
    expect(byConference(t.demo.conferenceId)).toEqual([free[0]!.fullName]);
    expect(byConference(other.id)).toEqual(['Trần Thị Bên Hai', 'Trần Thị Bên Một']);
  });
});
