// Sổ văn bản — reads.
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RegisterEntry, RegisterQuery, RegisterStatus } from '../../../shared/schemas/document-register';
import type { Db } from '../../db/client';
import { issuedDocuments } from '../../db/schema/index';
import { documentNumberLine } from '../../documents/model';

export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect;

export async function getRegisterEntry(
  db: Db,
  conferenceId: string,
  id: string,
): Promise<IssuedDocumentRow | null> {
  const [row] = await db
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.conferenceId, conferenceId), eq(issuedDocuments.id, id)));
  return row ?? null;
}

/** The version citing this one, if any. */
export async function findNextVersion(db: Db, id: string): Promise<IssuedDocumentRow | null> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.previousId, id));
  return row ?? null;
}

/**
 * The register of a conference or of a whole organizer, filtered by year and type: drafts
 * first, then issued entries by type, year and number (newest first).
 */
export async function listRegister(
  db: Db,
  scope: { conferenceId: string } | { organizationId: string },
  query: RegisterQuery,
  labels: Record<string, string>,
): Promise<RegisterEntry[]> {
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
  return rows.map((r) =>
    presentEntry(r.row, labels, {
      previousNumberLine: r.prevNumber === null ? null : documentNumberLine(r.prevNumber, r.prevCode ?? ''),
      nextId: r.nextId,
    }),
  );
}

export function presentEntry(
  row: IssuedDocumentRow,
  labels: Record<string, string>,
  links: { previousNumberLine: string | null; nextId: string | null },
): RegisterEntry {
  return {
    id: row.id,
    conferenceId: row.conferenceId,
    kind: row.kind,
    label: labels[row.kind] ?? row.kind,
    type: row.type,
    code: row.code,
    status: row.status as RegisterStatus,
    version: row.version,
    previousId: row.previousId,
    previousNumberLine: links.previousNumberLine,
    nextId: links.nextId,
    year: row.year,
    number: row.number,
    numberLine: row.number === null ? null : documentNumberLine(row.number, row.code),
    documentDate: row.documentDate,
    signerName: row.signerName,
    signedAt: row.signedAt?.toISOString() ?? null,
    issuedByName: row.issuedByName,
    issuedAt: row.issuedAt?.toISOString() ?? null,
    title: row.title,
    summary: row.summary,
    docxSha256: row.docxSha256,
    pdfSha256: row.pdfSha256,
    rowVersion: row.rowVersion,
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
