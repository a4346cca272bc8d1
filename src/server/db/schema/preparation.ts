import { bigint, date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { versionedTimestamps } from './columns';
import { milestones, units, users } from './core';
import { conferenceRow } from './refs';

/**
 * Dòng dự trù kinh phí — one budget line: quantity × unit price (VND), grouped (khen thưởng, hội
 * trường, ma-két …), with the actual amount once spent. Prize money lines are not stored: they are
 * computed from the honorees and the award forms' amounts.
 */
export const budgetLines = pgTable(
  'budget_lines',
  {
    ...conferenceRow(),
    /** A BUDGET_GROUPS key. */
    group: text('group').notNull(),
    title: text('title').notNull(),
    /** Đơn vị tính: cái, bó, thùng … */
    unit: text('unit').notNull().default(''),
    quantity: numeric('quantity', { precision: 14, scale: 2, mode: 'number' }).notNull().default(1),
    unitPrice: bigint('unit_price', { mode: 'number' }).notNull().default(0),
    /** Thực chi — null until spent. */
    actualAmount: bigint('actual_amount', { mode: 'number' }),
    notes: text('notes').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    ...versionedTimestamps(),
  },
  (t) => [index('budget_lines_conf_idx').on(t.conferenceId, t.group)],
);

/**
 * Công việc — a task of the preparation: from the plan's milestones and responsibilities
 * (kind task) or the logistics checklist (kind logistics: văn nghệ, tài liệu, hội trường, ma-két,
 * giấy mời, giấy khen, hoa, tiền thưởng, nước uống). The owner is a role, a unit or a person.
 */
export const conferenceTasks = pgTable(
  'conference_tasks',
  {
    ...conferenceRow(),
    /** task | logistics */
    kind: text('kind').notNull().default('task'),
    title: text('title').notNull(),
    /** A ROLES value, or null. */
    ownerRole: text('owner_role'),
    ownerUnitId: uuid('owner_unit_id').references(() => units.id, { onDelete: 'set null' }),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The owner as the plan words it ("Văn phòng HĐND-UBND phường"). */
    ownerLabel: text('owner_label').notNull().default(''),
    dueDate: date('due_date', { mode: 'string' }),
    /** todo | in_progress | done | cancelled */
    status: text('status').notNull().default('todo'),
    notes: text('notes').notNull().default(''),
    milestoneId: uuid('milestone_id').references(() => milestones.id, { onDelete: 'set null' }),
    budgetLineId: uuid('budget_line_id').references(() => budgetLines.id, { onDelete: 'set null' }),
    /** plan | manual */
    source: text('source').notNull().default('manual'),
    sortOrder: integer('sort_order').notNull().default(0),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    ...versionedTimestamps(),
  },
  (t) => [index('conference_tasks_conf_idx').on(t.conferenceId, t.kind, t.dueDate)],
);
