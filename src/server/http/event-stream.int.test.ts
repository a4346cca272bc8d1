// Live streams (streamLive) over a real HTTP listen: inject cannot stream. A reception phone that
// lost its connection comes back with Last-Event-ID and gets exactly what it missed — the
// check-ins and undos committed meanwhile, once each, in order — then the live ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCheckinDay, openEvents } from '../../../tests/helpers/delegates';
import type { TestApp } from '../../../tests/helpers/test-app';

let t: TestApp, conf: string, secretary: string, reception: string, close: () => Promise<void>;
let baseUrl: string;
let targets: { id: string; fullName: string }[];
beforeAll(async () => {
  ({ t, conf, secretary, reception, close } = await openCheckinDay());
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  targets = (await t.send('GET', `${conf}/checkin/not-arrived`, reception)).json().items;
});
afterAll(async () => close?.());

const checkIn = async (n: number) =>
  expect(
    (await t.send('POST', `${conf}/checkins`, reception, { delegateId: targets[n]!.id })).statusCode,
  ).toBe(201);
const names = (events: { event: string; data: unknown }[]) =>
  events
    .filter((e) => e.event !== 'ready')
    .map((e) => `${e.event} ${(e.data as { fullName: string }).fullName}`);

describe('live streams (server-sent events with Last-Event-ID)', () => {
  it('a fresh stream starts from now; a reconnection gets what it missed, once, then the live ones', async () => {
    const url = `${baseUrl}${conf}/checkin/events`;
    await checkIn(0); // before anyone listens: never replayed to a fresh stream
    const phone = await openEvents(url, reception);
    await phone.ready();
    await checkIn(1);
    await phone.next(1);
    phone.close();
    expect(names(phone.events)).toEqual([`checkin ${targets[1]!.fullName}`]);
    const lastId = phone.events.find((e) => e.event === 'checkin')!.id!;
    expect(lastId).toBeGreaterThan(0);

    // while the phone is away: two check-ins and an undo
    await checkIn(2);
    await checkIn(3);
    const undo = await t.send('DELETE', `${conf}/checkins/${targets[1]!.id}`, reception);
    expect(undo.statusCode).toBe(200);

    const back = await openEvents(url, reception, { lastEventId: lastId });
    await back.ready();
    await checkIn(4);
    await back.next(3);
    back.close();
    expect(names(back.events)).toEqual([
      `checkin ${targets[2]!.fullName}`,
      `checkin ${targets[3]!.fullName}`,
      `checkin_undone ${targets[1]!.fullName}`,
      `checkin ${targets[4]!.fullName}`,
    ]);
    const ids = back.events.filter((e) => e.id !== undefined).map((e) => e.id!);
    expect(ids.every((id, i) => id > lastId && (i === 0 || id > ids[i - 1]!))).toBe(true);

    // a client that cannot set headers resumes with ?lastEventId=
    const byQuery = await openEvents(`${url}?lastEventId=${ids[1]}`, secretary);
    await byQuery.ready();
    byQuery.close();
    expect(names(byQuery.events)).toEqual([
      `checkin_undone ${targets[1]!.fullName}`,
      `checkin ${targets[4]!.fullName}`,
    ]);
  });

  it('streams the run of show to the screens that may read it (chương trình đang diễn ra)', async () => {
    const url = `${baseUrl}${conf}/program/run/events`;
    const screen = await openEvents(url, secretary);
    await screen.ready();
    const moved = await t.send('POST', `${conf}/program/run`, secretary, { action: 'show_photos' });
    expect(moved.statusCode).toBe(200);
    await screen.next(1, 'run_of_show');
    screen.close();
    expect(screen.events.find((e) => e.event === 'run_of_show')?.data).toEqual({ action: 'show_photos' });
    // a stranger to the conference gets no stream
    const res = await fetch(url);
    expect(res.status).toBe(401);
  });
});
