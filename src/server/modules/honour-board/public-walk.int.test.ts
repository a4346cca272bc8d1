import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPagesText, pdfQrCodes } from '../../../../tests/helpers/pdf';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { publicPaths } from '../../../shared/rules/public-paths';
import { formatVerifyCode } from '../../../shared/rules/verify-code';
import type { BoardEntryList } from '../../../shared/schemas/publicity';
import { albums, articles, boardEntries, honours, nominations } from '../../db/schema/index';

const SENTINELS = [
  'SENTINEL-UNPUBLISHED-ENTRY',
  'SENTINEL-HIDDEN-POSITION',
  'SENTINEL-DRAFT-ARTICLE',
  'SENTINEL-SCHEDULED-ARTICLE',
  'SENTINEL-UNPUBLISHED-ALBUM',
  'SENTINEL-NOMINATION-PHONE',
  '1899',
];

describe('every public route shows only what was published', () => {
  let t: TestApp;
  let hiddenUrls: string[];
  beforeAll(async () => {
    t = await createTestApp({}, { history: true });
    const officer = await t.login('vanhoa');
    const base = `/api/conferences/${t.demo.conferenceId}/board`;
    const board = (await t.send('POST', `${base}/build`, officer)).json().board as BoardEntryList;
    const [unpub, hiddenFields] = board.items;
    const { db } = t.database;
    await db
      .update(boardEntries)
      .set({ displayName: 'SENTINEL-UNPUBLISHED-ENTRY', storyHtml: '<p>SENTINEL-UNPUBLISHED-ENTRY</p>' })
      .where(eq(boardEntries.id, unpub!.id));
    await db
      .update(boardEntries)
      .set({ position: 'SENTINEL-HIDDEN-POSITION', birthYear: 1899, shownFields: [] })
      .where(eq(boardEntries.id, hiddenFields!.id));
    await t.send('POST', `${base}/publish-all`, officer);
    await db.update(boardEntries).set({ publishedAt: null }).where(eq(boardEntries.id, unpub!.id));
    const org = t.demo.organizationId;
    const [draft] = await db
      .insert(articles)
      .values({ organizationId: org, title: 'SENTINEL-DRAFT-ARTICLE', bodyHtml: 'SENTINEL-DRAFT-ARTICLE' })
      .returning();
    const [later] = await db
      .insert(articles)
      .values({
        organizationId: org,
        title: 'SENTINEL-SCHEDULED-ARTICLE',
        status: 'published',
        publishAt: new Date(Date.now() + 7 * 86_400_000),
      })
      .returning();
    const [album] = await db
      .insert(albums)
      .values({ organizationId: org, conferenceId: t.demo.conferenceId, title: 'SENTINEL-UNPUBLISHED-ALBUM' })
      .returning();
    const [nom] = await db
      .select()
      .from(nominations)
      .where(
        eq(nominations.id, hiddenFields!.honourId ? (await honourNomination(hiddenFields!.honourId))! : ''),
      );
    await db
      .update(nominations)
      .set({
        individual: { ...(nom?.individual ?? {}), phone: 'SENTINEL-NOMINATION-PHONE' } as never,
        achievementRef: 'SENTINEL-NOMINATION-PHONE',
      })
      .where(eq(nominations.id, nom!.id));
    hiddenUrls = [
      publicPaths.entry(unpub!.id),
      publicPaths.article(draft!.id),
      publicPaths.article(later!.id),
      publicPaths.album(album!.id),
      publicPaths.conferenceBoard(randomUUID()),
    ];
  }, 180_000);
  afterAll(() => t?.close());

  async function honourNomination(honourId: string) {
    const [h] = await t.database.db.select().from(honours).where(eq(honours.id, honourId));
    return h?.nominationId ?? null;
  }

  it('walks every same-origin link from /vinh-danh: no sentinel, no cookie', async () => {
    const seen = new Set<string>();
    const queue = ['/vinh-danh', publicPaths.embed(t.demo.organizationId), publicPaths.verifyForm()];
    let ok = 0;
    while (queue.length > 0 && seen.size < 400) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await t.send('GET', url);
      expect(res.headers['set-cookie'], url).toBeUndefined();
      for (const s of SENTINELS) expect(res.body, `${url} shows ${s}`).not.toContain(s);
      if (res.statusCode === 200) ok++;
      for (const m of res.body.matchAll(/href="([^"]+)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&');
        if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/login')) continue;
        if (!seen.has(href)) queue.push(href);
      }
    }
    // every published person's page was reached, and the home, organizer and conference boards
    const shown = await t.database.db
      .select({ id: boardEntries.id })
      .from(boardEntries)
      .where(isNotNull(boardEntries.publishedAt));
    expect(shown.length).toBeGreaterThan(5);
    for (const e of shown) expect(seen.has(publicPaths.entry(e.id))).toBe(true);
    expect(ok).toBeGreaterThanOrEqual(shown.length + 3);
    expect([...seen].some((u) => u.startsWith('/vinh-danh/hoi-nghi/'))).toBe(true);
  });

  it('answers 404 at the known addresses of what is not published', async () => {
    for (const url of hiddenUrls) {
      const res = await t.send('GET', url);
      expect(res.statusCode, url).toBe(404);
      for (const s of SENTINELS) expect(res.body).not.toContain(s);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    // an organizer that does not exist, and its embeddable board
    expect((await t.send('GET', publicPaths.organizerBoard(randomUUID()))).statusCode).toBe(404);
    expect((await t.send('GET', publicPaths.embed(randomUUID()))).statusCode).toBe(404);
  });

  it('prints each certificate with its honour code and a QR to the verification page', async () => {
    const secretary = await t.login('thuky');
    const res = await t.send(
      'GET',
      `/api/conferences/${t.demo.conferenceId}/certificates.pdf?mode=design`,
      secretary,
    );
    expect(res.statusCode).toBe(200);
    const codes = await t.database.db
      .select({ code: honours.verifyCode })
      .from(honours)
      .where(and(isNotNull(honours.nominationId), isNull(honours.revokedAt)));
    const known = new Set(codes.map((c) => c.code));
    const pages = await pdfPagesText(res.rawPayload);
    const qrs = pdfQrCodes(res.rawPayload);
    expect(qrs).toHaveLength(pages.length);
    for (const [i, text] of pages.entries()) {
      const url = qrs[i]!;
      const code = /\/xac-minh\/([0-9A-Z]{12})$/.exec(url ?? '')?.[1];
      expect(code, `page ${i + 1} QR ${url}`).toBeDefined();
      expect(known.has(code!)).toBe(true);
      expect(text.replace(/\s+/g, ' ')).toContain(`Mã xác minh: ${formatVerifyCode(code!)}`);
    }
    const blank = await t.send(
      'GET',
      `/api/conferences/${t.demo.conferenceId}/certificates.pdf?mode=blank`,
      secretary,
    );
    expect(pdfQrCodes(blank.rawPayload).every((u) => u?.includes('/xac-minh/'))).toBe(true);
    // the QR's page names the honouree
    const page = await t.send('GET', new URL(qrs[0]!).pathname);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('giấy khen thật');
  });

  it('says a revoked honour was revoked', async () => {
    const [h] = await t.database.db
      .select()
      .from(honours)
      .where(and(isNotNull(honours.verifyCode), isNull(honours.revokedAt)))
      .limit(1);
    const secretary = await t.login('thuky');
    const rev = await t.send(
      'POST',
      `/api/organizations/${t.demo.organizationId}/honours/${h!.id}/revoke`,
      secretary,
      { reason: 'Kê khai thành tích không đúng sự thật' },
    );
    expect(rev.statusCode).toBe(200);
    const page = await t.send('GET', publicPaths.verify(h!.verifyCode!));
    expect(page.body).toContain('thu hồi');
    expect(page.body).not.toContain('giấy khen thật');
    expect(page.body).not.toContain('Kê khai');
  });
});
