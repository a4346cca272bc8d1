import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedNominations, castAs, meetingWith } from '../../../../tests/helpers/review';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  t?.app.server.closeAllConnections();
  await t?.close();
});

/** Reads server-sent events until `until` says stop (bounded by a timeout). */
async function collect(
  url: string,
  cookie: string,
  until: (events: { status: string; ballotsCast: number }[]) => boolean,
) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  const res = await fetch(url, { headers: { cookie }, signal: controller.signal });
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const events: { status: string; ballotsCast: number; items: { result: unknown }[] }[] = [];
  const reader = res.body!.getReader();
  let buffer = '';
  try {
    while (!until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += new TextDecoder().decode(value);
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const chunk = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        // an event: `id: <live event id>` (when a live event caused it) and `data: <ballot>`
        const data = chunk.split('\n').find((line) => line.startsWith('data: '));
        if (data) events.push(JSON.parse(data.slice(6)));
        cut = buffer.indexOf('\n\n');
      }
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

describe('live tally', () => {
  it('pushes progress while members vote and the results when the ballot closes', async () => {
    const [id] = await acceptedNominations(t, [{ unit: 'Tổ dân phố 5', name: 'Nguyễn Thị Hường' }]);
    const voters = ['chutich', 'phochutich', 'uyvien', 'uyvien2', 'uyvien3', 'uyvien4'];
    const m = await meetingWith(t, voters);
    const b = (
      await t.send('POST', `${m.url}/ballots`, m.secretary, {
        title: 'Phiếu kín',
        mode: 'electronic',
        items: [{ nominationId: id }],
      })
    ).json();
    const url = `${m.url}/ballots/${b.id}`;
    await t.send('POST', `${url}/open`, m.secretary);
    const chair = await t.login('chutich');
    const watching = collect(`${base}${url}/events`, chair, (ev) => ev.some((e) => e.status === 'closed'));
    await new Promise((r) => setTimeout(r, 200));
    for (const u of voters) {
      await castAs(t.app.inject.bind(t.app), await t.login(u), url, { [b.items[0].id]: 'agree' });
    }
    await t.send('POST', `${url}/close`, m.secretary);
    const events = (await watching) as unknown as {
      status: string;
      ballotsCast: number;
      items: { result: { agree: number; passed: boolean } | null }[];
    }[];
    expect(events[0]).toMatchObject({ status: 'open' });
    expect(events[0]!.items[0]!.result).toBeNull();
    expect(Math.max(...events.map((e) => e.ballotsCast))).toBe(6);
    const last = events.at(-1)!;
    expect(last.status).toBe('closed');
    expect(last.items[0]!.result).toMatchObject({ agree: 6, passed: true });
  });
});
