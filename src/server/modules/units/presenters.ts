import { type Actor, can } from '../../../shared/rules/permissions';
import type { UnitView } from '../../../shared/schemas/organizations';
import type { UnitRow } from './data';

export const unitScope = (u: UnitRow) => ({ organizationId: u.organizationId, unitId: u.id });

export function presentUnit(u: UnitRow, actor: Actor): UnitView {
  const manage = can(actor, 'unit.manage', unitScope(u));
  return {
    id: u.id,
    organizationId: u.organizationId,
    name: u.name,
    type: u.type,
    headName: u.headName,
    phone: u.phone,
    sortOrder: u.sortOrder,
    linkedOrganizationId: u.linkedOrganizationId ?? null,
    version: u.version,
    permissions: { canEdit: manage, canDelete: manage },
  };
}
