import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { NominationStatus } from '../../../shared/schemas/nominations';
import type { Db } from '../../db/client';
import { rowOf, rowsWhere } from '../../db/rows';
import {
  attachments,
  awardForms,
  movements,
  nominationEvents,
  nominations,
  units,
} from '../../db/schema/index';
import { wordStartSearch } from '../../db/search';

export type NominationRow = typeof nominations.$inferSelect;

export type NominationFilter = {
  conferenceId: string;
  /** Units the actor may see; null = all. */
  unitIds: string[] | null;
  /** Statuses the actor may see; null = all. */
  visibleStatuses: NominationStatus[] | null;
  unitId?: string;
  awardFormId?: string;
  status?: NominationStatus;
  occupationGroup?: string;
  gender?: string;
  kind?: string;
  q?: string;
};

function where(f: NominationFilter): SQL | undefined {
  const w: SQL[] = [eq(nominations.conferenceId, f.conferenceId)];
  if (f.unitIds)
    w.push(
      inArray(nominations.unitId, f.unitIds.length ? f.unitIds : ['00000000-0000-0000-0000-000000000000']),
    );
  if (f.visibleStatuses) w.push(inArray(nominations.status, f.visibleStatuses));
  if (f.unitId) w.push(eq(nominations.unitId, f.unitId));
  if (f.awardFormId) w.push(eq(nominations.awardFormId, f.awardFormId));
  if (f.status) w.push(eq(nominations.status, f.status));
  if (f.occupationGroup) w.push(eq(nominations.occupationGroup, f.occupationGroup));
  if (f.gender) w.push(eq(nominations.gender, f.gender));
  if (f.kind) w.push(eq(nominations.kind, f.kind));
  const search = wordStartSearch(nominations.searchName, f.q);
  if (search) w.push(search);
  return and(...w);
}

const listColumns = {
  id: nominations.id,
  unitId: nominations.unitId,
  unitName: units.name,
  awardFormId: nominations.awardFormId,
  awardFormName: awardForms.name,
  kind: nominations.kind,
  name: nominations.name,
  gender: nominations.gender,
  occupationGroup: nominations.occupationGroup,
  individual: nominations.individual,
  status: nominations.status,
  returnReason: nominations.returnReason,
  submittedAt: nominations.submittedAt,
  version: nominations.version,
};

/**
 * A page of nominations in Vietnamese name order, with the total. The page's ids are picked
 * first from the narrow (conference, sort_key) index, then only those rows are read in full.
 */
export async function listNominations(
  db: Db,
  f: NominationFilter,
  page: { limit: number; offset: number },
  opts: { details?: boolean } = {},
) {
  const cond = where(f);
  const pageIds = db
    .select({ id: nominations.id })
    .from(nominations)
    .where(cond)
    .orderBy(asc(nominations.sortKey), asc(nominations.id))
    .limit(page.limit)
    .offset(page.offset);
  const details = opts.details
    ? { collective: nominations.collective, summaryHtml: nominations.summaryHtml }
    : { collective: sql<null>`null`, summaryHtml: sql<string>`''` };
  const rows = await db
    .select({ ...listColumns, ...details })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(awardForms, eq(awardForms.id, nominations.awardFormId))
    .where(inArray(nominations.id, pageIds))
    .orderBy(asc(nominations.sortKey), asc(nominations.id));
  return { rows };
}

/** Counts by unit, form, gender, occupation group and status under the same filter — one scan. */
export async function countNominations(db: Db, f: NominationFilter) {
  const rows = await db
    .select({
      unitId: nominations.unitId,
      awardFormId: nominations.awardFormId,
      gender: nominations.gender,
      occupationGroup: nominations.occupationGroup,
      status: nominations.status,
      grouping:
        sql<number>`grouping(${nominations.unitId}, ${nominations.awardFormId}, ${nominations.gender}, ${nominations.occupationGroup}, ${nominations.status})`.mapWith(
          Number,
        ),
      n: count(),
    })
    .from(nominations)
    .where(where(f))
    .groupBy(
      sql`grouping sets ((${nominations.unitId}), (${nominations.awardFormId}), (${nominations.gender}), (${nominations.occupationGroup}), (${nominations.status}))`,
    );
  // grouping() is a bit mask over the five columns, 1 = not grouped by it (unitId is the highest bit)
  const pick = (bit: number, key: (r: (typeof rows)[number]) => string | null) =>
    Object.fromEntries(rows.filter((r) => r.grouping === 31 - bit).map((r) => [key(r) ?? 'none', r.n]));
  const byStatus = pick(1, (r) => r.status);
  return {
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byUnit: pick(16, (r) => r.unitId),
    byForm: pick(8, (r) => r.awardFormId),
    byGender: pick(4, (r) => r.gender),
    byOccupationGroup: pick(2, (r) => r.occupationGroup),
    byStatus,
  };
}

export async function getNomination(db: Db, conferenceId: string, id: string): Promise<NominationRow | null> {
  return rowOf(db, nominations, nominations.conferenceId, conferenceId, id);
}

export async function listAttachments(db: Db, nominationId: string) {
  return rowsWhere(db, attachments, eq(attachments.nominationId, nominationId), [attachments.createdAt]);
}

export async function getAttachment(db: Db, nominationId: string, id: string) {
  return rowOf(db, attachments, attachments.nominationId, nominationId, id);
}

/** The nomination's history (sent, returned, accepted …), oldest first. */
export async function listNominationEvents(db: Db, nominationId: string) {
  return rowsWhere(db, nominationEvents, eq(nominationEvents.nominationId, nominationId), [
    nominationEvents.createdAt,
    nominationEvents.id,
  ]);
}

/** The organizer's movements a nomination may cite (phong trào thi đua), by id. */
export async function movementIdsOf(db: Db, organizationId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: movements.id })
    .from(movements)
    .where(eq(movements.organizationId, organizationId));
  return new Set(rows.map((r) => r.id));
}
