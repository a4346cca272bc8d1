import { z } from 'zod';
import { AWARD_SUBJECTS } from './nominations';
import { isoDate, versionField } from './primitives';

// Sổ khen thưởng (honours register), identities, eligibility rules — the one home of their shapes.
// Movements and statistics: shared/schemas/movements.ts.

/** Cấp khen — who signed: state (Chủ tịch nước, Thủ tướng), ministry/province, district, commune/ward, unit. */
export const HONOUR_LEVELS = ['state', 'ministry_province', 'district', 'commune', 'unit'] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];

/**
 * Phương thức khen thưởng (Law 06/2022 Art. 5; statistics forms' section "Chia theo phương thức"):
 * thường xuyên, chuyên đề, đột xuất, đối ngoại, cống hiến, niên hạn, kháng chiến.
 */
export const HONOUR_METHODS = [
  'regular',
  'thematic',
  'adhoc',
  'foreign',
  'dedication',
  'seniority',
  'resistance',
] as const;
export type HonourMethod = (typeof HONOUR_METHODS)[number];

/**
 * Đối tượng as the statistics count them beyond the kind: a collective that is an enterprise,
 * and the individuals' groups of forms 0602/0603 (lãnh đạo cấp tỉnh trở lên, lãnh đạo cấp sở,
 * doanh nhân, lãnh đạo khác từ phó phòng, người trực tiếp lao động/công tác).
 */
export const HONOUR_CATEGORIES = [
  'enterprise',
  'leader_province',
  'leader_department',
  'businessperson',
  'leader_other',
  'direct_worker',
] as const;
export type HonourCategory = (typeof HONOUR_CATEGORIES)[number];

/**
 * The statistics column a form counts in (forms 0602 and 0603 of Circular 02/2023/TT-BNV; the
 * mapping of a form to a column is the organizer's data, shared/rules/statistics-forms.ts).
 */
export const HONOUR_STAT_COLUMNS = [
  // 0602 — cấp nhà nước
  'state_order_medal',
  'state_hcm_prize',
  'state_prize',
  'state_honorary_title',
  'state_government_flag',
  'state_pm_certificate',
  'state_national_fighter',
  'state_other',
  // 0603 — cấp bộ, ngành, tỉnh
  'province_certificate',
  'province_fighter',
  'province_flag',
  'province_badge',
] as const;
export type HonourStatColumn = (typeof HONOUR_STAT_COLUMNS)[number];

export const HONOUR_SOURCES = ['decision', 'import', 'manual'] as const;
export type HonourSource = (typeof HONOUR_SOURCES)[number];

const formCode = z
  .string({ error: 'Mã hình thức là bắt buộc' })
  .trim()
  .min(1, { error: 'Mã hình thức không được để trống' })
  .max(40, { error: 'Mã hình thức không được dài quá 40 ký tự' });

const year = (field: string) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? `${field} là bắt buộc` : `${field} phải là số`) })
    .int({ error: `${field} phải là số nguyên` })
    .min(1945, { error: `${field} phải từ 1945 trở đi` })
    .max(2100, { error: `${field} không hợp lệ` });

// ---- the register's form catalogue -------------------------------------------------------------

export const honourFormInputSchema = z.object({
  code: formCode,
  name: z.string().trim().min(1, { error: 'Tên hình thức không được để trống' }).max(300),
  appliesTo: z.enum(AWARD_SUBJECTS, { error: 'Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình' }),
  level: z.enum(HONOUR_LEVELS, { error: 'Cấp khen không hợp lệ' }),
  statColumn: z.enum(HONOUR_STAT_COLUMNS, { error: 'Cột thống kê không hợp lệ' }).nullable().default(null),
  validFrom: isoDate('Hiệu lực từ ngày').nullable().default(null),
  validTo: isoDate('Hiệu lực đến ngày').nullable().default(null),
});
export type HonourFormInput = z.infer<typeof honourFormInputSchema>;

