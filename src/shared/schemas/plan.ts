import { z } from 'zod';
import { validatePlanRules } from '../rules/plan-rules';
import { AGENDA_KINDS, MILESTONE_KINDS, ORG_LEVELS, ROLES, UNIT_TYPES } from './enums';
import { clockTime, isoDate, isoDateTime, lines, nonNegativeInt, percent, text } from './primitives';

const ruleOperator = z.enum(['min', 'max', 'exact'], {
  error: 'Phép so sánh phải là "tối thiểu", "tối đa" hoặc "đúng bằng"',
});

/** Số lượng of a sub-group: tối thiểu / tối đa / đúng bằng n delegates. */
export const nodeCountSchema = z.object({ op: ruleOperator, value: nonNegativeInt('Số lượng của nhóm con') });
/** Tỷ lệ of a sub-group, of its parent (the category or the enclosing sub-group) or of the whole list. */
export const nodeShareSchema = z.object({
  op: ruleOperator,
  percent: percent('Tỷ lệ của nhóm con'),
  of: z.enum(['parent', 'total'], { error: 'Tỷ lệ của nhóm con phải tính trên nhóm cha hoặc trên tổng số' }),
});
export type NodeCount = z.infer<typeof nodeCountSchema>;
export type NodeShare = z.infer<typeof nodeShareSchema>;

/** One sub-group (nhóm con) of a category, with its own sub-groups. */
export type SubgroupNode = {
  key: string;
  label: string;
  count?: NodeCount;
  share?: NodeShare;
  children: SubgroupNode[];
};
export type SubgroupNodeInput =
  | string
  | { key?: string; label: string; count?: NodeCount; share?: NodeShare; children?: SubgroupNodeInput[] };

const subgroupNodeObject = z.object({
  key: z.string().trim().min(1, { error: 'Mã nhóm con không được để trống' }).max(200),
  label: text('Nhóm con', 200),
  count: nodeCountSchema.optional(),
  share: nodeShareSchema.optional(),
  get children(): z.ZodDefault<z.ZodArray<z.ZodType<SubgroupNode, SubgroupNodeInput>>> {
    return z.array(subgroupNodeSchema).default([]);
  },
});

/**
 * A codec, not a preprocess: the response serializer encodes with it. A stored plan before
 * sub-groups had numbers holds a label alone, which is also its key; a node sent without a key
 * takes its label.
 */
export const subgroupNodeSchema: z.ZodType<SubgroupNode, SubgroupNodeInput> = z.codec(
  z.union([z.string({ error: 'Nhóm con phải là chuỗi ký tự hoặc đối tượng' }), z.looseObject({})]),
  subgroupNodeObject,
  {
    decode: (v) =>
      (typeof v === 'string'
        ? { key: v, label: v }
        : 'key' in v && v.key !== undefined && v.key !== ''
          ? v
          : { ...v, key: v.label }) as z.input<typeof subgroupNodeObject>,
    encode: (node) => node,
  },
) as unknown as z.ZodType<SubgroupNode, SubgroupNodeInput>;

/**
 * Thuộc tính đại biểu defined by the organizer (e.g. "Dưới 35 tuổi", "Người tốt, việc tốt"); the
 * four built-in ones (DELEGATE_ATTRIBUTES) are always available and a plan may relabel them.
 */
export const attributeDefSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{1,40}$/, {
      error: 'Mã thuộc tính chỉ gồm chữ thường không dấu, số, "_" hoặc "-" (tối đa 40 ký tự)',
    }),
  label: text('Tên thuộc tính', 200),
});
export type AttributeDef = z.infer<typeof attributeDefSchema>;

