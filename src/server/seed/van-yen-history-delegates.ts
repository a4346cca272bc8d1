// Demo history, delegate list: the 2020 honorees become delegates linked to their nominations
// (delegates.nominationId) through the delegates module's "Thêm người được vinh danh". The demo
// list is at its cap (100), so each honoree not yet listed takes the place of one invented
// exemplary delegate — one of the same unit when there is one — and the list stays at 100.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../shared/rules/permissions';
import type { Db } from '../db/client';
import { delegates } from '../db/schema/index';
import type { ConferenceRow } from '../modules/conferences/data';
import { addHonorees, deleteDelegate } from '../modules/delegates/mutations';
import { listHonorees } from '../modules/selection/data';

export async function linkHonoreeDelegates(db: Db, actor: Actor, conference: ConferenceRow) {
  const honorees = await listHonorees(db, conference.id);
  const rows = await db
    .select()
    .from(delegates)
    .where(eq(delegates.conferenceId, conference.id))
    .orderBy(asc(delegates.createdAt), asc(delegates.id));
  const listed = new Set(rows.map((r) => r.nominationId));
  const fresh = honorees.filter((h) => !listed.has(h.nominationId));
  const placeholders = (
    await db
      .select()
      .from(delegates)
      .where(
        and(
          eq(delegates.conferenceId, conference.id),
          eq(delegates.category, 'exemplary'),
          isNull(delegates.nominationId),
        ),
      )
      .orderBy(asc(delegates.createdAt), asc(delegates.id))
  ).reverse();
  const room = Math.max(0, conference.plan.delegateRules.cap - rows.length);
  for (const h of fresh.slice(room)) {
    const i = Math.max(
      0,
      placeholders.findIndex((p) => p.unitName === h.unitName),
    );
    const [p] = placeholders.splice(i, 1);
    if (!p) break;
    await deleteDelegate(db, actor, conference, p.id, p.version);
  }
  return addHonorees(db, actor, conference, {});
}
