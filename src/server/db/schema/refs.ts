import { uuid } from 'drizzle-orm/pg-core';
import { conferences, organizations } from './core';

// References every domain table carries: its organizer and (mostly) its conference.
export const orgId = () =>
  uuid('organization_id')
    .notNull()
    .references(() => organizations.id);
export const confId = () =>
  uuid('conference_id')
    .notNull()
    .references(() => conferences.id, { onDelete: 'cascade' });