/** Thành phần đại biểu — one delegate category with its share of the list. */
export const delegateCategorySchema = z.object({
  key: z.string().trim().min(1, { error: 'Mã nhóm đại biểu không được để trống' }).max(40),
  label: text('Tên nhóm đại biểu', 200),
  sharePercent: percent('Tỷ lệ của nhóm'),
  /** Số tối thiểu (optional): the list must hold at least this many of the category. */
  minCount: nonNegativeInt('Số tối thiểu').optional(),
  /**
   * Nhóm con — a tree of any depth (old plans stored labels only: each string reads as a node
   * whose key is its label). A delegate's `subgroup` holds the key of its deepest node.
   */
  subgroups: z.array(subgroupNodeSchema).default([]),
  /**
   * How the share is read: tối thiểu (≥), tối đa (≤) or đúng bằng (rounded either way). Absent:
   * "exact" — a plan that says "70% / 30%" without more.
   */
  shareOperator: z
    .enum(['min', 'max', 'exact'], {
      error: 'Cách tính tỷ lệ phải là "tối thiểu", "tối đa" hoặc "đúng bằng"',
    })
    .optional(),
  /** The category honorees join when the secretary adds them from the review results. */
  fromHonorees: z.boolean({ error: 'Nhóm nhận người được vinh danh phải là có/không' }).optional(),
});

/** An extra share rule, e.g. "≥ 30% nữ" or "≥ 70% người trực tiếp lao động". */
export const extraCompositionRuleSchema = z.object({
  label: text('Tên quy tắc', 200),
  /** A built-in attribute or one of the plan's `attributes` (validatePlanRules checks it). */
  attribute: z.string().trim().min(1, { error: 'Thuộc tính là bắt buộc' }).max(40),
  operator: ruleOperator,
  percent: percent('Tỷ lệ'),
  /**
   * Áp dụng cho: absent → the whole list; a category key, and optionally the key of one of its
   * sub-groups → the share is of the delegates of that group.
   */
  scope: z
    .object({
      category: z.string().trim().min(1).max(40),
      subgroup: z.string().trim().max(200).optional(),
    })
    .optional(),
});
export type ExtraCompositionRule = z.infer<typeof extraCompositionRuleSchema>;

export const delegateRulesSchema = z.object({
  /** Số lượng đại biểu tối đa. */
  cap: nonNegativeInt('Số đại biểu tối đa'),
  categories: z.array(delegateCategorySchema).min(1, { error: 'Cần ít nhất một nhóm đại biểu' }),
  extraRules: z.array(extraCompositionRuleSchema).default([]),
  /** Thuộc tính defined by the organizer, offered on each delegate and usable in extraRules. */
  attributes: z.array(attributeDefSchema).default([]),
  note: z.string().max(2000).default(''),
});

/**
 * What a part of the speech composition asks for: a unit of a type (theo loại đơn vị), one named
 * unit of the organizer (một đơn vị cụ thể), one honoree of the conference (một tập thể/cá nhân
 * được vinh danh) or any individual (cá nhân).
 */
export const SPEECH_PART_KINDS = ['unit_type', 'unit', 'honoree', 'individual'] as const;
export type SpeechPartKind = (typeof SPEECH_PART_KINDS)[number];

/**
 * Cơ cấu tham luận — e.g. 2 TDP + 1 đoàn thể + 1 cơ quan + 1 cá nhân, or "Công an phường" by
 * name. A named part keeps its label (the unit's or honoree's name as the plan words it) beside
 * the id it is checked by.
 */
export const speechRulePartSchema = z.object({
  kind: z.enum(SPEECH_PART_KINDS, { error: 'Loại tham luận không hợp lệ' }),
  unitType: z.enum(UNIT_TYPES).optional(),
  /** kind 'unit': the unit of the organizer whose speech counts. */
  unitId: z.uuid({ error: 'Đơn vị của phần tham luận không hợp lệ' }).optional(),
  /** kind 'honoree': the nomination of this conference whose speech counts. */
  nominationId: z.uuid({ error: 'Tập thể/cá nhân của phần tham luận không hợp lệ' }).optional(),
  label: text('Tên phần tham luận', 200),
  count: nonNegativeInt('Số tham luận'),
});
export type SpeechRulePart = z.infer<typeof speechRulePartSchema>;
export const speechRuleSchema = z.object({
  total: nonNegativeInt('Tổng số tham luận'),
  parts: z.array(speechRulePartSchema).default([]),
});

export const DELEGATION_QUOTA_DIMENSIONS = ['kind', 'category', 'attribute'] as const;

