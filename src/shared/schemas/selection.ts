import { z } from 'zod';
import { UNIT_TYPES } from './enums';
import {
  AWARD_SUBJECTS,
  collectiveDetailsSchema,
  GENDERS,
  individualDetailsSchema,
  NOMINATION_KINDS,
  unitReviewSchema,
} from './nominations';
import { flags, nonNegativeInt, text, versionField } from './primitives';
import { BALLOT_STATUSES, COUNCIL_POSITIONS, itemResultView, MEETING_STATUSES, VOTING_MODES } from './review';

/** Tham luận: the secretary picks an honoree and the speech's title. */
export const speechInputSchema = z.object({
  nominationId: z.uuid({ error: 'Tập thể/cá nhân trình bày tham luận không hợp lệ' }),
  title: text('Tên tham luận', 500),
  /** Người trình bày; default: the individual, or the collective's head. */
  speakerName: z
    .string()
    .trim()
    .max(200, { error: 'Người trình bày không được dài quá 200 ký tự' })
    .optional(),
});
export type SpeechInput = z.infer<typeof speechInputSchema>;

export const speechUpdateSchema = z.object({
  title: text('Tên tham luận', 500),
  speakerName: text('Người trình bày', 200),
  sortOrder: nonNegativeInt('Thứ tự trình bày'),
  version: versionField,
});
export type SpeechUpdate = z.infer<typeof speechUpdateSchema>;

/** Đoàn đi dự hội nghị cấp trên: one honoree at a time. */
/** Chọn vào đoàn: an honoree (nominationId) or a delegate of the conference such as a guest (delegateId). */
export const delegationInputSchema = z
  .object({
    nominationId: z.uuid({ error: 'Tập thể/cá nhân được chọn không hợp lệ' }).optional(),
    delegateId: z.uuid({ error: 'Đại biểu được chọn không hợp lệ' }).optional(),
  })
  .refine((b) => Number(Boolean(b.nominationId)) + Number(Boolean(b.delegateId)) === 1, {
    error: 'Chọn một tập thể/cá nhân được vinh danh hoặc một đại biểu (đúng một trong hai)',
    path: ['nominationId'],
  });
export type DelegationInput = z.infer<typeof delegationInputSchema>;

export const versionQuerySchema = z.object({
  version: z.coerce.number({ error: 'Phiên bản (version) phải là số' }).pipe(versionField),
});

export const importDossierQuerySchema = z.object({
  /** Hình thức nhận về khi hồ sơ mang một hình thức không có ở hội nghị này. */
  awardFormId: z.uuid({ error: 'Hình thức khen thưởng không hợp lệ' }).optional(),
});

// --- Hồ sơ đoàn (dossier): the ZIP exchanged between two Vinh Danh instances --------------

export const DOSSIER_FORMAT = 'vinh-danh-dossier';
export const DOSSIER_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'Mã SHA-256 không hợp lệ' });
/** A path inside the ZIP: relative, forward slashes, no "..". */
const zipPath = z
  .string()
  .min(1)
  .max(500)
  .refine(
    (p) => !p.startsWith('/') && !p.includes('\\') && !p.split('/').some((s) => s === '..' || s === ''),
    {
      error: 'Đường dẫn tệp trong hồ sơ không hợp lệ',
    },
  );

const source = z.object({
  organization: z.object({ id: z.string(), name: z.string() }),
  conference: z.object({ id: z.string(), name: z.string() }),
});

export const dossierManifestSchema = z.object({
  format: z.literal(DOSSIER_FORMAT, { error: 'Không phải tệp hồ sơ Vinh Danh (format)' }),
  version: z.literal(DOSSIER_VERSION, { error: 'Phiên bản hồ sơ không được hỗ trợ' }),
  source,
  exportedAt: z.string(),
  files: z.array(z.object({ path: zipPath, sha256, size: z.number().int().min(0) })).max(5000),
});
export type DossierManifest = z.infer<typeof dossierManifestSchema>;

/** The council's result of one member, as a dossier and an upward arrival carry it. */
export const councilResultSchema = z.object({
  agree: z.number().int(),
  disagree: z.number().int(),
  abstain: z.number().int(),
  base: z.number().int(),
  sharePercent: z.number(),
  reason: z.string(),
});

