// Sổ khen thưởng — reads: the lookup (name with or without diacritics, unit, form, years,
// movement, kind), an identity's honours, the catalogue of forms, the decisions already known.
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  isNull,
  lte,
  type SQL,
  sql,
} from 'drizzle-orm';
import { matchesVietnamese, searchWords } from '../../../shared/rules/vietnamese-text';
import type { HonourLookupQuery } from '../../../shared/schemas/honours';
import type { Db } from '../../db/client';
import { firstRow, rowsWhere } from '../../db/rows';
import { honourForms, honourSubjects, honours, movements } from '../../db/schema/index';
import { wordStartSearch } from '../../db/search';
import { getSubject } from './subject-data';

export type HonourFormRow = typeof honourForms.$inferSelect;
export type HonourRecord = typeof honours.$inferSelect;

/** One honour with the identity it was recorded under and its movement's name. */
const honourColumns = {
  id: honours.id,
  subjectId: honours.subjectId,
  mergedIntoId: honourSubjects.mergedIntoId,
  kind: honourSubjects.kind,
  name: honourSubjects.name,
  birthYear: honourSubjects.birthYear,
  gender: honourSubjects.gender,
  unitName: honourSubjects.unitName,
  formCode: honours.formCode,
  formName: honours.formName,
  year: honours.year,
  decisionNumber: honours.decisionNumber,
  decisionDate: honours.decisionDate,
  signerLevel: honours.signerLevel,
  method: honours.method,
  category: honours.category,
  achievement: honours.achievement,
  achievementRef: honours.achievementRef,
  movementId: honours.movementId,
  movementName: movements.name,
  prizeAmount: honours.prizeAmount,
  source: honours.source,
  revokedAt: honours.revokedAt,
  revokedReason: honours.revokedReason,
};
const joined = (db: Db) =>
  db
    .select(honourColumns)
    .from(honours)
    .innerJoin(honourSubjects, eq(honourSubjects.id, honours.subjectId))
    .leftJoin(movements, eq(movements.id, honours.movementId));
export type HonourRow = Awaited<ReturnType<typeof joined>>[number];

const textArray = (words: string[]) =>
  sql`ARRAY[${sql.join(
    words.map((w) => sql`${w}`),
    sql`, `,
  )}]::text[]`;

export type HonourFilter = Omit<HonourLookupQuery, 'limit' | 'offset'>;

/**
 * The lookup's condition. A name: every query word begins a word of the folded name — found
 * through the GIN index of every word's prefixes (migration 0022), then checked by the same
 * word-start LIKE as every other search (db/search.ts). A unit: the identities whose unit name
 * matches (`unitNames`, see unitNamesMatching).
 */
function lookupWhere(organizationId: string, f: HonourFilter, unitNames: string[] | null): SQL {
  const conditions: (SQL | undefined)[] = [eq(honours.organizationId, organizationId)];
  const words = searchWords(f.q ?? '');
  if (words.length > 0) {
    conditions.push(sql`honour_name_prefixes(${honourSubjects.searchWords}) @> ${textArray(words)}`);
    conditions.push(wordStartSearch(honourSubjects.searchName, f.q));
  }
  if (unitNames) conditions.push(inArray(honourSubjects.unitName, unitNames));
  if (f.formCode) conditions.push(eq(honours.formCode, f.formCode));
  if (f.yearFrom !== undefined) conditions.push(gte(honours.year, f.yearFrom));
  if (f.yearTo !== undefined) conditions.push(lte(honours.year, f.yearTo));
  if (f.movementId) conditions.push(eq(honours.movementId, f.movementId));
  if (f.kind) conditions.push(eq(honourSubjects.kind, f.kind));
  return and(...conditions)!;
}

