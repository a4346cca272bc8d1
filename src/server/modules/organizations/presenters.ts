import { type Actor, can } from '../../../shared/rules/permissions';
import type { OrgLevel } from '../../../shared/schemas/enums';
import type { OrganizationView } from '../../../shared/schemas/organizations';
import type { OrganizationRow } from './data';

export function presentOrganization(row: OrganizationRow, actor: Actor): OrganizationView {
  const scope = { organizationId: row.id };
  return {
    id: row.id,
    name: row.name,
    parentName: row.parentName,
    level: row.level as OrgLevel,
    place: row.place,
    version: row.version,
    permissions: {
      canEdit: can(actor, 'org.edit', scope),
      canManageUnits: can(actor, 'unit.manage', scope),
      canCreateConference: can(actor, 'conference.create', scope),
      canReadAudit: can(actor, 'audit.read', scope),
    },
  };
}
