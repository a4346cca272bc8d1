import { describe, expect, it } from 'vitest';
import { RSVP_STATUSES, type RsvpStatus } from '../schemas/delegates';
import { inChosenOrder, rsvpAfterInvitationSent } from './invitations';

describe('rsvpAfterInvitationSent', () => {
  const expected: Record<RsvpStatus, RsvpStatus | null> = {
    not_sent: 'sent',
    sent: null,
    attending: null,
    declined: null,
    substitute: null,
  };
  it.each(RSVP_STATUSES.map((s) => [s, expected[s]] as const))('%s → %s', (status, after) => {
    expect(rsvpAfterInvitationSent(status)).toBe(after);
  });
});

describe('inChosenOrder', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it.each([
    [
      ['c', 'a'],
      ['c', 'a'],
    ],
    [
      ['b', 'x', 'a'],
      ['b', 'a'],
    ],
    [[], []],
  ])('%j → %j', (ids, out) => {
    expect(inChosenOrder(items, ids, (i) => i.id).map((i) => i.id)).toEqual(out);
  });
});
