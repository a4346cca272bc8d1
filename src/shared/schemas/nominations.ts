import { z } from 'zod';
import { isoDate, nonNegativeInt, percent, text, versionField } from './primitives';

/** Nhóm đối tượng (occupation group) of an individual nominee. */
export const OCCUPATION_GROUPS = [
  'civil_servant', // cán bộ, công chức
  'worker', // công nhân
  'farmer', // nông dân
  'direct_producer', // người trực tiếp lao động sản xuất
  'entrepreneur', // doanh nhân
  'student', // học sinh, sinh viên
  'other', // khác
] as const;
export type OccupationGroup = (typeof OCCUPATION_GROUPS)[number];

export const GENDERS = ['male', 'female'] as const;
export const AWARD_SUBJECTS = ['individual', 'collective', 'household'] as const;
export type AwardSubject = (typeof AWARD_SUBJECTS)[number];
export const NOMINATION_KINDS = ['individual', 'collective'] as const;
export type NominationKind = (typeof NOMINATION_KINDS)[number];

/** draft → submitted → returned → resubmitted → accepted | rejected */
export const NOMINATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'accepted',
  'rejected',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];
/** draft → submitted → returned → resubmitted → accepted */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'resubmitted', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Quy tắc thông qua khi bỏ phiếu: share of agree votes ≥ or > percent of members present or of all. */
export const approvalRuleSchema = z.object({
  percent: percent('Tỷ lệ đồng ý'),
  operator: z.enum(['gte', 'gt'], { error: 'Phép so sánh phải là "≥" hoặc ">"' }),
  base: z.enum(['present', 'all'], {
    error: 'Cơ sở tính phải là "thành viên có mặt" hoặc "tổng số thành viên"',
  }),
});
export type ApprovalRule = z.infer<typeof approvalRuleSchema>;

const awardFormFields = z.object({
  code: z
    .string({ error: 'Mã hình thức là bắt buộc' })
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,30}$/, {
      error: 'Mã hình thức gồm 1–30 ký tự: chữ không dấu, số, gạch dưới, gạch ngang',
    }),
  name: text('Tên hình thức khen thưởng', 300),
  appliesTo: z.enum(AWARD_SUBJECTS, { error: 'Đối tượng áp dụng phải là cá nhân, tập thể hoặc hộ gia đình' }),
  prizeCoefficient: z
    .number({ error: 'Hệ số tiền thưởng phải là số' })
    .min(0, { error: 'Hệ số tiền thưởng không được âm' })
    .max(100, { error: 'Hệ số tiền thưởng không được vượt quá 100' }),
  approvalRule: approvalRuleSchema,
  criteria: z.array(text('Tiêu chí', 2000)).default([]),
  /** Số lượng tối đa được vinh danh theo hình thức này (null: không giới hạn). */
  maxHonorees: nonNegativeInt('Số lượng tối đa được vinh danh').nullable().default(null),
  /**
   * Số lượng tối thiểu cần vinh danh (null: không đặt chỉ tiêu; bằng số tối đa: đúng số đó). A
   * target the council's view warns about; the vote still decides.
   */
  minHonorees: nonNegativeInt('Số lượng tối thiểu được vinh danh').nullable().default(null),
  sortOrder: nonNegativeInt('Thứ tự').default(0),
});

/** The target cannot be above the cap. */
function minNotAboveMax(f: { minHonorees: number | null; maxHonorees: number | null }, ctx: z.RefinementCtx) {
  if (f.minHonorees !== null && f.maxHonorees !== null && f.minHonorees > f.maxHonorees) {
    ctx.addIssue({
      code: 'custom',
      path: ['minHonorees'],
      message: `Số tối thiểu (${f.minHonorees}) lớn hơn số tối đa (${f.maxHonorees})`,
    });
  }
}

export const awardFormInputSchema = awardFormFields.superRefine(minNotAboveMax);
export const awardFormUpdateSchema = awardFormFields
  .extend({ version: versionField })
  .superRefine(minNotAboveMax);
export type AwardFormInput = z.infer<typeof awardFormInputSchema>;
/** An award form as written by hand (defaults not yet applied). */
export type AwardFormDraft = z.input<typeof awardFormInputSchema>;

export const baseSalaryInputSchema = z.object({
  effectiveFrom: isoDate('Ngày áp dụng'),
  amount: z
    .number({ error: 'Mức lương cơ sở phải là số' })
    .int({ error: 'Mức lương cơ sở phải là số nguyên (đồng)' })
    .min(1, { error: 'Mức lương cơ sở phải lớn hơn 0' }),
  legalBasis: z.string().max(500).default(''),
});

