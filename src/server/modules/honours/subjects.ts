// Định danh — finding (or making) the identity a nominee, an honouree or an imported row is. The
// one place identities are created: the QĐ write, the import, the hand entry and the nomination
// views all call `findSubject` / `resolveSubject`.
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { type IdentityFacts, matchKey, nameWords } from '../../../shared/rules/identity';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
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

/** Finds the identity or creates it (inside the caller's transaction). `created` says which. */
export async function resolveSubject(
  tx: Db,
  organizationId: string,
  facts: SubjectFacts,
): Promise<{ subject: SubjectRow; created: boolean }> {
  const found = await findSubject(tx, organizationId, facts);
  if (found) return { subject: found, created: false };
  const [subject] = await tx
    .insert(honourSubjects)
    .values({
      organizationId,
      kind: facts.kind,
      name: facts.name.trim(),
      searchName: foldVietnamese(facts.name),
      searchWords: nameWords(facts.name),
      birthYear: facts.birthYear ?? null,
      gender: facts.gender ?? null,
      occupationGroup: facts.occupationGroup ?? null,
      unitId: facts.unitId ?? null,
      unitName: facts.unitName?.trim() ?? '',
      matchKey: matchKey(facts),
    })
    .returning();
  return { subject: subject!, created: true };
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
