import { createHash } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Actor, Membership } from '../../../shared/rules/permissions';
import type { Role } from '../../../shared/schemas/enums';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import {
  loginFailures,
  memberships as membershipsTable,
  organizations,
  sessions,
  units,
  users,
} from '../../db/schema/index';
import type { RecentFailures } from './throttle';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user?.isActive) return null;
  const rows = await db.select().from(membershipsTable).where(eq(membershipsTable.userId, userId));
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    isSystemAdmin: user.isSystemAdmin,
    memberships: rows.map(
      (m): Membership => ({
        organizationId: m.organizationId,
        conferenceId: m.conferenceId,
        unitId: m.unitId,
        role: m.role as Role,
      }),
    ),
  };
}

/** The actor behind a session cookie, or null when absent, unknown or expired. */
export async function findActorBySessionToken(
  db: Db,
  token: string,
): Promise<{ actor: Actor; expiresAt: Date } | null> {
  const [s] = await db
    .select({ userId: sessions.userId, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, sql`now()`)));
  if (!s) return null;
  const actor = await loadActor(db, s.userId);
  return actor && { actor, expiresAt: s.expiresAt };
}

export async function findUserByUsername(db: Db, username: string) {
  return firstRow(db, users, eq(users.username, username));
}

/**
 * A client's failed logins in the window: on this account, and on all accounts; each with the
 * seconds until its oldest counted failure leaves the window (null when there is none).
 */
export async function recentFailures(
  db: Db,
  q: { username: string; clientKey: string; windowMinutes: number },
): Promise<RecentFailures> {
  const window = sql`make_interval(mins => ${q.windowMinutes})`;
  const onAccount = sql`${loginFailures.username} = ${q.username}`;
  const [row] = await db
    .select({
      account: sql<number>`(count(*) filter (where ${onAccount}))::int`,
      accountRetrySeconds: sql<
        number | null
      >`ceil(extract(epoch from min(${loginFailures.at}) filter (where ${onAccount}) + ${window} - now()))::int`,
      client: sql<number>`count(*)::int`,
      clientRetrySeconds: sql<
        number | null
      >`ceil(extract(epoch from min(${loginFailures.at}) + ${window} - now()))::int`,
    })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, q.clientKey), gt(loginFailures.at, sql`now() - ${window}`)));
  return row ?? { account: 0, accountRetrySeconds: null, client: 0, clientRetrySeconds: null };
}

/** The signed-in user's locale and memberships with the names of the organizations and units. */
export async function loadMeRows(db: Db, actor: Actor) {
  const [user] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, actor.userId));
  const memberships = await db
    .select({
      organizationId: membershipsTable.organizationId,
      organizationName: organizations.name,
      conferenceId: membershipsTable.conferenceId,
      unitId: membershipsTable.unitId,
      unitName: units.name,
      role: membershipsTable.role,
    })
    .from(membershipsTable)
    .innerJoin(organizations, eq(organizations.id, membershipsTable.organizationId))
    .leftJoin(units, eq(units.id, membershipsTable.unitId))
    .where(eq(membershipsTable.userId, actor.userId));
  return { locale: user?.locale ?? 'vi', memberships };
}
export type MeRows = Awaited<ReturnType<typeof loadMeRows>>;
