import { z } from 'zod';
import { CONFERENCE_STATUSES, MILESTONE_KINDS } from './enums';
import { milestoneEditSchema, milestoneInputSchema, planBaseSchema, planSchema } from './plan';
import { versionField } from './primitives';

export const createConferenceBodySchema = z.object({ plan: planSchema });
export const updatePlanBodySchema = z.object({ plan: planSchema, version: versionField });
export const milestoneCreateBodySchema = milestoneInputSchema;
export const milestoneUpdateBodySchema = z.intersection(
  milestoneEditSchema,
  z.object({
    done: z.boolean({ error: 'Trạng thái hoàn thành phải là đúng/sai' }).default(false),
    version: versionField,
  }),
);

// ---- responses -------------------------------------------------------------------------------

const MILESTONE_STATES = ['past', 'today', 'upcoming', 'overdue'] as const;

export const milestoneView = z.object({
  id: z.uuid(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  title: z.string(),
  responsible: z.string(),
  kind: z.enum(MILESTONE_KINDS),
  done: z.boolean(),
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

/** Tổng quan hội nghị: the conference, its plan and milestones, and what the actor may do. */
export const conferenceView = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  parentOrganizationName: z.string(),
  status: z.enum(CONFERENCE_STATUSES),
  version: z.number().int(),
  updatedAt: z.string(),
  plan: planBaseSchema,
  milestones: z.array(milestoneView),
  today: z.string(),
  permissions: conferencePermissionsView,
});
export type ConferenceView = z.infer<typeof conferenceView>;

const conferenceSummaryView = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  name: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  plannedDate: z.string().nullable(),
  status: z.enum(CONFERENCE_STATUSES),
  version: z.number().int(),
});
export type ConferenceSummaryView = z.infer<typeof conferenceSummaryView>;

export const conferenceListView = z.object({ items: z.array(conferenceSummaryView) });
export type ConferenceListView = z.infer<typeof conferenceListView>;
