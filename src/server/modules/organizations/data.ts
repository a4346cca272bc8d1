import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { Db } from '../../db/client';
import { firstRow, rowsWhere } from '../../db/rows';
import { organizations } from '../../db/schema/index';

export type OrganizationRow = typeof organizations.$inferSelect;

export async function getOrganization(db: Db, id: string): Promise<OrganizationRow | null> {
  return firstRow(db, organizations, eq(organizations.id, id));
}

/** The organizations the actor belongs to (all of them for a system admin). */
export async function listOrganizationsFor(db: Db, actor: Actor): Promise<OrganizationRow[]> {
  if (actor.isSystemAdmin) return db.select().from(organizations).orderBy(asc(organizations.name));
  const ids = [...new Set(actor.memberships.map((m) => m.organizationId))];
  if (ids.length === 0) return [];
  return rowsWhere(db, organizations, inArray(organizations.id, ids), [organizations.name]);
}

/** Every organizer but one, by name: those a unit of `exceptId` may be linked to (upward flow). */
export async function listOtherOrganizations(db: Db, exceptId: string) {
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, level: organizations.level })
    .from(organizations)
    .orderBy(asc(organizations.name));
  return rows.filter((r) => r.id !== exceptId);
}
