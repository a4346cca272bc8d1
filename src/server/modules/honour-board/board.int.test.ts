import { randomBytes } from 'node:crypto';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { verifyCodeFrom } from '../../../shared/rules/verify-code';
import type { BoardEntryList } from '../../../shared/schemas/publicity';
import { boardEntries, honourSubjects, honours } from '../../db/schema/index';
import { portraitPicture } from '../../seed/demo-pictures';

type List = BoardEntryList;

describe('the honour board (staff API and its public pages)', () => {
  let t: TestApp;
  let officer: string;
  let base: string;
  let board: List;
  beforeAll(async () => {
    t = await createTestApp({}, { history: true });
    officer = await t.login('vanhoa');
    base = `/api/conferences/${t.demo.conferenceId}/board`;
  }, 120_000);
  afterAll(() => t?.close());

  const entryInput = (e: List['items'][number], over: Record<string, unknown> = {}) => ({
    entry: {
      displayName: e.displayName,
      unitName: e.unitName,
      position: e.position,
      storyHtml: e.storyHtml,
      photoAssetId: e.photo?.id ?? null,
      shownFields: e.shownFields.filter((f) => f === 'position' || f === 'birthYear'),
      sortOrder: e.sortOrder,
      ...over,
    },
    version: e.version,
  });

  it('builds from the QĐ once: a second build makes nothing and keeps an edited entry', async () => {
    const first = await t.send('POST', `${base}/build`, officer);
    expect(first.statusCode).toBe(200);
    expect(first.json().created).toBeGreaterThan(5);
    board = first.json().board;
    const e = board.items[0]!;
    expect(e.publishedAt).toBeNull();
    expect(e.formName).not.toBe('');
    expect(e.decisionNumber).not.toBe('');
    const edited = await t.send(
      'PUT',
      `${base}/${e.id}`,
      officer,
      entryInput(e, { displayName: 'Tên đã sửa' }),
    );
    expect(edited.statusCode).toBe(200);
    const again = await t.send('POST', `${base}/build`, officer);
    expect(again.json().created).toBe(0);
    expect(again.json().board.items).toHaveLength(board.items.length);
    expect(again.json().board.items[0].displayName).toBe('Tên đã sửa');
    board = again.json().board;
  });

  it('refuses a stale edit (409) and sanitizes the story', async () => {
    const e = board.items[1]!;
    const ok = await t.send(
      'PUT',
      `${base}/${e.id}`,
      officer,
      entryInput(e, { storyHtml: '<p onclick="x()">Gương <b>sáng</b><script>alert(1)</script></p>' }),
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json().storyHtml).not.toMatch(/onclick|<script/);
    expect(ok.json().storyHtml).toContain('<strong>sáng</strong>');
    const stale = await t.send('PUT', `${base}/${e.id}`, officer, entryInput(e));
    expect(stale.statusCode).toBe(409);
  });

  it('lets the culture officer in and keeps a council member out', async () => {
    expect((await t.send('GET', base, officer)).statusCode).toBe(200);
    expect((await t.send('GET', base, await t.login('uyvien'))).statusCode).toBe(403);
    expect((await t.send('POST', `${base}/build`, await t.login('uyvien'))).statusCode).toBe(403);
  });

  it('takes a photo upload and shows it to staff', async () => {
    const e = board.items[2]!;
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/${e.id}/photo`,
      headers: { cookie: officer, 'content-type': 'multipart/form-data; boundary=XX' },
      payload: Buffer.concat([
        Buffer.from(
          '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n',
        ),
        await portraitPicture(e.displayName),
        Buffer.from('\r\n--XX--\r\n'),
      ]),
    });
    expect(res.statusCode).toBe(200);
    const photo = res.json().photo;
    expect(photo.sizes.length).toBeGreaterThan(0);
    const img = await t.send('GET', photo.sizes[0].url, officer);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/webp');
    board = (await t.send('GET', base, officer)).json();
  });

  it('shows only published entries publicly, and a birth year only when chosen', async () => {
    const [a, b, hidden] = [board.items[3]!, board.items[4]!, board.items[5]!];
    await t.database.db.update(boardEntries).set({ birthYear: 1961 }).where(eq(boardEntries.id, a.id));
    await t.database.db.update(boardEntries).set({ birthYear: 1962 }).where(eq(boardEntries.id, b.id));
    const cur = (await t.send('GET', base, officer)).json() as List;
    const ca = cur.items.find((x) => x.id === a.id)!;
    await t.send('PUT', `${base}/${a.id}`, officer, entryInput(ca, { shownFields: ['birthYear'] }));
    const all = await t.send('POST', `${base}/publish-all`, officer);
    expect(all.statusCode).toBe(200);
    const h = (all.json() as List).items.find((x) => x.id === hidden.id)!;
    const un = await t.send('POST', `${base}/${hidden.id}/unpublish`, officer, { version: h.version });
    expect(un.statusCode).toBe(200);
    expect(un.json().publicPath).toBeNull();

    const pageA = await t.send('GET', `/vinh-danh/nguoi/${a.id}`);
    expect(pageA.statusCode).toBe(200);
    expect(pageA.body).toContain('Năm sinh');
    expect(pageA.body).toContain('1961');
    expect(pageA.body).toContain('og:type" content="profile');
    const pageB = await t.send('GET', `/vinh-danh/nguoi/${b.id}`);
    expect(pageB.statusCode).toBe(200);
    expect(pageB.body).not.toContain('Năm sinh');
    expect(pageB.body).not.toContain('1962');

    expect((await t.send('GET', `/vinh-danh/nguoi/${hidden.id}`)).statusCode).toBe(404);
    const confPage = await t.send('GET', `/vinh-danh/hoi-nghi/${t.demo.conferenceId}`);
    expect(confPage.statusCode).toBe(200);
    expect(confPage.body).toContain(b.displayName);
    expect(confPage.body).not.toContain(hidden.id);
    const orgPage = await t.send('GET', `/vinh-danh/don-vi/${t.demo.organizationId}`);
    expect(orgPage.body).not.toContain(hidden.id);
  });

  it('finds a name typed without diacritics on the organizer board', async () => {
    const e = board.items.find(
      (x) => /[ạảãáàăâđêôơư]/i.test(x.displayName) && x.displayName !== 'Tên đã sửa',
    )!;
    const plain = e.displayName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
    const res = await t.send(
      'GET',
      `/vinh-danh/don-vi/${t.demo.organizationId}?q=${encodeURIComponent(plain)}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(e.displayName);
    expect(res.body).toMatch(/Tìm thấy \d+ tập thể, cá nhân/);
  });

  it('answers the verification page: genuine, altered, unknown', async () => {
    const [honour] = await t.database.db
      .select({ verify_code: honours.verifyCode, name: honourSubjects.name })
      .from(honours)
      .innerJoin(honourSubjects, eq(honourSubjects.id, honours.subjectId))
      .where(and(isNotNull(honours.verifyCode), isNull(honours.revokedAt), isNotNull(honours.nominationId)))
      .limit(1);
    const code = honour!.verify_code!;
    const ok = await t.send('GET', `/xac-minh/${code}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain(honour!.name);
    expect(ok.body).toContain('giấy khen thật');
    const altered = code.slice(0, 3) + (code[3] === 'A' ? 'B' : 'A') + code.slice(4);
    const bad = await t.send('GET', `/xac-minh/${altered}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('có thể đã bị sửa');
    expect(bad.body).not.toContain(honour!.name);
    const unknown = await t.send('GET', `/xac-minh/${verifyCodeFrom(randomBytes(11))}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Không tìm thấy giấy khen mang mã này');
    const typed = await t.send('GET', `/xac-minh?ma=${code.toLowerCase().replace(/(.{4})/g, '$1-')}`);
    expect(typed.statusCode).toBe(200);
    expect(typed.body).toContain(honour!.name);
  });

  it('moves the hall screen from the run of show, and serves the slideshow its groups', async () => {
    const run = `/api/conferences/${t.demo.conferenceId}/program/run`;
    const officer2 = await t.login('vanhoa');
    const next = await t.send('POST', run, officer2, { action: 'show_next_group', fromShowGroup: -1 });
    expect(next.statusCode).toBe(200);
    expect(next.json().hall).toEqual({ mode: 'honours', group: 0 });
    // a double tap naming the group no longer shown moves nothing
    expect(
      (await t.send('POST', run, officer2, { action: 'show_next_group', fromShowGroup: -1 })).statusCode,
    ).toBe(409);
    expect((await t.send('GET', run, officer2)).json().hall).toEqual({ mode: 'honours', group: 0 });
    expect((await t.send('POST', run, officer2, { action: 'show_photos' })).json().hall.mode).toBe('photos');
    expect((await t.send('POST', run, officer2, { action: 'show_off' })).json().hall.mode).toBe('off');
    const show = await t.send('GET', `${base}/slideshow`, officer2);
    expect(show.statusCode).toBe(200);
    const groups = show.json().groups as { formName: string; entries: unknown[] }[];
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(board.items.length);
    expect(new Set(groups.map((g) => g.formName)).size).toBe(groups.length);
  });
});
