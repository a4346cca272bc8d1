// Reads of the eligibility rules and of what judging needs: the forms an organizer knows and the
// honours of a set of identities (in slices, never one read per nominee).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowOf, rowsWhere } from '../../db/rows';
import {
  awardForms,
  ballotItems,
  eligibilityRules,
  honourForms,
  honours,
  movements,
  nominations,
} from '../../db/schema/index';

export type EligibilityRuleRow = typeof eligibilityRules.$inferSelect;

export async function listEligibilityRules(db: Db, organizationId: string): Promise<EligibilityRuleRow[]> {
  return rowsWhere(db, eligibilityRules, eq(eligibilityRules.organizationId, organizationId), [
    eligibilityRules.formCode,
    eligibilityRules.validFrom,
    eligibilityRules.createdAt,
  ]);
}

export async function getEligibilityRule(
  db: Db,
  organizationId: string,
  id: string,
): Promise<EligibilityRuleRow | null> {
  return rowOf(db, eligibilityRules, eligibilityRules.organizationId, organizationId, id);
}

/**
 * The forms the organizer knows, code → name: its register's catalogue (honour_forms) and the
 * award forms of its conferences (the catalogue's name wins when both have the code).
 */
export async function knownForms(db: Db, organizationId: string): Promise<Map<string, string>> {
  const catalogue = await db
    .select({ code: honourForms.code, name: honourForms.name })
    .from(honourForms)
    .where(eq(honourForms.organizationId, organizationId));
  const ofConferences = await db
    .selectDistinctOn([awardForms.code], { code: awardForms.code, name: awardForms.name })
    .from(awardForms)
    .where(eq(awardForms.organizationId, organizationId))
    .orderBy(asc(awardForms.code), desc(awardForms.createdAt));
  return new Map([...ofConferences, ...catalogue].map((f) => [f.code, f.name]));
}

/** One honour of an identity, as judging and the past-honours list read it. */
export type SubjectHonourRow = {
  id: string;
  subjectId: string;
  formCode: string;
  formName: string;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  signerLevel: string;
  method: string;
  achievement: string;
  achievementRef: string;
  movementId: string | null;
  prizeAmount: number;
  source: string;
  nominationId: string | null;
  revoked: boolean;
};

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * The honours of these identities (revoked ones too: the page shows them struck). A list of
 * nominations reads tens of thousands: they come as one JSON text per 5,000 identities, which
 * both engines hand over several times faster than as typed rows (PGlite decodes every column of
 * every row). No join: the identities' facts and the movements' names are read apart.
 */
export async function honoursOfSubjects(
  db: Db,
  organizationId: string,
  subjectIds: readonly string[],
): Promise<SubjectHonourRow[]> {
  const ids = [...new Set(subjectIds)];
  const out: SubjectHonourRow[] = [];
  for (let i = 0; i < ids.length; i += 5000) {
    const [row] = rowsOf<{ j: string | null }>(
      await db.execute(sql`
        SELECT json_agg(json_build_array(id, subject_id, form_code, form_name, year, decision_number,
          decision_date, signer_level, method, achievement, achievement_ref, movement_id, prize_amount,
          source, nomination_id, revoked_at IS NOT NULL))::text AS j
        FROM ${honours}
        WHERE organization_id = ${organizationId}
          AND subject_id = ANY(${sql.param(ids.slice(i, i + 5000))}::uuid[])`),
    );
    for (const h of JSON.parse(row?.j ?? 'null') ?? []) {
      out.push({
        id: h[0],
        subjectId: h[1],
        formCode: h[2],
        formName: h[3],
        year: h[4],
        decisionNumber: h[5],
        decisionDate: h[6],
        signerLevel: h[7],
        method: h[8],
        achievement: h[9],
        achievementRef: h[10],
        movementId: h[11],
        prizeAmount: Number(h[12]),
        source: h[13],
        nominationId: h[14],
        revoked: h[15],
      });
    }
  }
  return out;
}

/** The names of these movements of the organizer, by id. */
export async function movementNames(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: movements.id, name: movements.name })
    .from(movements)
    .where(and(eq(movements.organizationId, organizationId), inArray(movements.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** What judging reads of a nomination (judge.ts JudgedNomination). */
const judgedColumns = {
  id: nominations.id,
  unitId: nominations.unitId,
  awardFormId: nominations.awardFormId,
  kind: nominations.kind,
  name: nominations.name,
  individual: nominations.individual,
  achievementRef: nominations.achievementRef,
  eligibilityNote: nominations.eligibilityNote,
  subjectId: nominations.subjectId,
};

/** The nominees of a ballot, in the ballot's order. */
export async function ballotNominees(db: Db, ballotId: string) {
  return db
    .select(judgedColumns)
    .from(ballotItems)
    .innerJoin(nominations, eq(nominations.id, ballotItems.nominationId))
    .where(eq(ballotItems.ballotId, ballotId))
    .orderBy(asc(ballotItems.position));
}

/** These nominations of the conference (others' ids are ignored). */
export async function nominationsByIds(db: Db, conferenceId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ ...judgedColumns, status: nominations.status })
    .from(nominations)
    .where(and(eq(nominations.conferenceId, conferenceId), inArray(nominations.id, [...ids])));
}
