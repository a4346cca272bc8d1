import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  hashToken,
  invitationKey,
  isWellFormedToken,
  newToken,
  normalizeToken,
  openToken,
  sealToken,
} from './tokens';

const dir = mkdtempSync(join(tmpdir(), 'vd-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('invitation tokens', () => {
  it('are 43 base64url characters of randomness, stored only hashed or sealed', () => {
    const a = newToken();
    expect(isWellFormedToken(a)).toBe(true);
    expect(a).not.toBe(newToken());
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('open only with the same key and the same delegate', () => {
    const key = invitationKey({ DATA_DIR: dir });
    const other = invitationKey({ DATA_DIR: dir, INVITATION_KEY: 'ab'.repeat(32) });
    const token = newToken();
    const sealed = sealToken(key, token, 'delegate-1');
    expect(sealed).not.toContain(token);
    expect(openToken(key, sealed, 'delegate-1')).toBe(token);
    expect(openToken(key, sealed, 'delegate-2')).toBeNull();
    expect(openToken(other, sealed, 'delegate-1')).toBeNull();
    expect(openToken(key, 'garbage', 'delegate-1')).toBeNull();
  });

  it('keep the generated key in DATA_DIR, readable by the owner only, and reuse it', () => {
    const key = invitationKey({ DATA_DIR: dir });
    expect(key).toHaveLength(32);
    expect(statSync(join(dir, 'secrets', 'invitation.key')).mode & 0o077).toBe(0);
    expect(invitationKey({ DATA_DIR: dir }).equals(key)).toBe(true);
    expect(() => invitationKey({ DATA_DIR: dir, INVITATION_KEY: 'short' })).toThrow('INVITATION_KEY');
  });

  it.each([
    ['https://vinhdanh.example/checkin/AbC_-123', 'AbC_-123'],
    ['  /checkin/xyz  ', 'xyz'],
    [' plain ', 'plain'],
  ])('reads the token out of %j', (input, token) => {
    expect(normalizeToken(input)).toBe(token);
  });
});