/**
 * One part of the delegation quota ("trong đó 1 khách mời", "ít nhất 2 nữ"): members of a kind
 * (value collective | individual), of a delegate category (its key) or with an attribute (its key;
 * "female" reads the gender). `op` absent: exact.
 */
export const delegationQuotaPartSchema = z.object({
  dimension: z.enum(DELEGATION_QUOTA_DIMENSIONS, { error: 'Tiêu chí của phần đoàn không hợp lệ' }),
  value: z.string().trim().min(1, { error: 'Cần chọn giá trị cho phần của đoàn' }).max(80),
  count: nonNegativeInt('Số lượng của phần'),
  op: z.enum(['exact', 'max', 'min'], { error: 'Cách so sánh của phần đoàn không hợp lệ' }).optional(),
});
export type DelegationQuotaPart = z.infer<typeof delegationQuotaPartSchema>;

/** Số lượng đi dự hội nghị cấp trên: collectives + individuals, and optional parts of them. */
export const delegationQuotaSchema = z.object({
  targetName: text('Tên hội nghị cấp trên', 300),
  collectives: nonNegativeInt('Số tập thể'),
  individuals: nonNegativeInt('Số cá nhân'),
  parts: z.array(delegationQuotaPartSchema).max(50).default([]),
});
export type DelegationQuota = z.infer<typeof delegationQuotaSchema>;

/** Phân bổ tiết mục văn nghệ — per unit, a range such as 1–2. */
export const performanceAllocationSchema = z.object({
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }).nullable(),
  unitName: text('Tên đơn vị', 200),
  min: nonNegativeInt('Số tiết mục tối thiểu'),
  max: nonNegativeInt('Số tiết mục tối đa'),
});

export const agendaTemplateItemSchema = z.object({
  title: text('Nội dung chương trình', 1000),
  kind: z.enum(AGENDA_KINDS, { error: 'Loại mục không hợp lệ' }),
  durationMinutes: nonNegativeInt('Thời lượng (phút)').optional(),
});

/** Phân công trách nhiệm. */
export const responsibilitySchema = z.object({
  party: text('Bộ phận/Người chịu trách nhiệm', 300),
  role: z.enum(ROLES).nullable().default(null),
  duties: text('Nhiệm vụ', 5000),
});

export const signerSchema = z.object({
  authorityLine: text('Dòng thẩm quyền ký', 200),
  title: text('Chức vụ người ký', 200),
  name: text('Họ tên người ký', 200),
});

/** Báo cáo tổng kết: bố cục — the outline the summary report must follow (seed II.5.1). */
export const reportOutlineSchema = z.object({
  intro: z.string().max(5000).default(''),
  reviewPart: z.array(text('Mục phần tổng kết', 2000)).default([]),
  directionsPart: z.array(text('Mục phần phương hướng', 2000)).default([]),
  generalRequirement: z.string().max(5000).default(''),
});

export const planBaseSchema = z.object({
  name: text('Tên hội nghị', 300),
  /** e.g. "Hội nghị điển hình tiên tiến phường Văn Yên" — tên thống nhất của Hội nghị (seed II.5.3). */
  officialTitle: text('Tên thống nhất của Hội nghị', 300),
  periodStart: z.number({ error: 'Năm bắt đầu giai đoạn phải là số' }).int().min(1945).max(2200),
  periodEnd: z.number({ error: 'Năm kết thúc giai đoạn phải là số' }).int().min(1945).max(2200),
  level: z.enum(ORG_LEVELS, { error: 'Cấp tổ chức không hợp lệ' }),
  form: text('Hình thức tổ chức', 300),
  /** Thời gian tổ chức as the plan words it ("Một buổi, dự kiến trong Quý I năm 2020"). */
  timeNote: z.string().max(500).default(''),
  // The day and start time are the conference-day milestone's (startDate, startTime), never the plan's.
  plannedPlace: z.string().max(300).default(''),
  issuePlace: text('Địa danh ban hành', 100),
  /** Mở đầu: "Thực hiện Kế hoạch số …" */
  preamble: z.string().max(5000).default(''),
  legalBasis: lines('Căn cứ', 2000),
  purposes: lines('Mục đích, yêu cầu', 5000),
  preConferenceContents: lines('Nội dung tập trung trước Hội nghị', 5000),
  activities: lines('Hoạt động trước, trong và sau Hội nghị', 5000),
  delegateRules: delegateRulesSchema,
  speechRule: speechRuleSchema,
  speechGuidance: lines('Yêu cầu báo cáo tham luận', 5000),
  delegationQuota: delegationQuotaSchema,
  performanceAllocations: z.array(performanceAllocationSchema).default([]),
  agendaTemplate: z.array(agendaTemplateItemSchema).default([]),
  creativeForms: z.string().max(5000).default(''),
  reportOutline: reportOutlineSchema,
  steps: lines('Các bước triển khai', 5000),
  responsibilities: z.array(responsibilitySchema).default([]),
  performanceRequest: z.string().max(5000).default(''),
  closing: z.string().max(5000).default(''),
  recipients: lines('Nơi nhận', 300),
  signer: signerSchema,
  documentNumber: z.number().int().min(1, { error: 'Số văn bản phải từ 1 trở lên' }).nullable(),
  documentCode: text('Ký hiệu văn bản', 50),
  signedAt: isoDateTime('Thời điểm ký').nullable(),
});

