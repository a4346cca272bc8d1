import { type Actor, can, type Permission } from '../../../shared/rules/permissions';
import { authorize } from '../../auth/policy';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import { type ConferenceRow, getConference } from './data';
import { conferenceScope } from './policy';

/** Loads a conference the actor may see; another organizer's conference is simply not found. */
export async function loadVisibleConference(db: Db, actor: Actor, id: string): Promise<ConferenceRow> {
  return visibleTo(actor, await getConference(db, id));
}

/** The same check on a conference row already in hand (e.g. from a cache). */
export function visibleTo(actor: Actor, row: ConferenceRow | null): ConferenceRow {
  if (!row || !can(actor, 'conference.read', conferenceScope(row))) throw notFound('hội nghị');
  return row;
}

/** The conference (404 for another organizer) with `permission` checked on it (403 without it). */
export async function loadConferenceFor(
  db: Db,
  actor: Actor,
  conferenceId: string,
  permission: Permission,
): Promise<ConferenceRow> {
  const conf = await loadVisibleConference(db, actor, conferenceId);
  authorize(actor, permission, conferenceScope(conf));
  return conf;
}
