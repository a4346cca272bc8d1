import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { UnitType } from '../../../shared/schemas/enums';
import type { Plan } from '../../../shared/schemas/plan';
import { createdAt, id, versionedTimestamps } from './columns';

/** Cơ quan tổ chức — an organizer (ward, commune, district, …). Every other row is scoped to one. */
export const organizations = pgTable('organizations', {
  id: id(),
  name: text('name').notNull(),
  parentName: text('parent_name').notNull().default(''),
  level: text('level').notNull(),
  place: text('place').notNull().default(''),
  ...versionedTimestamps(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    /** Where notifications are emailed (optional; nothing is emailed without it). */
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    isSystemAdmin: boolean('is_system_admin').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    locale: text('locale').notNull().default('vi'),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

/** Đơn vị — a submitting unit of an organizer (TDP, đoàn thể, trường, …). */
export const units = pgTable(
  'units',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    type: text('type').$type<UnitType>().notNull(),
    headName: text('head_name').notNull().default(''),
    phone: text('phone').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    /**
     * Cấp dưới: the lower-level organizer this unit stands for (a ward that is a unit of the
     * province). Its delegation is sent here by the upward flow (modules/upward).
     */
    linkedOrganizationId: uuid('linked_organization_id').references((): AnyPgColumn => organizations.id),
    ...versionedTimestamps(),
  },
  (t) => [
    index('units_org_idx').on(t.organizationId),
    index('units_linked_org_idx').on(t.linkedOrganizationId),
    uniqueIndex('units_org_name_uq').on(t.organizationId, t.name),
  ],
);

/** Hội nghị — a conference; its plan (Kế hoạch) lives as validated JSON, milestones as rows. */
export const conferences = pgTable(
  'conferences',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    // No status column: the stage is derived from the facts (shared/rules/lifecycle.ts).
    plan: jsonb('plan').$type<Plan>().notNull(),
    /** Tổng chỉ tiêu đề nghị — the overall number the quota grid is checked against (null: none). */
    quotaTotal: integer('quota_total'),
    ...versionedTimestamps(),
  },
  (t) => [index('conferences_org_idx').on(t.organizationId)],
);

/** Vai trò — a role of a user in an organization, optionally narrowed to a conference or a unit. */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    conferenceId: uuid('conference_id').references(() => conferences.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('memberships_user_idx').on(t.userId), index('memberships_org_idx').on(t.organizationId)],
);

/** Mốc thời gian của kế hoạch. */
export const milestones = pgTable(
  'milestones',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    sortOrder: integer('sort_order').notNull().default(0),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    title: text('title').notNull(),
    responsible: text('responsible').notNull().default(''),
    /** other | submission_deadline (hạn nộp hồ sơ) | council_meeting | conference_day */
    kind: text('kind').notNull().default('other'),
    /** Giờ bắt đầu (HH:MM): the conference day's start time. */
    startTime: text('start_time'),
    /** Marked done (by the secretary or the person responsible); data may also satisfy a milestone. */
    done: boolean('done').notNull().default(false),
    ...versionedTimestamps(),
  },
  (t) => [index('milestones_conf_idx').on(t.conferenceId)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    /** SHA-256 of the random token; the token itself is only in the cookie. */
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('sessions_token_uq').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** Failed logins, for throttling (kept in the database so several instances agree). */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    ip: text('ip').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_failures_user_at_idx').on(t.username, t.at)],
);

/** Nhật ký — append-only; a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id'),
    /** The conference the change belongs to, when it belongs to one (history of a conference). */
    conferenceId: uuid('conference_id'),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull().default(''),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    index('audit_org_at_idx').on(t.organizationId, t.at),
    index('audit_entity_idx').on(t.entityType, t.entityId),
    index('audit_conference_idx').on(t.conferenceId, t.id),
  ],
);