/** Báo cáo đánh giá: the sections of DOMAIN.md's summary report. */
export const reportSectionsSchema = z.object({
  movements: z.string().max(20000).default(''), // kết quả các phong trào thi đua
  commendations: z.string().max(20000).default(''), // kết quả công tác khen thưởng
  leadership: z.string().max(20000).default(''), // công tác lãnh đạo, chỉ đạo
  shortcomings: z.string().max(20000).default(''), // tồn tại, hạn chế, nguyên nhân
  lessons: z.string().max(20000).default(''), // bài học kinh nghiệm
  directions: z.string().max(20000).default(''), // phương hướng, nhiệm vụ
});
export type ReportSections = z.infer<typeof reportSectionsSchema>;

/** Numbers the compiler aggregates: commendations by year and form, share of direct workers. */
export const reportNumbersSchema = z.object({
  commendations: z
    .array(
      z.object({
        year: z.number({ error: 'Năm phải là số' }).int().min(1945, { error: 'Năm không hợp lệ' }).max(2200),
        formName: text('Hình thức khen thưởng', 300),
        collectives: nonNegativeInt('Số tập thể được khen'),
        individuals: nonNegativeInt('Số cá nhân được khen'),
      }),
    )
    .default([]),
  directWorkerSharePercent: percent('Tỷ lệ người trực tiếp lao động').nullable().default(null),
});
export type ReportNumbers = z.infer<typeof reportNumbersSchema>;

export const unitReportInputSchema = z.object({
  sections: reportSectionsSchema,
  numbers: reportNumbersSchema,
});

const currentYear = new Date().getFullYear();

export const individualDetailsSchema = z.object({
  fullName: text('Họ và tên', 200),
  gender: z.enum(GENDERS, {
    error: (iss) => (iss.input === undefined ? 'Giới tính là bắt buộc' : 'Giới tính phải là Nam hoặc Nữ'),
  }),
  birthYear: z
    .number({ error: (iss) => (iss.input === undefined ? 'Năm sinh là bắt buộc' : 'Năm sinh phải là số') })
    .int({ error: 'Năm sinh phải là số nguyên' })
    .min(1900, { error: 'Năm sinh phải từ 1900 trở đi' })
    .max(currentYear, { error: `Năm sinh không được sau năm ${currentYear}` }),
  ethnicity: text('Dân tộc', 50),
  position: text('Chức vụ/nghề nghiệp', 300),
  occupationGroup: z.enum(OCCUPATION_GROUPS, {
    error: (iss) => (iss.input === undefined ? 'Nhóm đối tượng là bắt buộc' : 'Nhóm đối tượng không hợp lệ'),
  }),
  field: z.string().trim().max(200, { error: 'Lĩnh vực không được dài quá 200 ký tự' }).default(''),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?\d[\d .-]{6,18}\d)?$/, { error: 'Số điện thoại không hợp lệ (chỉ gồm chữ số, 8–20 ký tự)' })
    .default(''),
});
export type IndividualDetails = z.infer<typeof individualDetailsSchema>;

export const collectiveDetailsSchema = z.object({
  name: text('Tên tập thể', 300),
  collectiveType: text('Loại tập thể', 200),
  headName: text('Người đứng đầu', 200),
  memberCount: z
    .number({
      error: (iss) => (iss.input === undefined ? 'Số thành viên là bắt buộc' : 'Số thành viên phải là số'),
    })
    .int({ error: 'Số thành viên phải là số nguyên' })
    .min(1, { error: 'Số thành viên phải từ 1 trở lên' })
    .max(1_000_000),
  womenSharePercent: percent('Tỷ lệ nữ'),
});
export type CollectiveDetails = z.infer<typeof collectiveDetailsSchema>;

/** The review record's fields (the checks across them are unitReviewSchema's). */
export const unitReviewFields = z.object({
  meetingDate: isoDate('Ngày họp bình xét'),
  membersPresent: nonNegativeInt('Số thành viên có mặt'),
  votesFor: nonNegativeInt('Số phiếu đồng ý'),
  votesTotal: nonNegativeInt('Tổng số phiếu'),
});