/** An edit of a catalogue form: the whole form and the version it was based on (409 when stale). */
export const honourFormUpdateSchema = honourFormInputSchema.extend({ version: versionField });
export type HonourFormUpdate = z.infer<typeof honourFormUpdateSchema>;

export const honourFormView = honourFormInputSchema.extend({ id: z.uuid(), version: z.number().int() });
export type HonourFormView = z.infer<typeof honourFormView>;
export const honourFormListView = z.object({ items: z.array(honourFormView) });
export type HonourFormListView = z.infer<typeof honourFormListView>;

// ---- honours ----------------------------------------------------------------------------------

/** One honour typed in by hand (and the shape an import row is checked against). */
export const honourInputSchema = z.object({
  kind: z.enum(AWARD_SUBJECTS, { error: 'Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình' }),
  name: z.string().trim().min(1, { error: 'Họ tên / tên tập thể không được để trống' }).max(300),
  birthYear: year('Năm sinh').nullable().default(null),
  gender: z.enum(['male', 'female'], { error: 'Giới tính phải là Nam hoặc Nữ' }).nullable().default(null),
  unitName: z.string().trim().max(300).default(''),
  formCode,
  year: year('Năm khen thưởng'),
  decisionNumber: z
    .string({ error: 'Số quyết định là bắt buộc' })
    .trim()
    .min(1, { error: 'Số quyết định không được để trống' })
    .max(60, { error: 'Số quyết định không được dài quá 60 ký tự' }),
  decisionDate: isoDate('Ngày quyết định'),
  /** Cấp khen of the decision; null: the form's level in the catalogue. */
  signerLevel: z.enum(HONOUR_LEVELS, { error: 'Cấp khen không hợp lệ' }).nullable().default(null),
  method: z.enum(HONOUR_METHODS, { error: 'Phương thức khen thưởng không hợp lệ' }).default('regular'),
  category: z.enum(HONOUR_CATEGORIES, { error: 'Đối tượng thống kê không hợp lệ' }).nullable().default(null),
  achievement: z.string().trim().max(2000, { error: 'Thành tích không được dài quá 2000 ký tự' }).default(''),
  achievementRef: z.string().trim().max(300).default(''),
  movementId: z.uuid({ error: 'Phong trào thi đua không hợp lệ' }).nullable().default(null),
  prizeAmount: z.number().int().min(0, { error: 'Tiền thưởng không được âm' }).default(0),
});
export type HonourInput = z.infer<typeof honourInputSchema>;

/** Thu hồi khen thưởng: the reason is required (it stays in the register). */
export const honourRevokeBodySchema = z.object({
  reason: z
    .string({ error: 'Lý do thu hồi là bắt buộc' })
    .trim()
    .min(1, { error: 'Lý do thu hồi không được để trống' })
    .max(1000, { error: 'Lý do thu hồi không được dài quá 1000 ký tự' }),
});

