import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { Role } from '../../../shared/schemas/enums';
import { hashPassword } from '../../auth/passwords';
import type { Db } from '../../db/client';
import { conferences, memberships, users } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, orNotFound } from '../../errors';
import { writeAudit } from '../audit/mutations';
import { findUserByUsername } from '../auth/data';
import { findOrganizationUser, getUserInOrganization, unitIdsInOrganization } from './data';

export type RoleGrant = { role: Role; unitId?: string | null; conferenceId?: string | null };

export type NewUser = {
  organizationId: string | null;
  username: string;
  fullName: string;
  password: string;
  /** A hash computed once for many users (demo seeding); otherwise `password` is hashed. */
  passwordHash?: string;
  isSystemAdmin?: boolean;
  roles: RoleGrant[];
};

export async function createUser(db: Db, actor: Actor | null, input: NewUser) {
  const username = input.username.trim().toLowerCase();
  const passwordHash = input.passwordHash ?? (await hashPassword(input.password));
  return db.transaction(async (tx) => {
    if (await findUserByUsername(tx, username)) {
      throw new AppError('DUPLICATE', `Tên đăng nhập "${username}" đã được dùng`, {
        fields: { username: 'Tên đăng nhập đã tồn tại' },
      });
    }
    for (const g of input.roles) {
      if (g.role === 'unit_head' && !g.unitId) {
        throw new AppError('VALIDATION', 'Trưởng đơn vị phải gắn với một đơn vị', {
          fields: { roles: 'Trưởng đơn vị phải gắn với một đơn vị' },
        });
      }
    }
    const [user] = await tx
      .insert(users)
      .values({
        organizationId: input.organizationId,
        username,
        fullName: input.fullName,
        passwordHash,
        isSystemAdmin: input.isSystemAdmin ?? false,
      })
      .returning();
    if (!user) throw new Error('insert returned nothing');
    const orgId = input.organizationId;
    if (input.roles.length > 0 && orgId) {
      await tx.insert(memberships).values(
        input.roles.map((g) => ({
          userId: user.id,
          organizationId: orgId,
          role: g.role,
          unitId: g.unitId ?? null,
          conferenceId: g.conferenceId ?? null,
        })),
      );
    }
    await writeAudit(tx, actor, {
      organizationId: orgId,
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: { ...user, roles: input.roles },
    });
    return user;
  });
}

/** Grants must point at units and conferences of the same organization. */
async function assertGrantsInOrganization(tx: Db, organizationId: string, grants: RoleGrant[]) {
  const unitIds = grants.map((g) => g.unitId).filter((v): v is string => !!v);
  const known = await unitIdsInOrganization(tx, organizationId, unitIds);
  const confIds = grants.map((g) => g.conferenceId).filter((v): v is string => !!v);
  const confs =
    confIds.length === 0
      ? []
      : await tx
          .select({ id: conferences.id })
          .from(conferences)
          .where(and(eq(conferences.organizationId, organizationId), inArray(conferences.id, confIds)));
  const knownConfs = new Set(confs.map((c) => c.id));
  const fields: Record<string, string> = {};
  grants.forEach((g, i) => {
    if (g.unitId && !known.has(g.unitId)) fields[`roles.${i}.unitId`] = 'Đơn vị không thuộc tổ chức này';
    if (g.conferenceId && !knownConfs.has(g.conferenceId))
      fields[`roles.${i}.conferenceId`] = 'Hội nghị không thuộc tổ chức này';
  });
  if (Object.keys(fields).length > 0)
    throw new AppError('VALIDATION', Object.values(fields).join('; '), { fields });
}

export async function createOrganizationUser(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: Omit<NewUser, 'organizationId'>,
) {
  await assertGrantsInOrganization(db, organizationId, input.roles);
  return createUser(db, actor, { ...input, organizationId });
}

/** Replaces the user's roles in this organization (other organizations untouched). */
export async function updateOrganizationUser({
  db,
  actor,
  organizationId,
  userId,
  input,
}: {
  db: Db;
  actor: Actor;
  organizationId: string;
  userId: string;
  input: { fullName: string; isActive: boolean; roles: RoleGrant[]; version: number };
}) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getUserInOrganization(tx, organizationId, userId), 'người dùng');
    if (userId === actor.userId && !input.isActive) {
      throw new AppError('VALIDATION', 'Không thể tự khóa tài khoản của chính mình', {
        fields: { isActive: 'Không thể tự khóa tài khoản của chính mình' },
      });
    }
    await assertGrantsInOrganization(tx, organizationId, input.roles);
    const rolesBefore = (await findOrganizationUser(tx, organizationId, userId))?.roles ?? [];
    await updateVersioned(
      tx,
      users,
      userId,
      input.version,
      { fullName: input.fullName, isActive: input.isActive },
      () => findOrganizationUser(tx, organizationId, userId),
    );
    await tx
      .delete(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.organizationId, organizationId)));
    await tx.insert(memberships).values(
      input.roles.map((g) => ({
        userId,
        organizationId,
        role: g.role,
        unitId: g.unitId ?? null,
        conferenceId: g.conferenceId ?? null,
      })),
    );
    await writeAudit(tx, actor, {
      organizationId,
      action: 'user.updated',
      entityType: 'user',
      entityId: userId,
      before: { fullName: before.fullName, isActive: before.isActive, roles: rolesBefore },
      after: { fullName: input.fullName, isActive: input.isActive, roles: input.roles },
    });
  });
}
