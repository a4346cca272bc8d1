// Invitation tokens (mã mời trên QR): 32 random bytes, base64url — 256 bits, so they cannot be
// guessed or enumerated, and they carry nothing personal. The database keeps:
// - token_hash: SHA-256 of the token, unique — the check-in looks the token up by it;
// - token_sealed: the token encrypted with AES-256-GCM under the invitation key, so the secretary
//   can print the invitations again and get the same QR codes (a reprint does not void the ones
//   already sent). Someone reading the database alone cannot forge or recover a token.
// The key: INVITATION_KEY (32 bytes, base64/base64url/hex) when set — several instances on one
// PostgreSQL must share it — else DATA_DIR/secrets/invitation.key, made on first use (0600).
// If the key is lost, sealed tokens cannot be opened: listInvitationData then issues new ones.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Env } from '../../env';

export type InvitationKey = Buffer;

const keys = new Map<string, InvitationKey>();

function parseKey(text: string): InvitationKey | null {
  const t = text.trim();
  const candidates = [
    /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : null,
    Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64'),
  ];
  return candidates.find((b) => b?.length === 32) ?? null;
}

/** The key invitation tokens are sealed with (cached per setting). */
export function invitationKey(env: Pick<Env, 'DATA_DIR'> & { INVITATION_KEY?: string }): InvitationKey {
  if (env.INVITATION_KEY) {
    const key = parseKey(env.INVITATION_KEY);
    if (!key) throw new Error('INVITATION_KEY phải là 32 byte (base64 hoặc 64 ký tự hex)');
    return key;
  }
  const file = resolve(join(env.DATA_DIR, 'secrets', 'invitation.key'));
  const cached = keys.get(file);
  if (cached) return cached;
  if (!existsSync(file)) {
    mkdirSync(join(env.DATA_DIR, 'secrets'), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err;
    }
  }
  const key = parseKey(readFileSync(file, 'utf8'));
  if (!key) throw new Error(`Tệp khóa giấy mời ${file} không hợp lệ`);
  keys.set(file, key);
  return key;
}

export const newToken = () => randomBytes(32).toString('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export { isWellFormedToken, normalizeToken } from '../../../shared/rules/invitation-token';

/** base64url(iv ‖ tag ‖ ciphertext); the delegate id is bound as associated data. */
export function sealToken(key: InvitationKey, token: string, delegateId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(delegateId));
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The token, or null when it was sealed with another key (or for another delegate). */
export function openToken(key: InvitationKey, sealed: string, delegateId: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(delegateId));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

export const checkinPath = (token: string) => `/checkin/${token}`;
