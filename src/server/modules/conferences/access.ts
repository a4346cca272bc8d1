// Conference loading for every module: the one place that decides "404 for another organizer's
// conference, 403 without the permission". Routes get it through server/http/route.ts.
import { type Actor, can, type Permission } from '../../../shared/rules/permissions';
import { authorize } from '../../auth/policy';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import { type ConferenceRow, getConference } from './data';
import { conferenceScope } from './policy';

/** The conference (404 for another organizer) with `permission` checked on it (403 without it). */
export async function loadConferenceFor(
  db: Db,
  actor: Actor,
  conferenceId: string,
  permission: Permission = 'conference.read',
): Promise<ConferenceRow> {
  return conferenceFor(actor, await getConference(db, conferenceId), permission);
}

/** The same checks on a conference row already in hand (e.g. from a cache). */
export function conferenceFor(
  actor: Actor,
  row: ConferenceRow | null,
  permission: Permission = 'conference.read',
): ConferenceRow {
  if (!row || !can(actor, 'conference.read', conferenceScope(row))) throw notFound('hội nghị');
  if (permission !== 'conference.read') authorize(actor, permission, conferenceScope(row));
  return row;
}
