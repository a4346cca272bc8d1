import type { Actor } from '../../../shared/rules/permissions';
import { authorize } from '../../auth/policy';
import type { Db } from '../../db/client';
import { loadVisibleConference } from '../conferences/access';
import { conferenceScope } from '../conferences/policy';

/** The conference, checked against `permission` (404 for another organizer, 403 without it). */
export async function loadConference(
  db: Db,
  actor: Actor,
  conferenceId: string,
  permission: 'review.read' | 'review.manage',
) {
  const conf = await loadVisibleConference(db, actor, conferenceId);
  authorize(actor, permission, conferenceScope(conf));
  return conf;
}
