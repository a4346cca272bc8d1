import type { Actor } from '../../../shared/rules/permissions';
import type { Role } from '../../../shared/schemas/enums';
import { hashPassword } from '../../auth/passwords';
import type { Db } from '../../db/client';
import { memberships, users } from '../../db/schema/index';
import { AppError } from '../../errors';
import { findUserByUsername } from '../auth/data';
import { writeAudit } from '../audit/mutations';

export type RoleGrant = { role: Role; unitId?: string | null; conferenceId?: string | null };

export type NewUser = {
  organizationId: string | null;
  username: string;
  fullName: string;
  password: string;
  isSystemAdmin?: boolean;
  roles: RoleGrant[];
};

export async function createUser(db: Db, actor: Actor | null, input: NewUser) {
  const username = input.username.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
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
