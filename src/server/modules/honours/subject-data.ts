// Định danh — finding (or making) the identity a nominee, an honouree or an imported row is. The
// views find them here; subject-mutations.ts `resolveSubject` is the one place identities are made.
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { type IdentityFacts, matchKey } from '../../../shared/rules/identity';
import type { Db } from '../../db/client';
import { honourSubjects } from '../../db/schema/index';

export type SubjectRow = typeof honourSubjects.$inferSelect;

export type SubjectFacts = IdentityFacts & {
  gender?: string | null;
  occupationGroup?: string | null;
};

/**
 * The identity these facts name, followed through a merge to the one kept (null: none yet).
 * Several rows may share a key when an import raced a QĐ; the oldest wins.
 */
export async function findSubject(
  db: Db,
  organizationId: string,
  facts: IdentityFacts,
): Promise<SubjectRow | null> {
  const [row] = await db
    .select()
    .from(honourSubjects)
    .where(
      and(eq(honourSubjects.organizationId, organizationId), eq(honourSubjects.matchKey, matchKey(facts))),
    )
    .orderBy(asc(honourSubjects.createdAt), asc(honourSubjects.id))
    .limit(1);
  if (!row) return null;
  return row.mergedIntoId ? await getSubject(db, organizationId, row.mergedIntoId) : row;
}

export async function getSubject(db: Db, organizationId: string, id: string): Promise<SubjectRow | null> {
  const [row] = await db
    .select()
    .from(honourSubjects)
    .where(and(eq(honourSubjects.organizationId, organizationId), eq(honourSubjects.id, id)));
  return row ?? null;
}

/** The identity and every identity merged into it: whose honours are one person's. */
export async function subjectFamilyIds(db: Db, organizationId: string, rootId: string): Promise<string[]> {
  const rows = await db
    .select({ id: honourSubjects.id })
    .from(honourSubjects)
    .where(
      and(
        eq(honourSubjects.organizationId, organizationId),
        or(eq(honourSubjects.id, rootId), eq(honourSubjects.mergedIntoId, rootId)),
      ),
    );
  return rows.map((r) => r.id);
}

/** Roots (not merged away) among the given ids — for lists that show one row per person. */
export async function rootSubjects(db: Db, ids: string[]): Promise<SubjectRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(honourSubjects)
    .where(and(inArray(honourSubjects.id, ids), isNull(honourSubjects.mergedIntoId)));
}