/** Newest year first, then Vietnamese name order (given name, then the whole folded name). */
const lookupOrder = [
  desc(honours.year),
  sql`regexp_replace(${honourSubjects.searchName}, '^.* ', '')`,
  asc(honourSubjects.searchName),
  asc(honours.id),
];

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * The organizer's distinct unit names in the register (a walk of the unit index, one step per
 * name), those whose words begin with the query's (with or without diacritics).
 */
export async function unitNamesMatching(db: Db, organizationId: string, query: string): Promise<string[]> {
  const rows = rowsOf<{ name: string | null }>(
    await db.execute(sql`
      WITH RECURSIVE u(name) AS (
        (SELECT unit_name FROM honour_subjects WHERE organization_id = ${organizationId}::uuid
         ORDER BY unit_name LIMIT 1)
        UNION ALL
        SELECT (SELECT s.unit_name FROM honour_subjects s
                WHERE s.organization_id = ${organizationId}::uuid AND s.unit_name > u.name
                ORDER BY s.unit_name LIMIT 1)
        FROM u WHERE u.name IS NOT NULL
      )
      SELECT name FROM u WHERE name IS NOT NULL`),
  );
  return rows.map((r) => r.name!).filter((n) => n !== '' && matchesVietnamese(n, query));
}

/**
 * Sổ khen thưởng lookup: one page of honours and the number of matches counted up to `countCap`
 * (`more` when there are more).
 */
export async function lookupHonours(
  db: Db,
  organizationId: string,
  f: HonourFilter,
  page: { limit: number; offset: number },
  countCap: number,
): Promise<{ rows: HonourRow[]; total: number; more: boolean }> {
  let unitNames: string[] | null = null;
  if (f.unit && searchWords(f.unit).length > 0) {
    unitNames = await unitNamesMatching(db, organizationId, f.unit);
    if (unitNames.length === 0) return { rows: [], total: 0, more: false };
  }
  const where = lookupWhere(organizationId, f, unitNames);
  const capped = db
    .select({ one: sql`1` })
    .from(honours)
    .innerJoin(honourSubjects, eq(honourSubjects.id, honours.subjectId))
    .where(where)
    .limit(countCap + 1)
    .as('capped');
  const [rows, [counted]] = await Promise.all([
    joined(db)
      .where(where)
      .orderBy(...lookupOrder)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(capped),
  ]);
  const n = counted?.n ?? 0;
  return { rows, total: Math.min(n, countCap), more: n > countCap };
}

/** Every honour of these identities (one person's family after merges), in year order. */
export async function honoursOfSubjects(db: Db, subjectIds: string[]): Promise<HonourRow[]> {
  if (subjectIds.length === 0) return [];
  return joined(db)
    .where(inArray(honours.subjectId, subjectIds))
    .orderBy(asc(honours.year), asc(honours.decisionDate), asc(honours.formName), asc(honours.id));
}

export async function getHonourRow(db: Db, organizationId: string, id: string): Promise<HonourRow | null> {
  const [row] = await joined(db)
    .where(and(eq(honours.organizationId, organizationId), eq(honours.id, id)))
    .limit(1);
  return row ?? null;
}

export async function getHonour(db: Db, organizationId: string, id: string): Promise<HonourRecord | null> {
  return firstRow(db, honours, eq(honours.organizationId, organizationId), eq(honours.id, id));
}

// ---- the catalogue of forms ----------------------------------------------------------------

export async function listHonourForms(db: Db, organizationId: string): Promise<HonourFormRow[]> {
  return rowsWhere(db, honourForms, eq(honourForms.organizationId, organizationId), [
    honourForms.code,
    honourForms.id,
  ]);
}

export async function getHonourForm(db: Db, organizationId: string, id: string) {
  return firstRow(db, honourForms, eq(honourForms.organizationId, organizationId), eq(honourForms.id, id));
}

export async function honourFormByCode(db: Db, organizationId: string, code: string) {
  return firstRow(
    db,
    honourForms,
    eq(honourForms.organizationId, organizationId),
    eq(honourForms.code, code),
  );
}

