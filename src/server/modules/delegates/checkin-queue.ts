// Group commit for check-ins (đón tiếp). At the door many phones scan at once; one transaction per
// scan makes them wait for each other's commits (on PGlite a commit is the expensive part). So the
// scans of one conference that arrive together go in one batch (server/group-commit.ts), written
// by `commitCheckins` (checkin-mutations.ts). Every request is answered after its batch commits.
import type { Db } from '../../db/client';
import { groupCommitPerDb } from '../../group-commit';
import { type CheckinRequest, commitCheckins } from './checkin-mutations';
import type { CheckinOutcome } from './data';

const checkinQueue = groupCommitPerDb<Db, CheckinRequest, CheckinOutcome>(
  (db) => (batch) => commitCheckins(db, batch),
);

/** Resolves with the check-in (new or existing); rejects when the scan is refused, recording nothing. */
export const enqueueCheckin = (db: Db, request: CheckinRequest): Promise<CheckinOutcome> =>
  checkinQueue(db).enqueue(request.conferenceId, request);
