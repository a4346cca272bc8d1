import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';
import { seedDemoCity, seedDemoProvince } from './van-yen-upward';

// The demo's upper levels as `npm start` seeds them (after the 2020 story and the live conference).
let t: TestApp;
let city: Awaited<ReturnType<typeof seedDemoCity>>;
let province: Awaited<ReturnType<typeof seedDemoProvince>>;
let liveConferenceId: string;

beforeAll(async () => {
  t = await createTestApp({}, { history: true });
  city = await seedDemoCity(t.database.db, t.demo);
  const { seedDemoLive } = await import('./van-yen-live');
  liveConferenceId = (await seedDemoLive(t.database.db, t.demo)).conferenceId;
  province = await seedDemoProvince(t.database.db, t.demo);
});
afterAll(async () => {
  await t?.close();
});

describe('the demo upper levels', () => {
  it('UBND thành phố Hà Tĩnh received Văn Yên’s 2020 delegation and accepted it', async () => {
    const cookie = await t.login('thuky.thanhpho');
    const inbox = (await t.send('GET', `/api/conferences/${city.conference.id}/upward/inbox`, cookie)).json();
    expect(inbox.total).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      sourceOrganizationName: 'UBND phường Văn Yên',
      unitName: 'Phường Văn Yên',
      memberCount: 6,
      counts: { received: 0, returned: 0, accepted: 6, honored: 0 },
    });
    expect(inbox.items[0].decisionRef).toMatch(/^Quyết định số \d+\/QĐ-UBND ngày \d\d\/\d\d\/2020$/);
    const ward = await t.login('thuky');
    const status = (
      await t.send('GET', `/api/conferences/${t.demo.conferenceId}/upward/status`, ward)
    ).json();
    expect(status.members).toHaveLength(6);
    expect(status.members.every((m: { status: string }) => m.status === 'accepted')).toBe(true);
  });

  it('UBND tỉnh Hà Tĩnh is open to the live conference, with room for its delegation', async () => {
    const ward = await t.login('thuky');
    const targets = (await t.send('GET', `/api/conferences/${liveConferenceId}/upward/targets`, ward)).json()
      .targets as { organizationName: string; open: boolean }[];
    expect(targets.map((x) => [x.organizationName, x.open]).sort()).toEqual([
      ['UBND thành phố Hà Tĩnh', false],
      ['UBND tỉnh Hà Tĩnh', true],
    ]);
    expect(province.unitIds.has('Phường Văn Yên')).toBe(true);
    const cookie = await t.login('thuky.tinh');
    const inbox = await t.send('GET', `/api/conferences/${province.conference.id}/upward/inbox`, cookie);
    expect(inbox.json().total).toBe(0);
  });
});
