import { and, asc, count, countDistinct, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  ballotResults,
  ballots,
  conferences,
  issuedDocuments,
  nominationOrigins,
  nominations,
  organizations,
  units,
  upwardSends,
} from '../../db/schema/index';
import type { NominationRow } from '../nominations/data';
import { listHonorees } from '../selection/data';

export type UpwardSendRow = typeof upwardSends.$inferSelect;

/**
 * The conferences a lower organizer may send to: those of every organizer that has a unit linked
 * to it, newest first, with that unit.
 */
export async function listUpwardTargetRows(db: Db, sourceOrganizationId: string) {
  return db
    .select({
      conference: conferences,
      organizationName: organizations.name,
      unitId: units.id,
      unitName: units.name,
    })
    .from(units)
    .innerJoin(organizations, eq(organizations.id, units.organizationId))
    .innerJoin(conferences, eq(conferences.organizationId, units.organizationId))
    .where(
      and(
        eq(units.linkedOrganizationId, sourceOrganizationId),
        ne(units.organizationId, sourceOrganizationId),
      ),
    )
    .orderBy(desc(conferences.createdAt), asc(conferences.id));
}

/** The upper nominations already made from these lower ones in a conference, by lower id. */
export async function originsBySource(
  db: Db,
  conferenceId: string,
  sourceNominationIds: string[],
): Promise<Map<string, NominationRow>> {
  if (sourceNominationIds.length === 0) return new Map();
  const rows = await db
    .select({ sourceNominationId: nominationOrigins.sourceNominationId, nomination: nominations })
    .from(nominationOrigins)
    .innerJoin(nominations, eq(nominations.id, nominationOrigins.nominationId))
    .where(
      and(
        eq(nominationOrigins.conferenceId, conferenceId),
        inArray(nominationOrigins.sourceNominationId, sourceNominationIds),
      ),
    );
  return new Map(rows.map((r) => [r.sourceNominationId!, r.nomination]));
}

/** The lower conference's latest issued QĐ (decision), or null. */
export async function latestDecision(db: Db, conferenceId: string) {
  const [row] = await db
    .select({
      number: issuedDocuments.number,
      code: issuedDocuments.code,
      documentDate: issuedDocuments.documentDate,
    })
    .from(issuedDocuments)
    .where(
      and(
        eq(issuedDocuments.conferenceId, conferenceId),
        eq(issuedDocuments.type, 'QĐ'),
        eq(issuedDocuments.status, 'issued'),
      ),
    )
    .orderBy(desc(issuedDocuments.issuedAt))
    .limit(1);
  return row && row.number != null ? { ...row, number: row.number } : null;
}

/** Which of these upper nominations the upper council selected (vinh danh). */
export async function honoredIds(db: Db, conferenceId: string, nominationIds: string[]) {
  const rows = await listHonorees(db, conferenceId, { nominationIds });
  return new Set(rows.map((r) => r.nominationId));
}

/**
 * One page of a conference's inbox (newest first), the total, and per arrival its nominations
 * counted by status, plus how many of them the upper council selected (honored).
 */
export async function listInboxPage(db: Db, conferenceId: string, limit: number, offset: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select({ send: upwardSends, unitName: units.name })
      .from(upwardSends)
      .innerJoin(units, eq(units.id, upwardSends.unitId))
      .where(eq(upwardSends.conferenceId, conferenceId))
      .orderBy(desc(upwardSends.sentAt), desc(upwardSends.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(upwardSends).where(eq(upwardSends.conferenceId, conferenceId)),
  ]);
  const sendIds = rows.map((r) => r.send.id);
  if (sendIds.length === 0) return { rows, statuses: [], honored: [], total: total?.n ?? 0 };
  const [statuses, honored] = await Promise.all([
    db
      .select({ sendId: nominationOrigins.sendId, status: nominations.status, n: count() })
      .from(nominationOrigins)
      .innerJoin(nominations, eq(nominations.id, nominationOrigins.nominationId))
      .where(inArray(nominationOrigins.sendId, sendIds))
      .groupBy(nominationOrigins.sendId, nominations.status),
    db
      .select({ sendId: nominationOrigins.sendId, n: countDistinct(nominationOrigins.nominationId) })
      .from(nominationOrigins)
      .innerJoin(nominations, eq(nominations.id, nominationOrigins.nominationId))
      .innerJoin(ballotResults, eq(ballotResults.nominationId, nominationOrigins.nominationId))
      .innerJoin(ballots, eq(ballots.id, ballotResults.ballotId))
      .where(
        and(
          inArray(nominationOrigins.sendId, sendIds),
          eq(nominations.status, 'accepted'),
          eq(ballotResults.selected, true),
          eq(ballots.status, 'closed'),
        ),
      )
      .groupBy(nominationOrigins.sendId),
  ]);
  return { rows, statuses, honored, total: total?.n ?? 0 };
}

/** Where an upper nomination came from, or null for one a unit wrote itself. */
export async function getOrigin(db: Db, conferenceId: string, nominationId: string) {
  const [row] = await db
    .select({ origin: nominationOrigins, send: upwardSends })
    .from(nominationOrigins)
    .innerJoin(upwardSends, eq(upwardSends.id, nominationOrigins.sendId))
    .where(
      and(eq(nominationOrigins.conferenceId, conferenceId), eq(nominationOrigins.nominationId, nominationId)),
    );
  return row ?? null;
}

/** The upper nominations made from these lower nominations, with their conference. */
export async function listSentMembers(db: Db, sourceNominationIds: string[]) {
  if (sourceNominationIds.length === 0) return [];
  return db
    .select({
      sourceNominationId: nominationOrigins.sourceNominationId,
      conferenceId: nominationOrigins.conferenceId,
      nominationId: nominations.id,
      status: nominations.status,
      returnReason: nominations.returnReason,
      conferenceName: conferences.plan,
      organizationName: organizations.name,
      sentAt: upwardSends.sentAt,
    })
    .from(nominationOrigins)
    .innerJoin(nominations, eq(nominations.id, nominationOrigins.nominationId))
    .innerJoin(upwardSends, eq(upwardSends.id, nominationOrigins.sendId))
    .innerJoin(conferences, eq(conferences.id, nominationOrigins.conferenceId))
    .innerJoin(organizations, eq(organizations.id, conferences.organizationId))
    .where(inArray(nominationOrigins.sourceNominationId, sourceNominationIds))
    .orderBy(asc(upwardSends.sentAt));
}
