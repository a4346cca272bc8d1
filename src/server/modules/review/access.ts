import { uuidParam } from '../../../shared/schemas/primitives';
import type { Db } from '../../db/client';
import { orNotFound } from '../../errors';
import { confParams } from '../../http/params';
import type { ConferenceRow } from '../conferences/data';
import { getBallot, getMeeting, type MeetingRow } from './data';

export const meetingParams = confParams.extend({ meetingId: uuidParam('Mã phiên họp') });
export const ballotParams = meetingParams.extend({ ballotId: uuidParam('Mã phiếu') });

/** The meeting of a conference already loaded and authorized (route()), or 404. */
export async function loadMeeting(db: Db, conf: ConferenceRow, meetingId: string) {
  const meeting = orNotFound(await getMeeting(db, conf.id, meetingId), 'phiên họp');
  return meeting;
}

export async function loadBallot(db: Db, meeting: MeetingRow, id: string) {
  const b = orNotFound(await getBallot(db, meeting.id, id), 'phiếu');
  return b;
}