export const dossierMemberSchema = z.object({
  nominationId: z.string(),
  kind: z.enum(NOMINATION_KINDS),
  name: z.string(),
  gender: z.string().nullable(),
  individual: individualDetailsSchema.nullable(),
  collective: collectiveDetailsSchema.nullable(),
  awardFormName: z.string(),
  awardFormAppliesTo: z.string(),
  summaryHtml: z.string(),
  unitReview: unitReviewSchema.nullable(),
  unit: z.object({ name: z.string(), type: z.string() }),
  result: councilResultSchema.nullable(),
  attachments: z.array(
    z.object({
      path: zipPath,
      fileName: z.string().min(1).max(300),
      mimeType: z.string(),
      size: z.number(),
      sha256,
    }),
  ),
});
export type DossierMember = z.infer<typeof dossierMemberSchema>;

export const dossierSchema = z.object({
  format: z.literal(DOSSIER_FORMAT),
  version: z.literal(DOSSIER_VERSION),
  source,
  targetName: z.string(),
  members: z.array(dossierMemberSchema).max(1000),
});
export type Dossier = z.infer<typeof dossierSchema>;

// --- Responses -------------------------------------------------------------------------------

const kind = z.enum(NOMINATION_KINDS);
const gender = z.enum(GENDERS).nullable();
const unitType = z.enum(UNIT_TYPES);
const counts = z.object({ collectives: z.number(), individuals: z.number() });

/** Người/tập thể được vinh danh, with the result that selected them. */
export const honoreeView = z.object({
  nominationId: z.string(),
  name: z.string(),
  kind,
  gender,
  unitId: z.string(),
  unitName: z.string(),
  unitType,
  agree: z.number(),
  disagree: z.number(),
  abstain: z.number(),
  base: z.number(),
  sharePercent: z.number(),
  rank: z.number().nullable(),
  reason: z.string(),
  meetingId: z.string(),
  meetingDate: z.string(),
});
export type HonoreeView = z.infer<typeof honoreeView>;

/** A form whose honorees fall short of its minimum (shared/rules/honoree-targets): a warning only. */
export const unmetHonoreeTargetView = z.object({
  awardFormId: z.string(),
  awardFormName: z.string(),
  minHonorees: z.number().int(),
  maxHonorees: z.number().int().nullable(),
  selected: z.number().int(),
  missing: z.number().int(),
});

export const honoreeListView = z.object({
  groups: z.array(
    z.object({
      awardFormId: z.string(),
      awardFormName: z.string(),
      appliesTo: z.enum(AWARD_SUBJECTS),
      items: z.array(honoreeView),
    }),
  ),
  total: z.number(),
  counts,
  /** Hình thức chưa đủ số tối thiểu cần vinh danh, in the groups' order. */
  unmetTargets: z.array(unmetHonoreeTargetView),
  /** What the printed list is headed with: the organizer, its parent, the conference. */
  heading: z.object({ organizationName: z.string(), parentName: z.string(), conferenceName: z.string() }),
  permissions: flags('canManage'),
});
export type HonoreeListView = z.infer<typeof honoreeListView>;

export const speechCheckView = z.object({
  ok: z.boolean(),
  parts: z.array(z.object({ label: z.string(), wanted: z.number(), assigned: z.number() })),
  messages: z.array(z.string()),
});
export type SpeechCheckView = z.infer<typeof speechCheckView>;

export const speechView = z.object({
  id: z.string(),
  nominationId: z.string().nullable(),
  honoreeName: z.string().nullable(),
  speakerName: z.string(),
  title: z.string(),
  kind: z.enum(['unit_type', 'individual']),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  unitType: unitType.nullable(),
  sortOrder: z.number(),
  version: z.number(),
  permissions: flags('canEdit', 'canDelete'),
});
export type SpeechView = z.infer<typeof speechView>;

export const speechListView = z.object({
  items: z.array(speechView),
  check: speechCheckView,
  permissions: flags('canManage'),
});
export type SpeechListView = z.infer<typeof speechListView>;
/** After adding: the new speech's id with the whole list. */
export const speechCreatedView = speechListView.extend({ id: z.string() });