/** How many honours of the register carry this form code. */
export async function honoursWithForm(db: Db, organizationId: string, code: string): Promise<number> {
  return db.$count(honours, and(eq(honours.organizationId, organizationId), eq(honours.formCode, code)));
}

// ---- decisions ---------------------------------------------------------------------------------

/** The decisions already in the register under these numbers: each (number, date, signer level) once. */
export async function knownDecisions(db: Db, organizationId: string, numbers: string[]) {
  if (numbers.length === 0) return [];
  return db
    .selectDistinct({
      decisionNumber: honours.decisionNumber,
      decisionDate: honours.decisionDate,
      signerLevel: honours.signerLevel,
    })
    .from(honours)
    .where(and(eq(honours.organizationId, organizationId), inArray(honours.decisionNumber, numbers)))
    .orderBy(honours.decisionNumber, honours.decisionDate, honours.signerLevel);
}

/** The honours recorded on these decisions: who (identity), which form — for "the same honour twice". */
export async function honoursOnDecisions(db: Db, organizationId: string, numbers: string[]) {
  if (numbers.length === 0) return [];
  return db
    .select({
      decisionNumber: honours.decisionNumber,
      subjectId: honours.subjectId,
      mergedIntoId: honourSubjects.mergedIntoId,
      formCode: honours.formCode,
    })
    .from(honours)
    .innerJoin(honourSubjects, eq(honourSubjects.id, honours.subjectId))
    .where(and(eq(honours.organizationId, organizationId), inArray(honours.decisionNumber, numbers)));
}

export async function movementOf(db: Db, organizationId: string, id: string) {
  return firstRow(db, movements, eq(movements.organizationId, organizationId), eq(movements.id, id));
}

// ---- identities --------------------------------------------------------------------------------

/** The identities merged into `rootId`. */
export async function mergedSubjects(db: Db, organizationId: string, rootId: string) {
  return rowsWhere(
    db,
    honourSubjects,
    and(eq(honourSubjects.organizationId, organizationId), eq(honourSubjects.mergedIntoId, rootId)),
    [honourSubjects.createdAt, honourSubjects.id],
  );
}

/**
 * A person's or collective's page: the kept identity (followed from a merged one), the identities
 * merged into it and every honour of them all, in year order; null when there is no such identity.
 */
export async function subjectFamily(db: Db, organizationId: string, subjectId: string) {
  const asked = await getSubject(db, organizationId, subjectId);
  const root = asked?.mergedIntoId ? await getSubject(db, organizationId, asked.mergedIntoId) : asked;
  if (!root) return null;
  const merged = await mergedSubjects(db, organizationId, root.id);
  const rows = await honoursOfSubjects(db, [root.id, ...merged.map((m) => m.id)]);
  return { root, merged, honours: rows };
}

/**
 * Kept identities (not merged away) that share their kind and folded name with another kept one:
 * the candidates of the duplicates review.
 */
export async function duplicateCandidates(db: Db, organizationId: string) {
  const repeated = db
    .select({ kind: honourSubjects.kind, searchName: honourSubjects.searchName })
    .from(honourSubjects)
    .where(and(eq(honourSubjects.organizationId, organizationId), isNull(honourSubjects.mergedIntoId)))
    .groupBy(honourSubjects.kind, honourSubjects.searchName)
    .having(sql`count(*) > 1`)
    .as('repeated');
  return db
    .select(getTableColumns(honourSubjects))
    .from(honourSubjects)
    .innerJoin(
      repeated,
      and(eq(repeated.kind, honourSubjects.kind), eq(repeated.searchName, honourSubjects.searchName)),
    )
    .where(and(eq(honourSubjects.organizationId, organizationId), isNull(honourSubjects.mergedIntoId)))
    .orderBy(asc(honourSubjects.searchName), asc(honourSubjects.createdAt), asc(honourSubjects.id));
}
