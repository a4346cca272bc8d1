// Reads of the statutory statistics: the honours of a reporting period counted in the database
// (GROUP BY statistics column, subject kind, category, method — never the honours themselves),
// and the movements under way in it, grouped by what form 0601 splits them by.
import { and, count, eq, gte, isNotNull, isNull, lte, or } from 'drizzle-orm';
import {
  durationBucket,
  type ReportingPeriod,
  type StatCounts,
  type StatFact,
} from '../../../shared/rules/statistics-forms';
import type { Db } from '../../db/client';
import { honourForms, honourSubjects, honours, movements } from '../../db/schema/index';

/**
 * Honours with a decision date in the period, not revoked, of a form that counts in a statistics
 * column (honour_forms.stat_column, by the form's code), counted by column, kind, category, method.
 */
export async function honourFacts(
  db: Db,
  organizationId: string,
  period: ReportingPeriod,
): Promise<StatFact[]> {
  const rows = await db
    .select({
      statColumn: honourForms.statColumn,
      kind: honourSubjects.kind,
      category: honours.category,
      method: honours.method,
      n: count(),
    })
    .from(honours)
    .innerJoin(
      honourForms,
      and(eq(honourForms.organizationId, honours.organizationId), eq(honourForms.code, honours.formCode)),
    )
    .innerJoin(honourSubjects, eq(honourSubjects.id, honours.subjectId))
    .where(
      and(
        eq(honours.organizationId, organizationId),
        isNull(honours.revokedAt),
        gte(honours.decisionDate, period.from),
        lte(honours.decisionDate, period.to),
        isNotNull(honourForms.statColumn),
      ),
    )
    .groupBy(honourForms.statColumn, honourSubjects.kind, honours.category, honours.method);
  return rows.map(({ n, ...attrs }) => ({ attrs, count: n }));
}

/**
 * Movements under way in the period (started by its end, not ended before its start), counted by
 * launch level, scope, method and their dates; the dates become the duration bucket here.
 */
export async function movementFacts(
  db: Db,
  organizationId: string,
  period: ReportingPeriod,
): Promise<StatFact[]> {
  const rows = await db
    .select({
      launchLevel: movements.launchLevel,
      scope: movements.scope,
      method: movements.method,
      startDate: movements.startDate,
      endDate: movements.endDate,
      n: count(),
    })
    .from(movements)
    .where(
      and(
        eq(movements.organizationId, organizationId),
        lte(movements.startDate, period.to),
        or(isNull(movements.endDate), gte(movements.endDate, period.from)),
      ),
    )
    .groupBy(
      movements.launchLevel,
      movements.scope,
      movements.method,
      movements.startDate,
      movements.endDate,
    );
  return rows.map(({ n, startDate, endDate, ...attrs }) => ({
    attrs: { ...attrs, duration: durationBucket(startDate, endDate, period.to) },
    count: n,
  }));
}

export async function statisticsCounts(
  db: Db,
  organizationId: string,
  period: ReportingPeriod,
): Promise<StatCounts> {
  const [honourCounts, movementCounts] = await Promise.all([
    honourFacts(db, organizationId, period),
    movementFacts(db, organizationId, period),
  ]);
  return { honours: honourCounts, movements: movementCounts };
}
