// Sổ văn bản — reads.
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RegisterQuery } from '../../../shared/schemas/document-register';
import type { Db } from '../../db/client';
import { firstRow, rowOf } from '../../db/rows';
import { issuedDocuments } from '../../db/schema/index';
import { documentNumberLine } from '../../documents/model';

export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect;
/** The number line of the version an entry cites, and the version citing it. */
export type EntryLinks = { previousNumberLine: string | null; nextId: string | null };

export async function getRegisterEntry(
  db: Db,
  conferenceId: string,
  id: string,
): Promise<IssuedDocumentRow | null> {
  return rowOf(db, issuedDocuments, issuedDocuments.conferenceId, conferenceId, id);
}

/** The version citing this one, if any. */
export async function findNextVersion(db: Db, id: string): Promise<IssuedDocumentRow | null> {
  return firstRow(db, issuedDocuments, eq(issuedDocuments.previousId, id));
}

/**
 * The register of a conference or of a whole organizer, filtered by year and type: drafts
 * first, then issued entries by type, year and number (newest first).
 */
export async function listRegister(
  db: Db,
  scope: { conferenceId: string } | { organizationId: string },
  query: RegisterQuery,
): Promise<{ row: IssuedDocumentRow; links: EntryLinks }[]> {
  const prev = alias(issuedDocuments, 'prev');
  const next = alias(issuedDocuments, 'next');
  const where: SQL[] = [
    'conferenceId' in scope
      ? eq(issuedDocuments.conferenceId, scope.conferenceId)
      : eq(issuedDocuments.organizationId, scope.organizationId),
  ];
  if (query.year !== undefined) where.push(eq(issuedDocuments.year, query.year));
  if (query.type) where.push(eq(issuedDocuments.type, query.type));
  const rows = await db
    .select({
      row: issuedDocuments,
      prevNumber: prev.number,
      prevCode: prev.code,
      nextId: next.id,
    })
    .from(issuedDocuments)
    .leftJoin(prev, eq(prev.id, issuedDocuments.previousId))
    .leftJoin(next, eq(next.previousId, issuedDocuments.id))
    .where(and(...where))
    .orderBy(
      asc(issuedDocuments.status),
      asc(issuedDocuments.type),
      desc(issuedDocuments.year),
      desc(issuedDocuments.number),
      desc(issuedDocuments.createdAt),
    );
  return rows.map((r) => ({
    row: r.row,
    links: {
      previousNumberLine: r.prevNumber === null ? null : documentNumberLine(r.prevNumber, r.prevCode ?? ''),
      nextId: r.nextId,
    },
  }));
}

/** The number line of the version an entry cites and the version citing it. */
export async function entryLinks(db: Db, row: IssuedDocumentRow): Promise<EntryLinks> {
  const [prev, next] = await Promise.all([
    row.previousId ? getRegisterEntry(db, row.conferenceId, row.previousId) : null,
    findNextVersion(db, row.id),
  ]);
  return {
    previousNumberLine: prev && prev.number !== null ? documentNumberLine(prev.number, prev.code) : null,
    nextId: next?.id ?? null,
  };
}

/** The latest issued document of a kind (the newest version when there are several). */
export async function latestIssued(
  db: Db,
  conferenceId: string,
  kind: string,
): Promise<IssuedDocumentRow | null> {
  const [row] = await db
    .select()
    .from(issuedDocuments)
    .where(
      and(
        eq(issuedDocuments.conferenceId, conferenceId),
        eq(issuedDocuments.kind, kind),
        eq(issuedDocuments.status, 'issued'),
      ),
    )
    .orderBy(desc(issuedDocuments.issuedAt), desc(issuedDocuments.version))
    .limit(1);
  return row ?? null;
}
