import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { versionedTimestamps } from './columns';
import { units } from './core';
import { delegates } from './delegates';
import { conferenceRow } from './refs';
import { speeches } from './selection';

/**
 * Tiết mục văn nghệ — one performance, given by a unit (the plan's allocation says how many each
 * unit gives, e.g. "Trường Mầm non: 1–2").
 */
export const performances = pgTable(
  'performances',
  {
    ...conferenceRow(),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    /** The allocation's unit name (kept when the unit is not a submitting unit). */
    unitName: text('unit_name').notNull().default(''),
    title: text('title').notNull(),
    performers: text('performers').notNull().default(''),
    durationMinutes: integer('duration_minutes').notNull().default(5),
    sortOrder: integer('sort_order').notNull().default(0),
    ...versionedTimestamps(),
  },
  (t) => [index('performances_conf_idx').on(t.conferenceId, t.sortOrder)],
);

/** Người trao cho một nhóm khen thưởng — who hands over one award form's group. */
export type HonoringHandover = { awardFormId: string; presenter: string };

/**
 * Mục chương trình — one item of the conference agenda, in order. Start times are not stored:
 * they follow from the session's start and the durations before the item (rules/agenda.ts).
 */
export const agendaItems = pgTable(
  'agenda_items',
  {
    ...conferenceRow(),
    position: integer('position').notNull(),
    /** An AGENDA_KINDS value. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(5),
    /** text | role | delegate — how the presenter is named. */
    presenterKind: text('presenter_kind').notNull().default('text'),
    /** The presenter's name, or a role key, as written. */
    presenter: text('presenter').notNull().default(''),
    presenterDelegateId: uuid('presenter_delegate_id').references(() => delegates.id, {
      onDelete: 'set null',
    }),
    notes: text('notes').notNull().default(''),
    /** Lời dẫn của MC — the item's template; null = the default template for its kind. */
    mcTemplate: text('mc_template'),
    /** A speech assigned by the council, shown as this item. */
    speechId: uuid('speech_id').references(() => speeches.id, { onDelete: 'set null' }),
    performanceId: uuid('performance_id').references(() => performances.id, { onDelete: 'set null' }),
    /** For the honoring item: who hands over each award form's group. */
    handovers: jsonb('handovers').$type<HonoringHandover[]>().notNull().default([]),
    ...versionedTimestamps(),
  },
  (t) => [index('agenda_items_conf_idx').on(t.conferenceId, t.position)],
);

/**
 * Phiên họp — one row per conference: the session's planned end (HH:MM), the version
 * that guards reordering the whole agenda, and the live run of show on the day.
 */
export const programSessions = pgTable(
  'program_sessions',
  {
    ...conferenceRow(),
    // The start time is the conference day's (milestones.start_time), not stored here.
    plannedEnd: text('planned_end').notNull().default('11:30'),
    /** Live run of show: the item on stage now and when it began. */
    currentItemId: uuid('current_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    currentStartedAt: timestamp('current_started_at', { withTimezone: true }),
    runStartedAt: timestamp('run_started_at', { withTimezone: true }),
    /** What the hall's screen shows (trình chiếu): HALL_SHOW_MODES off | photos | honours. */
    showMode: text('show_mode').notNull().default('off'),
    /** The honouring moment's group on screen (0 = the first form called up). */
    showGroup: integer('show_group').notNull().default(0),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('program_sessions_conf_uq').on(t.conferenceId)],
);
