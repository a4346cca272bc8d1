import { EventEmitter } from 'node:events';
import type { Actor } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import { authorize } from '../../auth/policy';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import { confParams } from '../../http/params';
import { loadVisibleConference } from '../conferences/access';
import { conferenceScope } from '../conferences/policy';
import { getMeeting } from './data';

export const meetingParams = confParams.extend({ meetingId: uuidParam('Mã phiên họp') });
export const ballotParams = meetingParams.extend({ ballotId: uuidParam('Mã phiếu') });

/** Ballot progress and closing, for the live screens (server-sent events, this instance). */
export const ballotEvents = new EventEmitter();
ballotEvents.setMaxListeners(1000);

/** The meeting of a conference the actor may see, with review.read checked. */
export async function loadMeeting(db: Db, actor: Actor, conferenceId: string, meetingId: string) {
  const conf = await loadVisibleConference(db, actor, conferenceId);
  authorize(actor, 'review.read', conferenceScope(conf));
  const meeting = await getMeeting(db, conf.id, meetingId);
  if (!meeting) throw notFound('phiên họp');
  return { conf, meeting };
}
