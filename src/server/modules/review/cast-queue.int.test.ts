import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedNominations, meetingWith, SEVEN_MEMBERS } from '../../../../tests/helpers/review';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { castBallot } from './ballot-mutations';
import { getBallot, getTally, listVoterIds } from './data';
import { totalsOf } from './live-totals';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const SEVEN = SEVEN_MEMBERS;

describe('casts that arrive together (group commit)', () => {
  it('counts each member once, also a member sending two papers in the same instant', async () => {
    const ids = await acceptedNominations(t, [
      { unit: 'Tổ dân phố 5', name: 'Nguyễn Thị Lan' },
      { unit: 'Tổ dân phố 6', name: 'Phạm Văn Long' },
    ]);
    const m = await meetingWith(t, SEVEN);
    const created = await t.send('POST', `${m.url}/ballots`, m.secretary, {
      title: 'Phiếu bầu',
      mode: 'electronic',
      items: ids.map((nominationId) => ({ nominationId })),
    });
    const ballotUrl = `${m.url}/ballots/${created.json().id}`;
    const opened = await t.send('POST', `${ballotUrl}/open`, m.secretary);
    expect(opened.statusCode).toBe(200);
    const seats = (await t.send('GET', m.url, m.secretary))
      .json()
      .members.map((x: { id: string }) => x.id) as string[];
    const ballot = (await getBallot(t.database.db, m.id, created.json().id))!;
    const [a, b] = created.json().items.map((i: { id: string }) => i.id) as string[];
    const voters = ballot.electorate;
    expect(voters).toHaveLength(7);
    expect(seats).toEqual(expect.arrayContaining(voters));

    // every paper is queued in the same turn of the event loop, so they share transactions;
    // the first voter sends a second, different paper right after the first
    const papers = [
      castBallot(t.database.db, ballot, voters[0]!, { [a!]: 'agree', [b!]: 'agree' }),
      castBallot(t.database.db, ballot, voters[0]!, { [a!]: 'disagree', [b!]: 'disagree' }),
      ...voters
        .slice(1)
        .map((v) => castBallot(t.database.db, ballot, v, { [a!]: 'agree', [b!]: 'disagree' })),
    ];
    const settled = await Promise.allSettled(papers);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect((settled[1] as PromiseRejectedResult).reason.message).toBe(
      'Bạn đã bỏ phiếu này rồi; không thể bỏ lại hay sửa',
    );
    // the running totals, in this process's memory until closing
    const tally = totalsOf(ballot.id)!;
    expect(tally.ballotsCast).toBe(7);
    expect(tally.counts[a!]).toEqual({ agree: 7, disagree: 0, abstain: 0 });
    expect(tally.counts[b!]).toEqual({ agree: 1, disagree: 6, abstain: 0 });
    expect((await listVoterIds(t.database.db, ballot.id)).sort()).toEqual([...voters].sort());

    // after closing, a paper checked against a stale copy of the open ballot is still refused
    // (the status is read again under a lock) and changes nothing
    await t.send('POST', `${ballotUrl}/close`, m.secretary);
    const late = castBallot(t.database.db, ballot, voters[1]!, { [a!]: 'agree', [b!]: 'agree' });
    await expect(late).rejects.toThrow('Phiếu đã đóng');
    expect((await getTally(t.database.db, ballot.id))!.ballotsCast).toBe(7);
  });
});
