import type { AuditEntryView } from '../../../shared/schemas/audit';
import type { AuditRow } from './data';

type Snapshot = AuditEntryView['before'];

export const presentAuditEntry = (r: AuditRow): AuditEntryView => ({
  id: r.id,
  at: r.at.toISOString(),
  actorName: r.actorName,
  action: r.action,
  entityType: r.entityType,
  entityId: r.entityId,
  conferenceId: r.conferenceId,
  before: r.before as Snapshot,
  after: r.after as Snapshot,
});
