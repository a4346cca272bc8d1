import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';

// Cached answers (http/response-cache.ts) of the nominations list and the dashboard, on the demo
// with its 2020 history: many readers at once each get their own answer, a write through the app
// shows on the very next read, and a browser gets the same JSON gzipped.

let t: TestApp;
let secretary: string;
let tdp5: string;
let base: string;

type List = { total: number; items: { unitId: string; name: string }[] };

beforeAll(async () => {
  t = await createTestApp({}, { history: true });
  secretary = await t.login('thuky');
  tdp5 = await t.login('tdp5');
  base = `/api/conferences/${t.demo.conferenceId}`;
});
afterAll(() => t.close());

describe('cached reads', () => {
  it('gives each of many simultaneous readers what they may see', async () => {
    const tdp5Unit = t.demo.unitIds.get('Tổ dân phố 5')!;
    const readers = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? secretary : tdp5));
    const answers = await Promise.all(readers.map((cookie) => t.send('GET', `${base}/nominations`, cookie)));
    const all = (await t.send('GET', `${base}/nominations`, secretary)).json() as List;
    expect(all.total).toBeGreaterThan(0);
    expect(new Set(all.items.map((i) => i.unitId)).size).toBeGreaterThan(1);
    for (const [i, res] of answers.entries()) {
      expect(res.statusCode).toBe(200);
      const list = res.json() as List;
      if (readers[i] === secretary) expect(list).toEqual(all);
      else {
        expect(list.total).toBeGreaterThan(0);
        expect(list.items.every((item) => item.unitId === tdp5Unit)).toBe(true);
      }
    }
    // a query is part of what is asked: another filter, another answer
    const filtered = (
      await t.send('GET', `${base}/nominations?unitId=${tdp5Unit}`, secretary)
    ).json() as List;
    expect(filtered.items.every((item) => item.unitId === tdp5Unit)).toBe(true);
    expect(filtered.total).toBeLessThan(all.total);
  });

  it('shows a write through the app on the next read', async () => {
    const before = (await t.send('GET', `${base}/dashboard`, secretary)).json();
    const added = await t.send('POST', `${base}/tasks`, secretary, {
      kind: 'logistics',
      title: 'Thuê âm thanh',
      dueDate: '2099-03-30',
    });
    expect(added.statusCode).toBe(201);
    const after = (await t.send('GET', `${base}/dashboard`, secretary)).json();
    expect(after.checklist.logistics.total).toBe(before.checklist.logistics.total + 1);
  });

  it('sends a browser the same JSON gzipped', async () => {
    for (const url of [`${base}/dashboard`, `${base}/nominations`]) {
      const plain = await t.send('GET', url, secretary);
      const zipped = await t.app.inject({
        url,
        headers: { cookie: secretary, 'accept-encoding': 'gzip, deflate, br' },
      });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toContain('accept-encoding');
      expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
    }
  });
});
