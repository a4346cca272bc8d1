import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptedNominations,
  castAs,
  meetingWith,
  openElectronicBallot,
} from '../../../../tests/helpers/review';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { restartInstanceForTests } from '../../instance';

/**
 * Crash drill: the process that opened an electronic ballot holds its running totals in memory
 * only, so when it dies mid-vote (restart, kill -9) the ballot is void — never a wrong total.
 * Here the "restart" is a new instance id for this process, exactly what a new process gets.
 */
const SIX = ['chutich', 'phochutich', 'uyvien', 'uyvien2', 'uyvien3', 'uyvien4'];
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

describe('the server restarts while members vote', () => {
  it('voids the ballot with the reason, refuses casts, and a reopened round counts right', async () => {
    const ids = await acceptedNominations(t, [{ unit: 'Tổ dân phố 5', name: 'Nguyễn Thị Mai' }]);
    const m = await meetingWith(t, SIX);
    const { ballot: b, url } = await openElectronicBallot(t, m, ids);
    const item = b.items[0]!.id;
    const cookies = new Map<string, string>();
    for (const u of SIX) cookies.set(u, await t.login(u));
    const cast = (u: string, choice: string) =>
      castAs(t.app.inject.bind(t.app), cookies.get(u)!, url, { [item]: choice });

    // round 1: three members vote, then the owning process "dies"
    for (const u of SIX.slice(0, 3)) expect((await cast(u, 'disagree')).statusCode).toBe(200);
    restartInstanceForTests();

    // the chair's page says what happened, before anyone writes
    const seen = (await t.send('GET', m.url, m.secretary))
      .json()
      .ballots.find((x: { id: string }) => x.id === b.id);
    expect(seen.status).toBe('void');
    expect(seen.voidReason).toBe('owner_lost');

    // a cast there is refused clearly and voids the ballot in the database
    const refused = await cast('uyvien3', 'agree');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/máy chủ khởi động lại khi đang bỏ phiếu/);
    expect((await cast('uyvien', 'agree')).statusCode).toBe(409);
    const close = await t.send('POST', `${url}/close`, m.secretary);
    expect(close.statusCode).toBe(409);
    const [row] = rowsOf<{ status: string; void_reason: string }>(
      await t.database.db.execute(sql`SELECT status, void_reason FROM ballots WHERE id = ${b.id}`),
    );
    expect(row).toEqual({ status: 'void', void_reason: 'owner_lost' });
    // nothing of round 1's papers was ever stored
    const tallies = rowsOf(
      await t.database.db.execute(sql`SELECT 1 FROM ballot_tallies WHERE ballot_id = ${b.id}`),
    );
    expect(tallies).toHaveLength(0);

    // the secretary reopens it: a new round, round 1's voters vote again
    const reopened = await t.send('POST', `${url}/open`, m.secretary);
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'open', voidReason: null, ballotsCast: 0 });
    for (const u of SIX) expect((await cast(u, u === 'uyvien3' ? 'disagree' : 'agree')).statusCode).toBe(200);
    expect((await cast('chutich', 'agree')).statusCode).toBe(409);
    const closed = await t.send('POST', `${url}/close`, m.secretary);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().items[0].result).toMatchObject({ agree: 5, disagree: 1, abstain: 0 });

    const audit = rowsOf<{ action: string; actor_name: string; after: unknown }>(
      await t.database.db.execute(
        sql`SELECT action, actor_name, after FROM audit_log WHERE entity_id = ${b.id} ORDER BY id`,
      ),
    );
    expect(audit.map((a) => a.action)).toEqual([
      'ballot.created',
      'ballot.opened',
      'ballot.voided',
      'ballot.reopened',
      'ballot.closed',
    ]);
    const voided = audit[2]!;
    expect(voided.actor_name).toBe('Hệ thống');
    expect(JSON.stringify(voided.after)).toContain('"votersDiscarded":3');
  });

  it('adopts an open ballot nobody has voted in yet: nothing was lost, members vote and it counts', async () => {
    const ids = await acceptedNominations(t, [{ unit: 'Tổ dân phố 2', name: 'Lê Văn Hòa' }]);
    const m = await meetingWith(t, SIX);
    const { ballot: b, url } = await openElectronicBallot(t, m, ids);
    const item = b.items[0]!.id;
    restartInstanceForTests();

    const seen = (await t.send('GET', m.url, m.secretary))
      .json()
      .ballots.find((x: { id: string }) => x.id === b.id);
    expect(seen.status).toBe('open');
    for (const u of SIX.slice(0, 4)) {
      const res = await castAs(t.app.inject.bind(t.app), await t.login(u), url, { [item]: 'agree' });
      expect(res.statusCode).toBe(200);
    }
    const closed = await t.send('POST', `${url}/close`, m.secretary);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().items[0].result.agree).toBe(4);
  });
});
