import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { awardForms, nominations, units } from '../../db/schema/index';

/** What a ballot shows of each nominee: name, kind, unit and proposed award form. */
export async function listNominationNames(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: nominations.id,
      name: nominations.name,
      kind: nominations.kind,
      gender: nominations.gender,
      unitId: nominations.unitId,
      unitName: units.name,
      unitType: units.type,
      awardFormId: nominations.awardFormId,
      awardFormName: awardForms.name,
    })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(awardForms, eq(awardForms.id, nominations.awardFormId))
    .where(inArray(nominations.id, ids));
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}
