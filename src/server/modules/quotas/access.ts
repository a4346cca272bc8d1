import { type Actor, can } from '../../../shared/rules/permissions';
import type { Db } from '../../db/client';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { listUnits } from '../units/data';

/** Units the actor may see in this conference: all for staff, their own for a unit head. */
export async function visibleUnits(db: Db, actor: Actor, conf: ConferenceRow) {
  const all = await listUnits(db, conf.organizationId);
  const scope = conferenceScope(conf);
  if (can(actor, 'nomination.read', scope) || can(actor, 'nomination.settings', scope)) return all;
  return all.filter((u) => can(actor, 'nomination.write', { ...scope, unitId: u.id }));
}
