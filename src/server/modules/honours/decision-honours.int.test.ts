import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { honourSubjects, honours, issuedDocuments, nominations } from '../../db/schema/index';

// The 2020 demo conference issues its QĐ khen thưởng in the seed (van-yen-history-conclusion):
// the register must hold its honourees from that transaction on.
let t: TestApp;
let secretary: string;
beforeAll(async () => {
  t = await createTestApp({}, { history: true });
  secretary = await t.login('thuky');
});
afterAll(async () => t?.close());

const db = () => t.database.db;
const liveHonours = () =>
  db()
    .select({ h: honours, name: honourSubjects.name, birthYear: honourSubjects.birthYear })
    .from(honours)
    .innerJoin(honourSubjects, eq(honourSubjects.id, honours.subjectId))
    .where(and(eq(honours.organizationId, t.demo.organizationId), isNull(honours.revokedAt)));

describe('Sổ khen thưởng: the QĐ writes its honourees', () => {
  it('holds every honouree of the issued 2020 QĐ, with its number, date, form, level and prize', async () => {
    const [qd] = await db()
      .select()
      .from(issuedDocuments)
      .where(
        and(eq(issuedDocuments.conferenceId, t.demo.conferenceId), eq(issuedDocuments.kind, 'decision')),
      );
    expect(qd?.status).toBe('issued');
    const rows = await liveHonours();
    const honorees = (
      await t.send('GET', `/api/conferences/${t.demo.conferenceId}/honorees`, secretary)
    ).json();
    expect(rows).toHaveLength(honorees.total);
    const numberText = `${String(qd!.number).padStart(2, '0')}/${qd!.code}`;
    for (const { h } of rows) {
      expect(h).toMatchObject({
        decisionNumber: numberText,
        decisionDate: qd!.documentDate,
        year: 2020,
        signerLevel: 'commune',
        source: 'decision',
        issuedDocumentId: qd!.id,
      });
      expect(h.prizeAmount).toBeGreaterThan(0);
    }
    const huong = rows.find((r) => r.name === 'Trần Thị Hường');
    expect(huong?.h.formCode).toBeTruthy();
    expect(huong?.birthYear).toBeGreaterThan(1900);
    // the nomination points at the identity the honour belongs to
    const [n] = await db().select().from(nominations).where(eq(nominations.id, huong!.h.nominationId!));
    expect(n?.subjectId).toBe(huong!.h.subjectId);
  });

  it('a new version of the QĐ supersedes the old one: its honours stay, revoked, naming the new number', async () => {
    const base = `/api/conferences/${t.demo.conferenceId}/register`;
    const [qd] = await db()
      .select()
      .from(issuedDocuments)
      .where(
        and(eq(issuedDocuments.conferenceId, t.demo.conferenceId), eq(issuedDocuments.kind, 'decision')),
      );
    const before = await liveHonours();
    const draft = await t.send('POST', `${base}/${qd!.id}/new-version`, secretary, {});
    expect(draft.statusCode, draft.body).toBe(201);
    const issued = await t.send('POST', `${base}/${draft.json().id}/issue`, secretary, {
      signerName: 'Lê Đình Thắng',
      signedAt: '2020-04-02T09:00:00+07:00',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const after = await liveHonours();
    expect(after).toHaveLength(before.length);
    expect(new Set(after.map((r) => r.h.issuedDocumentId))).toEqual(new Set([draft.json().id]));
    // the same people, on the same identities (no duplicate identity made)
    expect(after.map((r) => r.h.subjectId).sort()).toEqual(before.map((r) => r.h.subjectId).sort());
    const old = await db().select().from(honours).where(eq(honours.issuedDocumentId, qd!.id));
    expect(
      old.every((h) => h.revokedAt !== null && h.revokedReason.includes(after[0]!.h.decisionNumber)),
    ).toBe(true);
  });
});
