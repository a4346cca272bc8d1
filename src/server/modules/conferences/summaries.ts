// The conference list as one actor sees it: each conference with its date and stage (the derived
// lifecycle) and the actor's "việc cần làm tiếp" there, by role.
import { deriveLifecycle } from '../../../shared/rules/lifecycle';
import { todoFor } from '../../../shared/rules/next-steps';
import { type Actor, can, rolesIn } from '../../../shared/rules/permissions';
import type { ConferenceSummaryView } from '../../../shared/schemas/conferences';
import type { Db } from '../../db/client';
import { type ConferenceSummaryRow, listMilestones } from './data';
import { lifecycleFacts, loadStoredFacts } from './lifecycle-data';
import { conferenceScope } from './policy';
import { presentConferenceSummary, presentLifecycle } from './presenters';
import { councilTodoFacts, unitTodoFacts } from './todo-data';

export async function conferenceSummary(
  db: Db,
  actor: Actor,
  c: ConferenceSummaryRow,
  today: string,
): Promise<ConferenceSummaryView> {
  const scope = conferenceScope(c);
  const [rows, stored] = await Promise.all([listMilestones(db, c.id), loadStoredFacts(db, c)]);
  const lifecycle = deriveLifecycle(lifecycleFacts(stored, rows, today));
  const roles = actor.isSystemAdmin ? [] : rolesIn(actor, c.organizationId, c.id);
  const unitId = actor.memberships.find(
    (m) => m.role === 'unit_head' && m.organizationId === c.organizationId && m.unitId,
  )?.unitId;
  const council = roles.includes('council_member') || roles.includes('council_chair');
  const [unit, votes] = await Promise.all([
    unitId ? unitTodoFacts(db, c, unitId, rows) : null,
    council ? councilTodoFacts(db, c, actor.userId, today) : { ballots: [], meetingsAhead: [] },
  ]);
  const todo = todoFor({
    today,
    lifecycle,
    staff: can(actor, 'conference.edit', scope),
    unit,
    ...votes,
    reception: roles.includes('reception'),
  });
  return presentConferenceSummary(c, presentLifecycle(lifecycle), todo);
}
