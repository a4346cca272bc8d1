// Identities and movements: what nominations, delegates and the honours register (honours.ts)
// all refer to. Kept apart from honours.ts because nominations cite them.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, versionedTimestamps } from './columns';
import { conferences, units } from './core';
import { orgId } from './refs';

/**
 * Định danh — a person, collective or household, matched across years and conferences by
 * `match_key` (folded name, birth year and unit of a person; unit or folded name of a collective).
 * A merge points the duplicate at the kept identity (`merged_into_id`); reads follow it, and an
 * unmerge clears it, so a merge is reversible and nothing else is rewritten.
 */
export const honourSubjects = pgTable(
  'honour_subjects',
  {
    id: id(),
    organizationId: orgId(),
    /** individual | collective | household */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Folded name (foldVietnamese) for word-start search. */
    searchName: text('search_name').notNull(),
    /** The folded name's words, GIN-indexed: whole words are found through the index. */
    searchWords: text('search_words').array().notNull(),
    birthYear: integer('birth_year'),
    gender: text('gender'),
    occupationGroup: text('occupation_group'),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    unitName: text('unit_name').notNull().default(''),
    matchKey: text('match_key').notNull(),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => honourSubjects.id),
    /** Đang bị xem xét kỷ luật / thanh tra: blocks proposals while true. */
    disciplinePending: boolean('discipline_pending').notNull().default(false),
    disciplineNote: text('discipline_note').notNull().default(''),
    ...versionedTimestamps(),
  },
  (t) => [
    index('honour_subjects_match_idx').on(t.organizationId, t.matchKey),
    index('honour_subjects_merged_idx').on(t.mergedIntoId),
    index('honour_subjects_name_idx').on(t.organizationId, t.searchName),
    index('honour_subjects_words_idx').using('gin', t.searchWords),
    // Every prefix of every folded word (honour_name_prefixes, migration 0022): the lookup finds
    // "nguyen thi huo" through the index alone, the last word still being typed included.
    index('honour_subjects_prefixes_idx').using('gin', sql`honour_name_prefixes(${t.searchWords})`),
    // The unit filter: the distinct unit names, then the identities of the matching ones.
    index('honour_subjects_unit_idx').on(t.organizationId, t.unitName),
  ],
);

/**
 * Phong trào thi đua — a movement with its period, its launch (document, conference, agenda item)
 * and the facts statistics form 0601 counts it by (level, scope, method).
 */
export const movements = pgTable(
  'movements',
  {
    id: id(),
    organizationId: orgId(),
    name: text('name').notNull(),
    /** thường xuyên (regular) | chuyên đề (thematic) */
    method: text('method').notNull(),
    /** Phạm vi: national | sector_local | cluster | unit */
    scope: text('scope').notNull(),
    /** Cấp phát động: central | ministry_province | unit */
    launchLevel: text('launch_level').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    launchDocument: text('launch_document').notNull().default(''),
    launchConferenceId: uuid('launch_conference_id').references(() => conferences.id, {
      onDelete: 'set null',
    }),
    /**
     * The agenda item "Phát động phong trào thi đua" that launched it. No foreign key (the program
     * tables depend on nominations, which cite movements): the program module clears it when the
     * item goes, and readers join it with a LEFT JOIN.
     */
    launchAgendaItemId: uuid('launch_agenda_item_id'),
    description: text('description').notNull().default(''),
    /** Kết quả at the end of the period (free text). */
    resultSummary: text('result_summary').notNull().default(''),
    ...versionedTimestamps(),
  },
  (t) => [index('movements_org_idx').on(t.organizationId, t.startDate)],
);
