// Login throttling: who is refused after failed logins, so that a stranger can neither guess
// passwords at speed nor lock the owner out (issue 15).
//
// A failure is recorded against the account AND the client that made it (`login_failures.ip`
// holds the client key):
// - a known device (known-device.ts: this browser logged in to this account before) is the client
//   `device:<id>`: it is refused after LOGIN_MAX_FAILURES of its own failures on that account and
//   nothing else counts against it — a stranger on the same address cannot lock it out;
// - any other client is its address (`req.ip`; with TRUST_PROXY, the proxy's X-Forwarded-For): it
//   is refused on one account after LOGIN_MAX_FAILURES failures from that address on that account,
//   and on every account after LOGIN_MAX_CLIENT_FAILURES failures from that address on any account
//   (trying many usernames). Another address is not affected.
// Both for LOGIN_WINDOW_MINUTES; Retry-After says when the oldest counted failure leaves the window.
// What this does not stop: many addresses (a botnet) guessing one account, each under its caps —
// the scrypt cost and the per-address caps bound the rate, and the owner still gets in.
import type { Env } from '../../env';
import { AppError } from '../../errors';
import { type DeviceKey, deviceKey, knownDeviceId } from './known-device';

export type ThrottleSettings = {
  maxFailures: number;
  maxClientFailures: number;
  windowMinutes: number;
  /** Read on first use (it may create DATA_DIR/secrets/invitation.key). */
  deviceKey: () => DeviceKey;
};

export function throttleSettings(env: Env): ThrottleSettings {
  let key: DeviceKey | null = null;
  return {
    maxFailures: env.LOGIN_MAX_FAILURES,
    maxClientFailures: env.LOGIN_MAX_CLIENT_FAILURES,
    windowMinutes: env.LOGIN_WINDOW_MINUTES,
    deviceKey: () => {
      key ??= deviceKey(env);
      return key;
    },
  };
}

/** Who is logging in: the key failures are recorded under, and whether it is a known device. */
export type LoginClient = { key: string; knownDevice: boolean };

export function loginClient(
  input: { ip: string; deviceCookie?: string },
  username: string,
  settings: ThrottleSettings,
): LoginClient {
  const id = input.deviceCookie ? knownDeviceId(settings.deviceKey(), input.deviceCookie, username) : null;
  return id ? { key: `device:${id}`, knownDevice: true } : { key: input.ip, knownDevice: false };
}

/** Recent failures of this client: on this account, and (for an address) on all accounts. */
export type RecentFailures = {
  account: number;
  accountRetrySeconds: number | null;
  client: number;
  clientRetrySeconds: number | null;
};

/** The 429 this client gets now, or null when it may try. */
export function throttled(client: LoginClient, recent: RecentFailures, s: ThrottleSettings): AppError | null {
  const refuse = (message: (minutes: number) => string, retry: number | null) => {
    const seconds = Math.max(1, retry ?? s.windowMinutes * 60);
    return new AppError('THROTTLED', message(Math.ceil(seconds / 60)), { retryAfterSeconds: seconds });
  };
  if (recent.account >= s.maxFailures) {
    return refuse(
      (m) =>
        `Đăng nhập sai quá ${s.maxFailures} lần với tài khoản này từ thiết bị này. Vui lòng thử lại sau ${m} phút.`,
      recent.accountRetrySeconds,
    );
  }
  if (!client.knownDevice && recent.client >= s.maxClientFailures) {
    return refuse(
      (m) =>
        `Thiết bị này đã đăng nhập sai quá ${s.maxClientFailures} lần (với nhiều tài khoản). Vui lòng thử lại sau ${m} phút.`,
      recent.clientRetrySeconds,
    );
  }
  return null;
}
