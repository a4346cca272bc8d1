import { createOrganization } from '../../src/server/modules/organizations/mutations';
import { createUser } from '../../src/server/modules/users/mutations';
import type { TestApp } from './test-app';

/**
 * Another organizer in the same deployment (UBND xã Thạch Hạ) with one account of `role`:
 * returns the organization's id and that account's Cookie header value.
 */
export async function loginStranger(t: TestApp, role: 'secretary' | 'admin' = 'secretary') {
  const other = await createOrganization(t.database.db, null, {
    name: 'UBND xã Thạch Hạ',
    parentName: 'UBND thành phố Hà Tĩnh',
    level: 'commune',
    place: 'Thạch Hạ',
  });
  await createUser(t.database.db, null, {
    organizationId: other.id,
    username: 'thuky.thachha',
    fullName: 'Lê Thị Hạ',
    password: 'ThachHa@2026',
    roles: [{ role }],
  });
  return { organizationId: other.id, cookie: await t.login('thuky.thachha', 'ThachHa@2026') };
}
