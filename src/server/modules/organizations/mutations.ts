import type { z } from 'zod';
import type { Actor } from '../../../shared/rules/permissions';
import type { organizationInputSchema } from '../../../shared/schemas/organizations';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { orNotFound } from '../../errors';
import { writeAudit } from '../audit/mutations';
import { getOrganization } from './data';
import { presentOrganization } from './presenters';

type OrganizationInput = z.infer<typeof organizationInputSchema>;

export async function createOrganization(db: Db, actor: Actor | null, input: OrganizationInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(organizations).values(input).returning();
    if (!row) throw new Error('insert returned nothing');
    await writeAudit(tx, actor, {
      organizationId: row.id,
      action: 'organization.created',
      entityType: 'organization',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export async function updateOrganization(
  db: Db,
  actor: Actor,
  id: string,
  input: OrganizationInput & { version: number },
) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getOrganization(tx, id), 'tổ chức');
    const { version, ...values } = input;
    const after = await updateVersioned(tx, organizations, id, version, values, async () => {
      const current = await getOrganization(tx, id);
      return current && presentOrganization(current, actor);
    });
    await writeAudit(tx, actor, {
      organizationId: id,
      action: 'organization.updated',
      entityType: 'organization',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