export const honourView = z.object({
  id: z.uuid(),
  subjectId: z.uuid(),
  /** The identity the honour belongs to after merges (the kept one). */
  rootSubjectId: z.uuid(),
  kind: z.enum(AWARD_SUBJECTS),
  name: z.string(),
  birthYear: z.number().int().nullable(),
  unitName: z.string(),
  formCode: z.string(),
  formName: z.string(),
  year: z.number().int(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  signerLevel: z.enum(HONOUR_LEVELS),
  method: z.enum(HONOUR_METHODS),
  achievement: z.string(),
  achievementRef: z.string(),
  movementId: z.uuid().nullable(),
  movementName: z.string().nullable(),
  prizeAmount: z.number().int(),
  source: z.enum(HONOUR_SOURCES),
  revoked: z.boolean(),
});
export type HonourView = z.infer<typeof honourView>;

export const honourLookupQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  unit: z.string().trim().max(300).optional(),
  formCode: z.string().trim().max(40).optional(),
  yearFrom: z.coerce.number().int().min(1945).max(2100).optional(),
  yearTo: z.coerce.number().int().min(1945).max(2100).optional(),
  movementId: z.uuid().optional(),
  kind: z.enum(AWARD_SUBJECTS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type HonourLookupQuery = z.infer<typeof honourLookupQuerySchema>;

export const honourListView = z.object({
  items: z.array(honourView),
  /** Matches, counted up to `countCap`; `more` when there are more than that. */
  total: z.number().int(),
  more: z.boolean(),
});
export type HonourListView = z.infer<typeof honourListView>;

// ---- identities -------------------------------------------------------------------------------

export const subjectView = z.object({
  id: z.uuid(),
  kind: z.enum(AWARD_SUBJECTS),
  name: z.string(),
  birthYear: z.number().int().nullable(),
  gender: z.string().nullable(),
  unitName: z.string(),
  mergedIntoId: z.uuid().nullable(),
  disciplinePending: z.boolean(),
  disciplineNote: z.string(),
  version: z.number().int(),
});
export type SubjectView = z.infer<typeof subjectView>;

/** A person's or collective's page: the identity, the ones merged into it, every honour in order. */
export const subjectPageView = z.object({
  subject: subjectView,
  merged: z.array(subjectView),
  honours: z.array(honourView),
});
export type SubjectPageView = z.infer<typeof subjectPageView>;

/** Likely duplicates: identities of the same kind whose folded names agree (review screen). */
export const duplicateGroupView = z.object({ subjects: z.array(subjectView), reason: z.string() });
export const duplicateListView = z.object({ groups: z.array(duplicateGroupView) });
export type DuplicateListView = z.infer<typeof duplicateListView>;

export const mergeBodySchema = z.object({
  /** The identity that stays. */
  keepId: z.uuid({ error: 'Định danh giữ lại không hợp lệ' }),
  /** The duplicate, folded into keepId. */
  mergeId: z.uuid({ error: 'Định danh gộp không hợp lệ' }),
});
export type MergeBody = z.infer<typeof mergeBodySchema>;

export const disciplineBodySchema = z.object({
  disciplinePending: z.boolean(),
  disciplineNote: z.string().trim().max(1000).default(''),
  version: versionField,
});

// ---- eligibility ------------------------------------------------------------------------------

/**
 * Kinds of rule (Law 06/2022; ND 98/2023; ND 152/2025 — the numbers are the organizer's data):
 * requires_prior — at least `count` honours among `forms` in the `years` years before (and the
 * same year when `includeSameYear`); consecutive — `forms` in each of the `years` years before;
 * min_gap — not the same form (or `forms`) within `years` years; one_achievement — the achievement
 * or decision cited was not rewarded before; discipline_block — no proposal while discipline is pending.
 */
export const ELIGIBILITY_RULE_KINDS = [
  'requires_prior',
  'consecutive',
  'min_gap',
  'one_achievement',
  'discipline_block',
] as const;
export type EligibilityRuleKind = (typeof ELIGIBILITY_RULE_KINDS)[number];

const formList = z.array(formCode).min(1, { error: 'Cần ít nhất một hình thức' }).max(20);
const years = z.number().int().min(1, { error: 'Số năm phải từ 1 trở lên' }).max(50);

export const eligibilityParamsSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('requires_prior'),
      forms: formList,
      count: z.number().int().min(1).max(20).default(1),
      years,
      includeSameYear: z.boolean().default(false),
    }),
    z.object({ kind: z.literal('consecutive'), forms: formList, years }),
    z.object({ kind: z.literal('min_gap'), forms: z.array(formCode).max(20).default([]), years }),
    z.object({ kind: z.literal('one_achievement') }),
    z.object({ kind: z.literal('discipline_block') }),
  ],
  { error: 'Loại điều kiện không hợp lệ' },
);
export type EligibilityParams = z.infer<typeof eligibilityParamsSchema>;

