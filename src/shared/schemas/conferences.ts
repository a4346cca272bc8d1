import { z } from 'zod';
import { LIFECYCLE_STAGES, LIFECYCLE_STEPS, NEXT_ACTIONS, STEP_STATES } from '../rules/lifecycle';
import { MILESTONE_KINDS } from './enums';
import { milestoneEditSchema, milestoneInputSchema, planBaseSchema, planSchema } from './plan';
import { clockTime, isoDate, versionField } from './primitives';

/**
 * A new conference: its plan and, optionally, its day and start time — which become the
 * conference-day milestone (the one place the date lives).
 */
/**
 * Cảnh báo kế hoạch the secretary accepted (their codes): a plan whose figures contradict each
 * other (src/shared/rules/plan-consistency.ts) is saved only when every warning is listed here.
 */
const acknowledgedWarnings = z
  .array(z.string().max(60), { error: 'Danh sách cảnh báo đã chấp nhận không hợp lệ' })
  .max(50)
  .optional();

export const createConferenceBodySchema = z.object({
  plan: planSchema,
  acknowledgedWarnings,
  conferenceDate: isoDate('Ngày tổ chức').nullable().optional(),
  startTime: clockTime('Giờ bắt đầu').nullable().optional(),
});
export const updatePlanBodySchema = z.object({
  plan: planSchema,
  version: versionField,
  acknowledgedWarnings,
});
export type UpdatePlanBody = z.input<typeof updatePlanBodySchema>;
export const milestoneCreateBodySchema = milestoneInputSchema;
export const milestoneUpdateBodySchema = z.intersection(
  milestoneEditSchema,
  z.object({
    done: z.boolean({ error: 'Trạng thái hoàn thành phải là đúng/sai' }).default(false),
    version: versionField,
  }),
);
/** Đánh dấu hoàn thành / mở lại một mốc. */
export const milestoneDoneBodySchema = z.object({
  done: z.boolean({ error: 'Trạng thái hoàn thành phải là đúng/sai' }),
  version: versionField,
});

// ---- responses -------------------------------------------------------------------------------

const MILESTONE_STATES = ['past', 'today', 'upcoming', 'overdue'] as const;

export const milestoneView = z.object({
  id: z.uuid(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  title: z.string(),
  responsible: z.string(),
  kind: z.enum(MILESTONE_KINDS),
  /** Giờ bắt đầu (HH:MM); the conference day's is the conference's start time. */
  startTime: z.string().nullable(),
  /** Marked done by a person. */
  done: z.boolean(),
  /** Completed by the data itself (e.g. every unit has sent its report and nominations). */
  satisfied: z.boolean(),
  sortOrder: z.number().int(),
  version: z.number().int(),
  state: z.enum(MILESTONE_STATES),
});
export type MilestoneView = z.infer<typeof milestoneView>;

const conferencePermissionsView = z.object({
  canEdit: z.boolean(),
  canEditMilestones: z.boolean(),
  canReadAudit: z.boolean(),
});

const nextActionView = z.object({
  key: z.enum(NEXT_ACTIONS),
  count: z.number().int().nullable(),
  date: z.string().nullable(),
});
export type NextActionView = z.infer<typeof nextActionView>;

/** Vòng đời: derived from the facts on every read (shared/rules/lifecycle.ts), never stored. */
export const lifecycleView = z.object({
  stage: z.enum(LIFECYCLE_STAGES),
  currentStep: z.number().int(),
  steps: z.array(z.object({ key: z.enum(LIFECYCLE_STEPS), state: z.enum(STEP_STATES) })),
  next: z.array(nextActionView),
  milestones: z.object({ total: z.number().int(), completed: z.number().int(), overdue: z.number().int() }),
});
export type LifecycleView = z.infer<typeof lifecycleView>;

/** Tổng quan hội nghị: the conference, its plan and milestones, and what the actor may do. */
export const conferenceView = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  parentOrganizationName: z.string(),
  /** The conference day and start time: read from the conference-day milestone. */
  conferenceDate: z.string().nullable(),
  conferenceEndDate: z.string().nullable(),
  startTime: z.string().nullable(),
  lifecycle: lifecycleView,
  version: z.number().int(),
  updatedAt: z.string(),
  plan: planBaseSchema,
  milestones: z.array(milestoneView),
  today: z.string(),
  permissions: conferencePermissionsView,
});
export type ConferenceView = z.infer<typeof conferenceView>;

export const TODO_KINDS = [
  'lifecycle', // the secretary's / chair's next action (`action`)
  'unit_submit', // a unit head: send the report and nominations before `date`
  'unit_sent', // a unit head: everything sent; may still add until `date`
  'unit_late', // a unit head: the deadline passed without everything sent
  'unit_fix', // a unit head: `count` items returned by the office
  'vote', // a council member: an open ballot not voted yet
  'meeting_ahead', // a council member: a council meeting on `date`
  'checkin_open', // reception: check-in is open (the conference on `date`)
  'checkin_soon', // reception: check-in opens on `date`
  'concluded', // the conference has concluded
  'open_conference', // nothing particular: open the conference (at its stage)
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/** Việc cần làm tiếp — one thing this person should do next in one conference. */
export const todoItemView = z.object({
  kind: z.enum(TODO_KINDS),
  action: nextActionView.nullable(),
  date: z.string().nullable(),
  count: z.number().int().nullable(),
  unitId: z.string().nullable(),
  meetingId: z.string().nullable(),
  ballotId: z.string().nullable(),
  title: z.string().nullable(),
});
export type TodoItemView = z.infer<typeof todoItemView>;

const conferenceSummaryView = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  name: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  conferenceDate: z.string().nullable(),
  startTime: z.string().nullable(),
  stage: z.enum(LIFECYCLE_STAGES),
  /** What the actor should do next here (per role). */
  todo: z.array(todoItemView),
  version: z.number().int(),
});
export type ConferenceSummaryView = z.infer<typeof conferenceSummaryView>;

export const conferenceListView = z.object({ items: z.array(conferenceSummaryView) });
export type ConferenceListView = z.infer<typeof conferenceListView>;
