import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';
import { type LiveEvent, openLiveBus, publishLive, type Signal } from './bus';

const waitFor = async <T>(get: () => T | undefined, ms = 3000): Promise<T> => {
  const until = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('live bus (LISTEN/NOTIFY)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('announces an event at commit, never one rolled back, and replays after an id', async () => {
    const conf = t.demo.conferenceId;
    const heard: LiveEvent[] = [];
    const stop = t.app.live.subscribe(conf, (e) => heard.push(e));
    await t.database.db
      .transaction(async (tx) => {
        await publishLive(tx, [{ conferenceId: conf, topic: 'test', payload: { n: 0 } }]);
        throw new Error('rollback');
      })
      .catch(() => {});
    const [first] = await t.database.db.transaction((tx) =>
      publishLive(tx, [
        { conferenceId: conf, topic: 'test', payload: { n: 1, name: 'Nguyễn Văn An' } },
        { conferenceId: conf, topic: 'other', payload: { n: 2 } },
      ]),
    );
    await waitFor(() => (heard.length >= 2 ? true : undefined));
    expect(heard.map((e) => e.payload)).toEqual([{ n: 1, name: 'Nguyễn Văn An' }, { n: 2 }]);
    expect((await t.app.live.since(conf, first!.id - 1)).map((e) => e.payload)).toEqual([
      { n: 1, name: 'Nguyễn Văn An' },
      { n: 2 },
    ]);
    expect((await t.app.live.since(conf, first!.id - 1, ['other'])).map((e) => e.topic)).toEqual(['other']);
    stop();
  });

  it('carries an event larger than NOTIFY allows by its row', async () => {
    const conf = t.demo.conferenceId;
    const heard: LiveEvent[] = [];
    const stop = t.app.live.subscribe(conf, (e) => heard.push(e));
    const big = 'Đ'.repeat(6000);
    await publishLive(t.database.db, [{ conferenceId: conf, topic: 'big', payload: { big } }]);
    const e = await waitFor(() => heard[0]);
    expect(e.payload).toEqual({ big });
    stop();
  });

  it('a second bus on the same database hears the first one’s events and signals', async () => {
    const other = await openLiveBus(t.database.db, 'other-instance');
    const conf = t.demo.conferenceId;
    const heard: LiveEvent[] = [];
    const signals: Signal[] = [];
    const stop = other.subscribe(conf, (e) => heard.push(e));
    other.onSignal('cache', (s) => signals.push(s));
    await publishLive(t.database.db, [{ conferenceId: conf, topic: 'checkin', payload: { x: 1 } }]);
    await t.app.live.signal('cache', { scope: 'actor' });
    await waitFor(() => (heard.length && signals.length ? true : undefined));
    expect(heard[0]!.topic).toBe('checkin');
    expect(signals[0]).toMatchObject({
      kind: 'cache',
      from: t.app.live.instanceId,
      data: { scope: 'actor' },
    });
    stop();
    await other.close();
  });

  it('listens again after PostgreSQL dropped its connection, and says events may have been missed', async () => {
    const conf = t.demo.conferenceId;
    const heard: LiveEvent[] = [];
    let gaps = 0;
    const stop = t.app.live.subscribe(conf, (e) => heard.push(e));
    const stopGap = t.app.live.onGap(() => gaps++);
    if (t.database.engine === 'postgres') {
      // what a server restart or a network cut does to the listening connection
      await t.database.db.execute(
        sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'vinh-danh-listen%' AND datname = current_database()`,
      );
      await waitFor(() => (gaps > 0 ? true : undefined), 10_000);
    }
    await publishLive(t.database.db, [{ conferenceId: conf, topic: 'after', payload: { ok: true } }]);
    const e = await waitFor(() => heard.find((x) => x.topic === 'after'));
    expect(e.payload).toEqual({ ok: true });
    stop();
    stopGap();
  });
});