export const delegationMemberView = z.object({
  id: z.string(),
  /** An honoree member; null for a member who joins as a delegate (a guest…). */
  nominationId: z.string().nullable(),
  /** A member who joins as a delegate; null for an honoree. */
  delegateId: z.string().nullable(),
  name: z.string(),
  kind,
  gender,
  /** Chức vụ of a delegate member ('' for an honoree). */
  title: z.string(),
  /** The delegate category the quota counts the member in, and its label. */
  category: z.string().nullable(),
  categoryLabel: z.string(),
  unitName: z.string(),
  unitType: unitType.nullable(),
  /** '' for a delegate member. */
  awardFormName: z.string(),
  version: z.number(),
  permissions: flags('canDelete'),
});
export type DelegationMemberView = z.infer<typeof delegationMemberView>;

/** One line of the quota (rules/delegation-quota.ts): the plan's two figures, then its parts. */
export const delegationQuotaLineView = z.object({
  id: z.string(),
  dimension: z.enum(['kind', 'category', 'attribute']),
  value: z.string(),
  noun: z.string(),
  op: z.enum(['exact', 'max', 'min']),
  target: z.number(),
  count: z.number(),
  ok: z.boolean(),
  full: z.boolean(),
  message: z.string().nullable(),
});
export type DelegationQuotaLineView = z.infer<typeof delegationQuotaLineView>;

export const delegationView = z.object({
  quota: z.object({ targetName: z.string(), collectives: z.number(), individuals: z.number() }),
  /** The quota's parts by category or attribute (the two figures are `quota` and `counts`). */
  parts: z.array(delegationQuotaLineView),
  total: z.object({ count: z.number(), target: z.number() }),
  items: z.array(delegationMemberView),
  counts,
  check: z.object({ ok: z.boolean(), messages: z.array(z.string()) }),
  permissions: flags('canManage', 'canExport'),
});
export type DelegationView = z.infer<typeof delegationView>;
/** After adding: the new member's id with the whole delegation. */
export const delegationCreatedView = delegationView.extend({ id: z.string() });

export const dossierImportView = z.object({
  imported: z.number(),
  attachments: z.number(),
  nominationIds: z.array(z.string()),
  message: z.string(),
});
export type DossierImportView = z.infer<typeof dossierImportView>;

export const minutesItemView = z.object({
  nominationId: z.string(),
  name: z.string(),
  kind: z.string(),
  unitName: z.string(),
  awardFormName: z.string(),
  result: itemResultView.nullable(),
  excluded: z.array(z.object({ councilMemberId: z.string(), fullName: z.string(), reason: z.string() })),
});
export type MinutesItemView = z.infer<typeof minutesItemView>;

/** Biên bản họp Hội đồng as data (the documents module renders it). */
export const minutesView = z.object({
  conference: z.object({ id: z.string(), name: z.string(), officialTitle: z.string() }),
  organization: z.object({ name: z.string(), parentName: z.string() }),
  meeting: z.object({
    id: z.string(),
    title: z.string(),
    meetingDate: z.string(),
    place: z.string(),
    term: z.string(),
    status: z.enum(MEETING_STATUSES),
  }),
  members: z.array(
    z.object({
      id: z.string(),
      fullName: z.string(),
      position: z.enum(COUNCIL_POSITIONS),
      positionLabel: z.string(),
      unitName: z.string(),
      present: z.boolean(),
    }),
  ),
  quorum: z.object({
    present: z.number(),
    all: z.number(),
    needed: z.number(),
    rule: z.string(),
    ok: z.boolean(),
    message: z.string(),
  }),
  tallyCommittee: z.array(z.string()),
  ballots: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      mode: z.enum(VOTING_MODES),
      modeLabel: z.string(),
      status: z.enum(BALLOT_STATUSES),
      allowAbstain: z.boolean(),
      electorateSize: z.number(),
      ballotsCast: z.number(),
      papersIssued: z.number().nullable(),
      papersReturned: z.number().nullable(),
      items: z.array(minutesItemView),
    }),
  ),
  honorees: z.array(
    z.object({
      nominationId: z.string(),
      name: z.string(),
      kind,
      unitName: z.string(),
      awardFormName: z.string(),
      agree: z.number(),
      base: z.number(),
      sharePercent: z.number(),
    }),
  ),
});
export type MinutesView = z.infer<typeof minutesView>;