/** The votes add up: for ≤ total ≤ present (each compared only when both are there, as in a draft). */
function checkVotes(r: Partial<z.infer<typeof unitReviewFields>>, ctx: z.RefinementCtx) {
  const { membersPresent: present, votesFor, votesTotal: total } = r;
  if (votesFor !== undefined && total !== undefined && votesFor > total) {
    ctx.addIssue({
      code: 'custom',
      path: ['votesFor'],
      message: 'Số phiếu đồng ý không được lớn hơn tổng số phiếu',
    });
  }
  if (total !== undefined && present !== undefined && total > present) {
    ctx.addIssue({
      code: 'custom',
      path: ['votesTotal'],
      message: 'Tổng số phiếu không được lớn hơn số thành viên có mặt',
    });
  }
}

/** Biên bản bình xét của đơn vị. */
export const unitReviewSchema = unitReviewFields.superRefine(checkVotes);
export type UnitReview = z.infer<typeof unitReviewSchema>;

/** What the register needs of a nomination: its movement, its achievement's reference, the unit's explanation. */
const registerFields = {
  /** Phong trào thi đua the achievement belongs to (null: none named). */
  movementId: z.uuid({ error: 'Phong trào thi đua không hợp lệ' }).nullable().default(null),
  /** Số hiệu sáng kiến, công trình, QĐ… the achievement rests on (one achievement, one honour). */
  achievementRef: z
    .string({ error: 'Tham chiếu thành tích phải là chuỗi ký tự' })
    .trim()
    .max(300, { error: 'Tham chiếu thành tích không được dài quá 300 ký tự' })
    .default(''),
  /** Giải trình: why the unit sends a nominee the register finds not yet eligible. */
  eligibilityNote: z
    .string({ error: 'Giải trình phải là chuỗi ký tự' })
    .trim()
    .max(2000, { error: 'Giải trình không được dài quá 2000 ký tự' })
    .default(''),
};

const common = {
  awardFormId: z.uuid({
    error: (iss) =>
      iss.input === undefined || iss.input === ''
        ? 'Hình thức khen thưởng đề nghị là bắt buộc: hãy chọn một hình thức'
        : 'Hình thức khen thưởng đề nghị không hợp lệ',
  }),
  summaryHtml: z
    .string()
    .max(50_000, { error: 'Tóm tắt thành tích không được dài quá 50.000 ký tự' })
    .default(''),
  unitReview: unitReviewSchema.nullable().default(null),
  ...registerFields,
};

export const nominationInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('individual'), individual: individualDetailsSchema, ...common }),
    z.object({ kind: z.literal('collective'), collective: collectiveDetailsSchema, ...common }),
  ],
  { error: 'Loại đề nghị phải là cá nhân hoặc tập thể' },
);
export type NominationInput = z.infer<typeof nominationInputSchema>;

// Lưu bản nháp: a draft keeps whatever was typed. Every field may be missing ('' or null count as
// not filled in), but what is there must still have the right type and range; the whole of
// nominationInputSchema is asked for only when the unit sends it (shared/rules/submission).

/** Drops the keys a draft has not filled in yet: null and blank strings. */
function withoutBlanks(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && !(typeof v === 'string' && v.trim() === '')),
  );
}

export const individualDraftSchema = z.preprocess(withoutBlanks, individualDetailsSchema.partial());
export type IndividualDraft = z.infer<typeof individualDraftSchema>;
export const collectiveDraftSchema = z.preprocess(withoutBlanks, collectiveDetailsSchema.partial());
export type CollectiveDraft = z.infer<typeof collectiveDraftSchema>;
export const unitReviewDraftSchema = z.preprocess(
  withoutBlanks,
  unitReviewFields.partial().superRefine(checkVotes),
);
export type UnitReviewDraft = z.infer<typeof unitReviewDraftSchema>;

const draftCommon = {
  /** The one choice a draft needs: it decides the criteria shown and the quota it will count against. */
  awardFormId: common.awardFormId,
  summaryHtml: common.summaryHtml,
  unitReview: unitReviewDraftSchema.nullable().default(null),
  ...registerFields,
};

export const nominationDraftSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('individual'),
      individual: individualDraftSchema.default({}),
      ...draftCommon,
    }),
    z.object({
      kind: z.literal('collective'),
      collective: collectiveDraftSchema.default({}),
      ...draftCommon,
    }),
  ],
  { error: 'Loại đề nghị phải là cá nhân hoặc tập thể' },
);
export type NominationDraft = z.infer<typeof nominationDraftSchema>;
