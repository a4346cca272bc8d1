import { z } from 'zod';
import { eligibilityView } from './honours';
import {
  collectiveDetailsSchema,
  GENDERS,
  individualDetailsSchema,
  NOMINATION_KINDS,
  NOMINATION_STATUSES,
  OCCUPATION_GROUPS,
  REPORT_STATUSES,
  reportNumbersSchema,
  reportSectionsSchema,
  unitReviewFields,
} from './nominations';
import { flags, uuidParam, versionField } from './primitives';

// What the nominations and unit-reports routes answer (the requests are in ./nominations).

export const nominationPermissionsView = z.object({
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  canSubmit: z.boolean(),
  canReturn: z.boolean(),
  canAccept: z.boolean(),
  canReject: z.boolean(),
});
export type NominationPermissions = z.infer<typeof nominationPermissionsView>;

/** What a list row and the full nomination have in common. */
const nominationBase = {
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  awardFormId: z.uuid(),
  awardFormName: z.string(),
  kind: z.enum(NOMINATION_KINDS),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  occupationGroup: z.enum(OCCUPATION_GROUPS).nullable(),
  status: z.enum(NOMINATION_STATUSES),
  returnReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
  permissions: nominationPermissionsView,
};

export const nominationListItemView = z.object({ ...nominationBase, birthYear: z.number().int().nullable() });
export type NominationListItem = z.infer<typeof nominationListItemView>;

const countsBy = z.record(z.string(), z.number().int());
export const nominationCountsView = z.object({
  byUnit: countsBy,
  byForm: countsBy,
  byGender: countsBy,
  byOccupationGroup: countsBy,
  byStatus: countsBy,
});
export type NominationCounts = z.infer<typeof nominationCountsView>;

export const nominationListView = z.object({
  total: z.number().int(),
  items: z.array(nominationListItemView),
  counts: nominationCountsView,
});
export type NominationList = z.infer<typeof nominationListView>;

export const attachmentView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
});
export type Attachment = z.infer<typeof attachmentView>;

/** One step of a nomination's way through the office: who sent, returned, accepted it, when, why. */
export const nominationEventView = z.object({
  status: z.enum(NOMINATION_STATUSES),
  reason: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});
export type NominationEvent = z.infer<typeof nominationEventView>;

export const nominationView = z.object({
  ...nominationBase,
  conferenceId: z.uuid(),
  // A draft may lack any detail (nominationDraftSchema); a sent nomination has them all.
  individual: individualDetailsSchema.partial().nullable(),
  collective: collectiveDetailsSchema.partial().nullable(),
  /** Sanitized by the server: only SUMMARY_ALLOWED_TAGS (shared/rules/rich-text). */
  summaryHtml: z.string(),
  unitReview: unitReviewFields.partial().nullable(),
  attachments: z.array(attachmentView),
  /** Oldest first; a return's reason stays after the unit sends the nomination again. */
  history: z.array(nominationEventView),
  /** Phong trào thi đua cited (null: none). */
  movementId: z.uuid().nullable(),
  /** The achievement's reference (sáng kiến, công trình, QĐ cited). */
  achievementRef: z.string(),
  /** The unit's explanation when it sends a nominee not yet eligible. */
  eligibilityNote: z.string(),
  /** "Đủ / chưa đủ điều kiện — vì …" from the register, with the nominee's past honours. */
  eligibility: eligibilityView,
});
export type Nomination = z.infer<typeof nominationView>;

export const nominationImportView = z.object({ created: z.number().int() });

export const unitReportView = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  status: z.enum(REPORT_STATUSES).nullable(),
  sections: reportSectionsSchema,
  numbers: reportNumbersSchema,
  returnReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** 0 while the unit has not saved a report yet. */
  version: z.number().int(),
  permissions: flags('canEdit', 'canSubmit', 'canReturn', 'canAccept'),
});
export type UnitReport = z.infer<typeof unitReportView>;

export const unitReportSummaryView = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  status: z.enum(REPORT_STATUSES),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
});
export type UnitReportSummary = z.infer<typeof unitReportSummaryView>;

export const unitReportListView = z.object({ items: z.array(unitReportSummaryView) });
export type UnitReportList = z.infer<typeof unitReportListView>;

/** Tiếp nhận nhiều hồ sơ một lần: the chosen nominations, each at the version the list showed. */
export const bulkAcceptInput = z.object({
  items: z
    .array(z.object({ id: uuidParam('Mã đề nghị'), version: versionField }), {
      error: 'Danh sách hồ sơ đã chọn không hợp lệ',
    })
    .min(1, { error: 'Hãy chọn ít nhất một hồ sơ để tiếp nhận' })
    .max(500, { error: 'Mỗi lần tiếp nhận được tối đa 500 hồ sơ' })
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
      error: 'Một hồ sơ được chọn hai lần',
    }),
});
export type BulkAcceptInput = z.infer<typeof bulkAcceptInput>;

export const bulkAcceptView = z.object({
  accepted: z.number().int(),
  items: z.array(
    z.object({ id: z.string(), version: z.number().int(), status: z.enum(NOMINATION_STATUSES) }),
  ),
});
export type BulkAcceptView = z.infer<typeof bulkAcceptView>;
