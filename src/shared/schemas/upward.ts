import { z } from 'zod';
import { ORG_LEVELS } from './enums';
import { NOMINATION_KINDS } from './nominations';
import { councilResultSchema } from './selection';

/**
 * Luồng gửi lên cấp trên — a lower-level organizer (ward) sends its delegation to the conference
 * of an upper-level organizer (province, or the city before 07/2025) on the same deployment.
 */

/** What the lower level reads back for each member it sent (rules/upward.ts maps the status). */
export const UPWARD_STATUSES = ['received', 'returned', 'accepted', 'honored'] as const;
export type UpwardStatus = (typeof UPWARD_STATUSES)[number];

/** send: from this deployment; import: a dossier ZIP from another one. */
export const UPWARD_CHANNELS = ['send', 'import'] as const;
export type UpwardChannel = (typeof UPWARD_CHANNELS)[number];

// ---- requests --------------------------------------------------------------------------------

export const upwardSendBodySchema = z.object({
  targetConferenceId: z.uuid({ error: 'Hội nghị cấp trên không hợp lệ' }),
  /** The upper award form for members whose form has no namesake there. */
  awardFormId: z.uuid({ error: 'Hình thức khen thưởng không hợp lệ' }).optional(),
});
export type UpwardSendBody = z.infer<typeof upwardSendBodySchema>;

export const unitLinkBodySchema = z.object({
  linkedOrganizationId: z.uuid({ error: 'Cơ quan cấp dưới không hợp lệ' }).nullable(),
  version: z.number().int().min(1),
});

export const unitLinkView = z.object({
  id: z.uuid(),
  name: z.string(),
  linkedOrganizationId: z.uuid().nullable(),
  version: z.number().int(),
});
export type UnitLinkBody = z.infer<typeof unitLinkBodySchema>;

/** The organizers one of this organizer's units may stand for: every other on the deployment. */
export const linkCandidatesView = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), level: z.enum(ORG_LEVELS) })),
});
export type LinkCandidatesView = z.infer<typeof linkCandidatesView>;

export const upwardInboxQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

// ---- responses -------------------------------------------------------------------------------

export const upwardTargetView = z.object({
  conferenceId: z.uuid(),
  conferenceName: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  /** The upper organizer's unit that stands for the sender. */
  unitId: z.uuid(),
  unitName: z.string(),
  /** Accepting nominations from that unit today (deadline or extension). */
  open: z.boolean(),
  deadline: z.string().nullable(),
});
export type UpwardTarget = z.infer<typeof upwardTargetView>;

export const upwardTargetsView = z.object({ targets: z.array(upwardTargetView) });

export const upwardSendResultView = z.object({
  sendId: z.uuid(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  message: z.string(),
});
export type UpwardSendResult = z.infer<typeof upwardSendResultView>;

/** One delegation member as the lower level sees it after sending. */
export const upwardMemberStatusView = z.object({
  nominationId: z.uuid(),
  name: z.string(),
  kind: z.enum(NOMINATION_KINDS),
  /** null: not sent yet. */
  status: z.enum(UPWARD_STATUSES).nullable(),
  returnReason: z.string().nullable(),
  targetConferenceName: z.string().nullable(),
  targetOrganizationName: z.string().nullable(),
});
export type UpwardMemberStatus = z.infer<typeof upwardMemberStatusView>;

export const upwardStatusCounts = z.object({
  received: z.number().int(),
  returned: z.number().int(),
  accepted: z.number().int(),
  honored: z.number().int(),
});
export type UpwardStatusCounts = z.infer<typeof upwardStatusCounts>;

export const upwardStatusView = z.object({ members: z.array(upwardMemberStatusView) });
export type UpwardStatusList = z.infer<typeof upwardStatusView>;

/** One arrival in the upper conference's inbox. */
export const upwardInboxItemView = z.object({
  id: z.uuid(),
  channel: z.enum(UPWARD_CHANNELS),
  sourceOrganizationName: z.string(),
  sourceConferenceName: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  decisionRef: z.string().nullable(),
  memberCount: z.number().int(),
  attachmentCount: z.number().int(),
  sentByName: z.string(),
  sentAt: z.string(),
  counts: upwardStatusCounts,
});
export type UpwardInboxItem = z.infer<typeof upwardInboxItemView>;

export const upwardInboxView = z.object({
  items: z.array(upwardInboxItemView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type UpwardInbox = z.infer<typeof upwardInboxView>;

/** Where an upper-level nomination came from (nguồn gốc). */
export const nominationOriginView = z.object({
  channel: z.enum(UPWARD_CHANNELS),
  sourceOrganizationName: z.string(),
  sourceConferenceName: z.string(),
  sourceNominationId: z.uuid().nullable(),
  decisionRef: z.string().nullable(),
  councilResult: councilResultSchema.nullable(),
  sentAt: z.string(),
  sentByName: z.string(),
});
export type NominationOrigin = z.infer<typeof nominationOriginView>;
