// Reads of the eligibility rules and of what judging needs: the forms an organizer knows and the
// honours of a set of identities (in slices, never one read per nominee).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowOf, rowsWhere } from '../../db/rows';
import {
  awardForms,
  ballotItems,
  eligibilityRules,
  honourForms,
  honourSubjects,
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
  const [catalogue, ofConferences] = await Promise.all([
    db
      .select({ code: honourForms.code, name: honourForms.name })
      .from(honourForms)
      .where(eq(honourForms.organizationId, organizationId)),
    db
      .selectDistinctOn([awardForms.code], { code: awardForms.code, name: awardForms.name })
      .from(awardForms)
      .where(eq(awardForms.organizationId, organizationId))
      .orderBy(asc(awardForms.code), desc(awardForms.createdAt)),
  ]);
  return new Map([...ofConferences, ...catalogue].map((f) => [f.code, f.name]));
}

/** One honour with the facts of the identity it was written to and its movement's name. */
export type SubjectHonourRow = Awaited<ReturnType<typeof honoursOfSubjects>>[number];

/** The honours of these identities (revoked ones too: the page shows them struck), newest first. */
export async function honoursOfSubjects(db: Db, organizationId: string, subjectIds: readonly string[]) {
  const ids = [...new Set(subjectIds)];
  const out = [];
  for (let i = 0; i < ids.length; i += 5000) {
    out.push(
      ...(await db
        .select({
          id: honours.id,
          subjectId: honours.subjectId,
          kind: honourSubjects.kind,
          name: honourSubjects.name,
          birthYear: honourSubjects.birthYear,
          unitName: honourSubjects.unitName,
          formCode: honours.formCode,
          formName: honours.formName,
          year: honours.year,
          decisionNumber: honours.decisionNumber,
          decisionDate: honours.decisionDate,
          signerLevel: honours.signerLevel,
          method: honours.method,
          achievement: honours.achievement,
          achievementRef: honours.achievementRef,
          movementId: honours.movementId,
          movementName: movements.name,
          prizeAmount: honours.prizeAmount,
          source: honours.source,
          nominationId: honours.nominationId,
          revokedAt: honours.revokedAt,
        })
        .from(honours)
        .innerJoin(honourSubjects, eq(honourSubjects.id, honours.subjectId))
        .leftJoin(movements, eq(movements.id, honours.movementId))
        .where(
          and(eq(honours.organizationId, organizationId), inArray(honours.subjectId, ids.slice(i, i + 5000))),
        )
        .orderBy(desc(honours.year), desc(honours.decisionDate), asc(honours.id))),
    );
  }
  return out;
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
