import type { Actor } from '../../../shared/rules/permissions';
import type { MeView } from '../../../shared/schemas/auth';
import type { Role } from '../../../shared/schemas/enums';
import type { MeRows } from './data';

/** The signed-in user as the web app needs it. */
export function presentMe(actor: Actor, rows: MeRows): MeView {
  return {
    id: actor.userId,
    username: actor.username,
    fullName: actor.fullName,
    isSystemAdmin: actor.isSystemAdmin,
    locale: rows.locale,
    memberships: rows.memberships.map((r) => ({ ...r, role: r.role as Role })),
  };
}
