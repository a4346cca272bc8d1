// A movement as the contract shows it: its row, the names it refers to, the registrations with
// their units, the honours and nominations citing it, and what the actor may do.
import { type Actor, can } from '../../../shared/rules/permissions';
import type { MovementListView, MovementView } from '../../../shared/schemas/movements';
import type { MovementDetails, MovementRow, RegistrationWithUnit } from './data';

/** Units the actor may register (a unit head: their own; a secretary: any, i.e. `null`). */
function registrableUnits(actor: Actor, organizationId: string): 'any' | string[] {
  if (can(actor, 'movement.register', { organizationId })) return 'any';
  return actor.memberships.flatMap((m) =>
    m.organizationId === organizationId &&
    m.unitId &&
    can(actor, 'movement.register', { organizationId, unitId: m.unitId })
      ? [m.unitId]
      : [],
  );
}

export function presentRegistration(r: RegistrationWithUnit, actor: Actor) {
  const scope = { organizationId: r.organizationId, unitId: r.unitId };
  const edit = can(actor, 'movement.register', scope);
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    commitment: r.commitment,
    registeredOn: r.registeredOn,
    result: r.result,
    version: r.version,
    permissions: {
      canEdit: edit,
      canEditResult: can(actor, 'honour.manage', { organizationId: r.organizationId }),
      canDelete: edit,
    },
  };
}

export function presentMovement(row: MovementRow, d: MovementDetails, actor: Actor): MovementView {
  const registrations = d.registrations.get(row.id) ?? [];
  const manage = can(actor, 'honour.manage', { organizationId: row.organizationId });
  const units = registrableUnits(actor, row.organizationId);
  const taken = new Set(registrations.map((r) => r.unitId));
  return {
    id: row.id,
    name: row.name,
    method: row.method as MovementView['method'],
    scope: row.scope as MovementView['scope'],
    launchLevel: row.launchLevel as MovementView['launchLevel'],
    startDate: row.startDate,
    endDate: row.endDate,
    launchDocument: row.launchDocument,
    launchConferenceId: row.launchConferenceId,
    launchConferenceName: row.launchConferenceId
      ? (d.conferenceNames.get(row.launchConferenceId) ?? null)
      : null,
    launchAgendaItemId: row.launchAgendaItemId,
    launchAgendaItemTitle: row.launchAgendaItemId
      ? (d.agendaTitles.get(row.launchAgendaItemId) ?? null)
      : null,
    description: row.description,
    resultSummary: row.resultSummary,
    registrations: registrations.map((r) => presentRegistration(r, actor)),
    honourCount: d.honourCounts.get(row.id) ?? 0,
    nominationCount: d.nominationCounts.get(row.id) ?? 0,
    version: row.version,
    permissions: {
      canEdit: manage,
      canDelete: manage,
      canRegister: units === 'any' || units.some((u) => !taken.has(u)),
    },
  };
}

export function presentMovementList(
  rows: readonly MovementRow[],
  d: MovementDetails,
  actor: Actor,
  organizationId: string,
): MovementListView {
  return {
    items: rows.map((r) => presentMovement(r, d, actor)),
    permissions: { canCreate: can(actor, 'honour.manage', { organizationId }) },
  };
}
