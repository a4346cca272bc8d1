// The comment form's spam guard, without a third party: a signed form token (an HMAC over the
// conference and the time the form was rendered) that a submit must carry back — refused when it
// comes back sooner than a person can read and type (3 s) or more than a day later — plus a hidden
// honeypot field a person leaves empty. And the rate limit's client key: a keyed hash of the
// address (the address itself is never stored). Both keys are derived from the invitation key.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Env } from '../../env';
import { invitationKey } from '../delegates/tokens';

export const MIN_FILL_MS = 3_000;
export const MAX_FORM_AGE_MS = 24 * 3600_000;
/** The honeypot: a field named like one a bot fills in, hidden from people and screen readers. */
export const HONEYPOT_FIELD = 'website';

export type FormKeys = { token: Buffer; client: Buffer };

export const formKeys = (env: Pick<Env, 'DATA_DIR' | 'INVITATION_KEY'>): FormKeys => {
  const key = invitationKey(env);
  return {
    token: createHmac('sha256', key).update('vinh-danh/public-comment-token/v1').digest(),
    client: createHmac('sha256', key).update('vinh-danh/public-comment-client/v1').digest(),
  };
};

const sign = (key: Buffer, scope: string, at: number) =>
  createHmac('sha256', key).update(`${scope}\n${at}`).digest('base64url');

/** A token for a form of `scope` (the conference) rendered at `at` (ms). */
export const formToken = (keys: FormKeys, scope: string, at: number) =>
  `${at}.${sign(keys.token, scope, at)}`;

export type TokenCheck = 'ok' | 'invalid' | 'too_fast' | 'expired';

export function checkFormToken(keys: FormKeys, scope: string, token: string, now: number): TokenCheck {
  const m = /^(\d{10,16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return 'invalid';
  const at = Number(m[1]);
  const expected = Buffer.from(sign(keys.token, scope, at));
  const given = Buffer.from(m[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - at < MIN_FILL_MS) return 'too_fast';
  if (now - at > MAX_FORM_AGE_MS) return 'expired';
  return 'ok';
}

/** The rate limit's key of a client address. */
export const clientKey = (keys: FormKeys, ip: string) =>
  createHmac('sha256', keys.client).update(ip).digest('base64url');
