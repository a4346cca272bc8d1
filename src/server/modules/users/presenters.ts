import type { OrgUserView } from '../../../shared/schemas/users';
import type { OrganizationUserRow } from './data';

/** A user of an organization with their roles there. */
export const presentOrgUser = (u: OrganizationUserRow): OrgUserView => ({
  id: u.id,
  username: u.username,
  fullName: u.fullName,
  isActive: u.isActive,
  version: u.version,
  roles: u.roles,
});
