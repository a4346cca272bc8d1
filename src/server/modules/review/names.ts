import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { awardForms, ballotItems, nominations, units } from '../../db/schema/index';

const nameColumns = {
  id: nominations.id,
  name: nominations.name,
  kind: nominations.kind,
  gender: nominations.gender,
  unitId: nominations.unitId,
  unitName: units.name,
  unitType: units.type,
  awardFormId: nominations.awardFormId,
  awardFormName: awardForms.name,
};

/** The nominees of one ballot, by nomination id (one join, however many items). */
export async function listBallotNominationNames(db: Db, ballotId: string) {
  const rows = await db
    .select(nameColumns)
    .from(ballotItems)
    .innerJoin(nominations, eq(nominations.id, ballotItems.nominationId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(awardForms, eq(awardForms.id, nominations.awardFormId))
    .where(eq(ballotItems.ballotId, ballotId));
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}

/** What a ballot shows of each nominee: name, kind, unit and proposed award form. */
export async function listNominationNames(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(nameColumns)
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(awardForms, eq(awardForms.id, nominations.awardFormId))
    .where(inArray(nominations.id, ids));
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}
