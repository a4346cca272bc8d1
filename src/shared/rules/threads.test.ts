import { describe, expect, it } from 'vitest';
import type { Actor } from './permissions';
import {
  isOpenThread,
  mayAnswer,
  mayMakeTask,
  mayReadThread,
  mayReplyAsUnit,
  raisableUnits,
  sideOf,
  statusAfterMessage,
  threadAgeDays,
} from './threads';

const org = 'org-1';
const actor = (role: Actor['memberships'][number]['role'], unitId: string | null = null): Actor => ({
  userId: 'u',
  username: 'u',
  fullName: 'U',
  isSystemAdmin: false,
  memberships: [{ organizationId: org, conferenceId: null, unitId, role }],
});
const head5 = actor('unit_head', 'unit-5');
const secretary = actor('secretary');
const thread = (status: string, extra: object = {}) => ({
  organizationId: org,
  unitId: 'unit-5',
  status,
  conferenceId: 'c',
  taskId: null,
  ...extra,
});

describe('thread status after a message', () => {
  it('the office answering sets answered from any open status', () => {
    for (const s of ['new', 'in_progress', 'answered'] as const)
      expect(statusAfterMessage(s, 'office')).toBe('answered');
  });
  it('a unit reply reopens an answered thread to in progress, leaves new and in progress alone', () => {
    expect(statusAfterMessage('answered', 'unit')).toBe('in_progress');
    expect(statusAfterMessage('new', 'unit')).toBe('new');
    expect(statusAfterMessage('in_progress', 'unit')).toBe('in_progress');
  });
  it('a closed thread takes no message from either side', () => {
    expect(statusAfterMessage('closed', 'unit')).toBeNull();
    expect(statusAfterMessage('closed', 'office')).toBeNull();
    expect(isOpenThread('closed')).toBe(false);
    expect(isOpenThread('answered')).toBe(true);
  });
});

describe('age of an open thread', () => {
  const now = new Date('2026-03-10T08:00:00Z');
  it('counts whole days since it was opened', () => {
    expect(threadAgeDays('2026-03-10T01:00:00Z', 'new', now)).toBe(0);
    expect(threadAgeDays('2026-03-07T07:59:00Z', 'in_progress', now)).toBe(3);
  });
  it('has no age once closed', () => {
    expect(threadAgeDays('2026-03-01T00:00:00Z', 'closed', now)).toBeNull();
  });
});

describe('who may do what', () => {
  it('a unit head reads and replies on their own unit only, never answers', () => {
    expect(mayReadThread(head5, thread('new'))).toBe(true);
    expect(mayReadThread(head5, thread('new', { unitId: 'unit-1' }))).toBe(false);
    expect(mayReplyAsUnit(head5, thread('answered'))).toBe(true);
    expect(mayReplyAsUnit(head5, thread('closed'))).toBe(false);
    expect(mayAnswer(head5, thread('new'))).toBe(false);
    expect(sideOf(head5, thread('new'))).toBe('unit');
    expect(raisableUnits(head5, org, ['unit-1', 'unit-5'])).toEqual(['unit-5']);
  });
  it('the secretary is the office: answers open threads of the organization, makes a task once', () => {
    expect(sideOf(secretary, thread('new'))).toBe('office');
    expect(mayAnswer(secretary, thread('in_progress'))).toBe(true);
    expect(mayAnswer(secretary, thread('closed'))).toBe(false);
    expect(mayAnswer(secretary, thread('new', { organizationId: 'other' }))).toBe(false);
    expect(mayMakeTask(secretary, thread('new'))).toBe(true);
    expect(mayMakeTask(secretary, thread('new', { taskId: 't' }))).toBe(false);
    expect(mayMakeTask(secretary, thread('new', { conferenceId: null }))).toBe(false);
    expect(raisableUnits(secretary, org, ['unit-5'])).toEqual([]);
  });
  it('a council member is neither side', () => {
    const member = actor('council_member');
    expect(sideOf(member, thread('new'))).toBeNull();
    expect(mayReadThread(member, thread('new'))).toBe(false);
  });
});
