import { randomBytes } from 'node:crypto';
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../auth/passwords';
import type { Db } from '../../db/client';
import { loginFailures, sessions, users } from '../../db/schema/index';
import { AppError } from '../../errors';
import { writeAudit } from '../audit/mutations';
import { findUserByUsername, hashToken, loadActor, recentFailures } from './data';
import { newDeviceCookie } from './known-device';
import { loginClient, type ThrottleSettings, throttled } from './throttle';

export type LoginSettings = ThrottleSettings & { sessionTtlHours: number };

/**
 * Checks the password under the throttle (throttle.ts: per client and account, per client), and
 * opens a new session (a fresh random token each login — rotation; only its SHA-256 is stored).
 * Returns the known-device cookie to keep on this browser. A failure changes no session.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; ip: string; deviceCookie?: string },
  settings: LoginSettings,
): Promise<{ token: string; actor: Actor; expiresAt: Date; deviceCookie: string }> {
  const username = input.username.trim().toLowerCase();
  const client = loginClient(input, username, settings);
  const recent = await recentFailures(db, {
    username,
    clientKey: client.key,
    windowMinutes: settings.windowMinutes,
  });
  const refusal = throttled(client, recent, settings);
  if (refusal) throw refusal;
  const user = await findUserByUsername(db, username);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.isActive) {
    await db.insert(loginFailures).values({ username, ip: client.key });
    throw new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + settings.sessionTtlHours * 3600_000);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({ tokenHash: hashToken(token), userId: user.id, expiresAt });
    // housekeeping: this user's expired sessions and this client's failures that led here
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, sql`now()`)));
    await tx
      .delete(loginFailures)
      .where(and(eq(loginFailures.username, username), eq(loginFailures.ip, client.key)));
  });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng');
  const deviceCookie = client.knownDevice
    ? input.deviceCookie!
    : newDeviceCookie(settings.deviceKey(), username);
  return { token, actor, expiresAt, deviceCookie };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Changes the password and ends every other session of the user. */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; currentToken: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('VALIDATION', 'Mật khẩu hiện tại không đúng', {
      fields: { currentPassword: 'Mật khẩu hiện tại không đúng' },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, hashToken(input.currentToken))));
    await writeAudit(tx, actor, {
      organizationId: user.organizationId,
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
