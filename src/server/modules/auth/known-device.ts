// The "known device" cookie (thiết bị đã đăng nhập): set by a successful login, it names one
// browser and the account that logged in there, signed so that nobody else can make one. A login
// from a known device for its own account is throttled on that device's own failures only, so a
// stranger — even on the same network address — cannot lock the owner's browser out (see
// throttle.ts). It opens nothing by itself: the password is still checked every time.
//
// value = <device id>.<HMAC-SHA256(key, device id + "\n" + username)>, both base64url; the key is
// derived from the invitation key (INVITATION_KEY or DATA_DIR/secrets/invitation.key), which every
// instance of one installation already shares. Only sent to /api/auth; HttpOnly; 180 days.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Env } from '../../env';
import { invitationKey } from '../delegates/tokens';

export const DEVICE_COOKIE = 'vd_device';
const DEVICE_DAYS = 180;

export const deviceCookieOptions = (secure: boolean) => ({
  path: '/api/auth',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure,
  maxAge: DEVICE_DAYS * 24 * 3600,
});

export type DeviceKey = Buffer;

/** The key device cookies are signed with (derived, so the invitation key itself never signs them). */
export const deviceKey = (env: Pick<Env, 'DATA_DIR' | 'INVITATION_KEY'>): DeviceKey =>
  createHmac('sha256', invitationKey(env)).update('vinh-danh/known-device/v1').digest();

const sign = (key: DeviceKey, id: string, username: string) =>
  createHmac('sha256', key).update(`${id}\n${username}`).digest('base64url');

/** A new cookie value for this browser and the account that just logged in (username normalized). */
export function newDeviceCookie(key: DeviceKey, username: string): string {
  const id = randomBytes(16).toString('base64url');
  return `${id}.${sign(key, id, username)}`;
}

/** The device id when `value` is a genuine cookie issued to `username`, else null. */
export function knownDeviceId(key: DeviceKey, value: string | undefined, username: string): string | null {
  if (!value) return null;
  const [id, mac, extra] = value.split('.');
  if (!id || !mac || extra !== undefined || !/^[A-Za-z0-9_-]{22}$/.test(id)) return null;
  const expected = Buffer.from(sign(key, id, username));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
