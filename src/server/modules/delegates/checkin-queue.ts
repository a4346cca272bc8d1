// Group commit for check-ins (đón tiếp). At the door many phones scan at once; one transaction per
// scan makes them wait for each other's commits (a commit is the expensive part: on PostgreSQL the
// flush of its log). So the scans that arrive together — of every conference this instance serves:
// on a nationwide morning thousands of halls scan at once, each only a few a second — go in one
// batch (server/group-commit.ts), written by `commitCheckins` (checkin-mutations.ts) in one
// transaction. Every request is answered after its batch commits.
import type { Db } from '../../db/client';
import { groupCommitPerDb } from '../../group-commit';
import { type CheckinRequest, commitCheckins } from './checkin-mutations';
import type { CheckinOutcome } from './data';

const checkinQueue = groupCommitPerDb<Db, CheckinRequest, CheckinOutcome>(
  (db) => (batch) => commitCheckins(db, batch),
);

/** Resolves with the check-in (new or existing); rejects when the scan is refused, recording nothing. */
export const enqueueCheckin = (db: Db, request: CheckinRequest): Promise<CheckinOutcome> =>
  checkinQueue(db).enqueue(ALL_CONFERENCES, request);

/** One queue for all conferences: each request is checked against its own conference in the batch. */
const ALL_CONFERENCES = 'checkins';
