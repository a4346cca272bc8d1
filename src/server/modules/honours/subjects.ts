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

// ---- many at once (judging a list of nominations in a few reads, never one per nominee) ----------

const CHUNK = 5000;
const chunks = <T>(xs: readonly T[]) =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

async function subjectRows(db: Db, organizationId: string, ids: readonly string[]): Promise<SubjectRow[]> {
  const out: SubjectRow[] = [];
  for (const part of chunks([...new Set(ids)])) {
    out.push(
      ...(await db
        .select()
        .from(honourSubjects)
        .where(and(eq(honourSubjects.organizationId, organizationId), inArray(honourSubjects.id, part)))),
    );
  }
  return out;
}

/** Each row followed through its merge to the identity kept (as findSubject does for one). */
async function followMerges(
  db: Db,
  organizationId: string,
  rows: SubjectRow[],
): Promise<Map<string, SubjectRow>> {
  const targets = rows.flatMap((r) => (r.mergedIntoId ? [r.mergedIntoId] : []));
  const kept = new Map((await subjectRows(db, organizationId, targets)).map((r) => [r.id, r]));
  return new Map(
    rows.flatMap((r) => {
      const root = r.mergedIntoId ? kept.get(r.mergedIntoId) : r;
      return root ? [[r.id, root] as const] : [];
    }),
  );
}

/**
 * The identities of many match keys at once: for each key the oldest row, followed through a
 * merge — what findSubject answers for one set of facts. Keys without an identity are absent.
 */
export async function findSubjectsByKey(
  db: Db,
  organizationId: string,
  keys: readonly string[],
): Promise<Map<string, SubjectRow>> {
  const oldest = new Map<string, SubjectRow>();
  for (const part of chunks([...new Set(keys)])) {
    const rows = await db
      .select()
      .from(honourSubjects)
      .where(and(eq(honourSubjects.organizationId, organizationId), inArray(honourSubjects.matchKey, part)))
      .orderBy(asc(honourSubjects.createdAt), asc(honourSubjects.id));
    for (const r of rows) if (!oldest.has(r.matchKey)) oldest.set(r.matchKey, r);
  }
  const roots = await followMerges(db, organizationId, [...oldest.values()]);
  return new Map(
    [...oldest].flatMap(([key, r]) => (roots.get(r.id) ? [[key, roots.get(r.id)!] as const] : [])),
  );
}

/** Identities by id, each followed through its merge to the one kept. */
export async function subjectsById(
  db: Db,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, SubjectRow>> {
  return followMerges(db, organizationId, await subjectRows(db, organizationId, ids));
}

/** Each kept identity's family: itself and the identities merged into it (subjectFamilyIds for many). */
export async function subjectFamilies(
  db: Db,
  organizationId: string,
  rootIds: readonly string[],
): Promise<Map<string, string[]>> {
  const families = new Map<string, string[]>(rootIds.map((id) => [id, [id]]));
  for (const part of chunks([...new Set(rootIds)])) {
    const rows = await db
      .select({ id: honourSubjects.id, mergedIntoId: honourSubjects.mergedIntoId })
      .from(honourSubjects)
      .where(
        and(eq(honourSubjects.organizationId, organizationId), inArray(honourSubjects.mergedIntoId, part)),
      );
    for (const r of rows) families.get(r.mergedIntoId!)?.push(r.id);
  }
  return families;
}