export const eligibilityRuleInputSchema = z.object({
  formCode,
  params: eligibilityParamsSchema,
  validFrom: isoDate('Áp dụng từ ngày'),
  validTo: isoDate('Áp dụng đến ngày').nullable().default(null),
  note: z.string().trim().max(1000).default(''),
  isExample: z.boolean().default(false),
});
export type EligibilityRuleInput = z.infer<typeof eligibilityRuleInputSchema>;

/** A rule's period is ordered: valid_to, when set, is not before valid_from. */
const ruleDatesOrdered = {
  check: (r: { validFrom: string; validTo: string | null }) => !r.validTo || r.validTo >= r.validFrom,
  issue: { path: ['validTo'], error: 'Ngày hết hiệu lực không được trước ngày áp dụng' },
};
/** POST …/eligibility-rules. */
export const eligibilityRuleCreateSchema = eligibilityRuleInputSchema.refine(
  ruleDatesOrdered.check,
  ruleDatesOrdered.issue,
);
/** PUT …/eligibility-rules/:ruleId — the rule as a whole, at the version the editor read. */
export const eligibilityRuleUpdateSchema = eligibilityRuleInputSchema
  .extend({ version: versionField })
  .refine(ruleDatesOrdered.check, ruleDatesOrdered.issue);

export const eligibilityRuleView = eligibilityRuleInputSchema.extend({
  id: z.uuid(),
  version: z.number().int(),
});
export type EligibilityRuleView = z.infer<typeof eligibilityRuleView>;
export const eligibilityRuleListView = z.object({ items: z.array(eligibilityRuleView) });

/** One rule's finding; the web words it from `kind` and the numbers (i18n), the server's text is `message`. */
export const eligibilityFindingView = z.object({
  ruleId: z.uuid(),
  kind: z.enum(ELIGIBILITY_RULE_KINDS),
  ok: z.boolean(),
  /** Vietnamese sentence: why (not) — "cần 3 năm liên tục Chiến sĩ thi đua cơ sở; thiếu năm 2023". */
  message: z.string(),
  /** The register rows the finding rests on. */
  evidence: z.array(z.object({ honourId: z.uuid(), label: z.string() })),
  isExample: z.boolean(),
});
export type EligibilityFindingView = z.infer<typeof eligibilityFindingView>;

/** "đủ điều kiện / chưa đủ — vì …" with the nominee's past honours, as a nomination and a voting card show it. */
export const eligibilityView = z.object({
  /** eligible: every rule holds; ineligible: one fails; no_rules: the form has none in force. */
  verdict: z.enum(['eligible', 'ineligible', 'no_rules']),
  findings: z.array(eligibilityFindingView),
  /** The identity the nominee was matched to (null: no earlier honour known). */
  subjectId: z.uuid().nullable(),
  pastHonours: z.array(honourView),
  /** The unit's explanation when it sends anyway. */
  note: z.string(),
});
export type EligibilityView = z.infer<typeof eligibilityView>;

/** The voting card's warnings: the eligibility of each nominee of a ballot (judged together). */
export const ballotEligibilityView = z.object({
  items: z.array(z.object({ nominationId: z.uuid(), eligibility: eligibilityView })),
});
export type BallotEligibilityView = z.infer<typeof ballotEligibilityView>;

/** The secretary's list badge: each nomination's verdict and its first failing reason. */
export const eligibilityVerdictListView = z.object({
  items: z.array(
    z.object({
      nominationId: z.uuid(),
      verdict: eligibilityView.shape.verdict,
      reason: z.string().nullable(),
    }),
  ),
});
export type EligibilityVerdictListView = z.infer<typeof eligibilityVerdictListView>;

// ---- import -----------------------------------------------------------------------------------

export const honourImportResultView = z.object({
  imported: z.number().int(),
  subjectsCreated: z.number().int(),
});
export type HonourImportResultView = z.infer<typeof honourImportResultView>;
