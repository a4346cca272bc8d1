import { uuid } from 'drizzle-orm/pg-core';
import { id } from './columns';
import { conferences, organizations, units } from './core';

// References every domain table carries: its organizer and (mostly) its conference; unit rows their unit.
export const orgId = () =>
  uuid('organization_id')
    .notNull()
    .references(() => organizations.id);
export const confId = () =>
  uuid('conference_id')
    .notNull()
    .references(() => conferences.id, { onDelete: 'cascade' });
export const unitId = () =>
  uuid('unit_id')
    .notNull()
    .references(() => units.id, { onDelete: 'cascade' });
/** A conference's row: its id, organizer and conference (in that order). */
export const conferenceRow = () => ({ id: id(), organizationId: orgId(), conferenceId: confId() });