/** The conference plan (Kế hoạch) as data, with cross-field rules. */
export const planSchema = planBaseSchema.superRefine((plan, ctx) => {
  for (const issue of validatePlanRules(plan)) ctx.addIssue({ code: 'custom', ...issue });
});

export type Plan = z.infer<typeof planBaseSchema>;

/** Cảnh báo kế hoạch — codes of the figures that contradict each other (rules/plan-consistency.ts). */
export const PLAN_WARNING_CODES = [
  'category-min-over-share',
  'category-minimums-over-cap',
  'extra-rules-contradict',
  'delegation-quota-over-seats',
  'subgroup-counts-mismatch',
  'subgroup-shares-mismatch',
  'delegation-quota-parts-over-total',
] as const;
/** A warning as the rule returns it, the 422 answer and the audit entry carry it. */
export const planWarningSchema = z.object({
  /** Stable: what the secretary acknowledges. */
  code: z.enum(PLAN_WARNING_CODES),
  /** Dot path of the field to highlight, e.g. `delegateRules.categories.1.minCount`. */
  path: z.string(),
  /** Vietnamese, with the numbers and the fix. */
  message: z.string(),
});
export type PlanWarning = z.infer<typeof planWarningSchema>;
export type PlanInput = z.input<typeof planBaseSchema>;
export type DelegateRules = z.infer<typeof delegateRulesSchema>;
export type DelegateCategory = z.infer<typeof delegateCategorySchema>;
export type SpeechRule = z.infer<typeof speechRuleSchema>;

/** Mốc thời gian — a milestone of the plan (a date or a date range). */
const milestoneFields = z.object({
  startDate: isoDate('Ngày bắt đầu'),
  endDate: isoDate('Ngày kết thúc').nullable(),
  title: text('Nội dung mốc', 2000),
  responsible: z.string().max(300).default(''),
  kind: z.enum(MILESTONE_KINDS, { error: 'Loại mốc không hợp lệ' }).default('other'),
  /** Giờ bắt đầu — the conference day's start time (printed on the invitations and the program). */
  startTime: clockTime('Giờ bắt đầu').nullable().default(null),
});

const orderedRange = (m: { startDate: string; endDate: string | null }, ctx: z.RefinementCtx) => {
  if (m.endDate && m.endDate < m.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
    });
  }
};

export const milestoneInputSchema = milestoneFields.superRefine(orderedRange);

/**
 * An edit: a missing `kind` keeps the milestone's kind (an edit never silently drops the deadline),
 * a missing `startTime` keeps its start time.
 */
export const milestoneEditSchema = milestoneFields
  .extend({
    kind: z.enum(MILESTONE_KINDS, { error: 'Loại mốc không hợp lệ' }).optional(),
    startTime: clockTime('Giờ bắt đầu').nullable().optional(),
  })
  .superRefine(orderedRange);
export type MilestoneInput = z.infer<typeof milestoneInputSchema>;
