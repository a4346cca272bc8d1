import { describe, expect, it } from 'vitest';
import { type Actor, can } from './permissions';

const ORG = 'org-a';
const actor = (
  role: Actor['memberships'][number]['role'],
  extra: Partial<Actor['memberships'][number]> = {},
): Actor => ({
  userId: 'u',
  username: 'u',
  fullName: 'U',
  isSystemAdmin: false,
  memberships: [{ organizationId: ORG, conferenceId: null, unitId: null, role, ...extra }],
});

describe('can', () => {
  it.each([
    ['secretary', 'conference.edit', true],
    ['secretary', 'unit.manage', true],
    ['council_chair', 'conference.edit', true],
    ['council_member', 'conference.edit', false],
    ['council_member', 'conference.read', true],
    ['reception', 'unit.read', false],
    ['finance_officer', 'audit.read', false],
    ['admin', 'user.manage', true],
    ['secretary', 'user.manage', false],
    ['secretary', 'delegate.manage', true],
    ['secretary', 'delegate.override', false],
    ['council_chair', 'delegate.override', true],
    ['council_chair', 'delegate.manage', false],
    ['reception', 'delegate.checkin', true],
    ['reception', 'delegate.read', false],
    ['reception', 'delegate.manage', false],
    ['secretary', 'document.issue', true],
    ['council_chair', 'document.issue', true],
    ['admin', 'document.issue', true],
    ['council_member', 'document.issue', false],
    ['unit_head', 'document.issue', false],
    ['secretary', 'certificate.manage', true],
    ['admin', 'certificate.manage', true],
    ['council_chair', 'certificate.manage', false],
    ['reception', 'certificate.manage', false],
    ['unit_head', 'certificate.manage', false],
  ] as const)('%s may %s: %s', (role, permission, expected) => {
    expect(can(actor(role), permission, { organizationId: ORG })).toBe(expected);
  });

  it('never crosses organizations', () => {
    expect(can(actor('admin'), 'conference.read', { organizationId: 'org-b' })).toBe(false);
  });

  it('binds a unit head to their unit', () => {
    const head = actor('unit_head', { unitId: 'unit-5' });
    expect(can(head, 'unit.read', { organizationId: ORG, unitId: 'unit-5' })).toBe(true);
    expect(can(head, 'unit.read', { organizationId: ORG, unitId: 'unit-1' })).toBe(false);
    expect(can(head, 'unit.read', { organizationId: ORG })).toBe(false);
    expect(can(head, 'unit.manage', { organizationId: ORG, unitId: 'unit-5' })).toBe(false);
  });

  it('narrows a conference-scoped role to that conference', () => {
    const reception = actor('reception', { conferenceId: 'conf-1' });
    expect(can(reception, 'conference.read', { organizationId: ORG, conferenceId: 'conf-1' })).toBe(true);
    expect(can(reception, 'conference.read', { organizationId: ORG, conferenceId: 'conf-2' })).toBe(false);
  });

  it('refuses anonymous actors', () => {
    expect(can(null, 'conference.read', { organizationId: ORG })).toBe(false);
  });
});
