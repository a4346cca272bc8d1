// Định danh — finding (or making) the identity a nominee, an honouree or an imported row is. The
// views find them here; subject-mutations.ts `resolveSubject` is the one place identities are made.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
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

// ---- many at once (judging a list of nominations in a few reads, never one per nominee) ----------

/** What a list's judging reads of an identity (not its search columns). */
export type SubjectBrief = Pick<
  SubjectRow,
  | 'id'
  | 'kind'
  | 'name'
  | 'birthYear'
  | 'unitName'
  | 'matchKey'
  | 'mergedIntoId'
  | 'disciplinePending'
  | 'disciplineNote'
>;

const CHUNK = 5000;
const chunks = <T>(xs: readonly T[]) =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * The identities matching `where`, oldest first, in slices of 5,000 keys. Each slice comes as one
 * JSON text: thousands of rows are handed over several times faster than as typed rows (PGlite
 * decodes every column of every row).
 */
async function briefRows(
  db: Db,
  organizationId: string,
  by: 'id' | 'match_key' | 'merged_into_id',
  keys: readonly string[],
): Promise<SubjectBrief[]> {
  // one array parameter, not thousands of them: the statement stays short on both engines
  const cast = sql.raw(by === 'match_key' ? 'text[]' : 'uuid[]');
  const out: SubjectBrief[] = [];
  for (const part of chunks([...new Set(keys)])) {
    const result = await db.execute(sql`
      SELECT json_agg(json_build_array(id, kind, name, birth_year, unit_name, match_key, merged_into_id,
        discipline_pending, discipline_note) ORDER BY created_at, id)::text AS j
      FROM ${honourSubjects}
      WHERE organization_id = ${organizationId} AND ${sql.raw(by)} = ANY(${sql.param(part)}::${cast})`);
    const [row] = (result as unknown as { rows: { j: string | null }[] }).rows;
    for (const r of JSON.parse(row?.j ?? 'null') ?? []) {
      out.push({
        id: r[0],
        kind: r[1],
        name: r[2],
        birthYear: r[3],
        unitName: r[4],
        matchKey: r[5],
        mergedIntoId: r[6],
        disciplinePending: r[7],
        disciplineNote: r[8],
      });
    }
  }
  return out;
}

/** Each row followed through its merge to the identity kept (as findSubject does for one). */
async function followMerges(
  db: Db,
  organizationId: string,
  rows: SubjectBrief[],
): Promise<Map<string, SubjectBrief>> {
  const targets = rows.flatMap((r) => (r.mergedIntoId ? [r.mergedIntoId] : []));
  const kept = new Map((await briefRows(db, organizationId, 'id', targets)).map((r) => [r.id, r]));
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
): Promise<Map<string, SubjectBrief>> {
  const oldest = new Map<string, SubjectBrief>();
  for (const r of await briefRows(db, organizationId, 'match_key', keys))
    if (!oldest.has(r.matchKey)) oldest.set(r.matchKey, r);
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
): Promise<Map<string, SubjectBrief>> {
  const rows = await briefRows(db, organizationId, 'id', ids);
  return followMerges(db, organizationId, rows);
}

/**
 * Each kept identity's family: itself and the identities merged into it (subjectFamilyIds for
 * many), the members' facts by id.
 */
export async function subjectFamilies(
  db: Db,
  organizationId: string,
  roots: readonly SubjectBrief[],
): Promise<{ rootOf: Map<string, string>; members: Map<string, SubjectBrief> }> {
  const rootOf = new Map(roots.map((r) => [r.id, r.id]));
  const members = new Map(roots.map((r) => [r.id, r]));
  const merged = await briefRows(
    db,
    organizationId,
    'merged_into_id',
    roots.map((r) => r.id),
  );
  for (const m of merged) {
    rootOf.set(m.id, m.mergedIntoId!);
    members.set(m.id, m);
  }
  return { rootOf, members };
}
