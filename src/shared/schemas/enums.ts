// Enumerations shared by server and web. Labels live in the i18n catalogs.

/** Cấp tổ chức — the administrative level of an organizer or a conference. */
export const ORG_LEVELS = ['ward', 'commune', 'district', 'province', 'agency', 'school', 'company'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** Loại đơn vị — the kind of a submitting unit. */
export const UNIT_TYPES = [
  'residential_group', // tổ dân phố
  'mass_organization', // đoàn thể
  'department', // ban ngành
  'agency', // cơ quan, đơn vị
  'school', // trường học
  'enterprise', // doanh nghiệp
  'other', // khác
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** Vai trò — roles a user holds in an organization (optionally narrowed to one conference). */
export const ROLES = [
  'admin',
  'council_chair', // Chủ tịch / Phó Chủ tịch Hội đồng TĐKT
  'council_member', // Ủy viên Hội đồng
  'secretary', // Thư ký Hội đồng / Văn phòng
  'unit_head', // Trưởng đơn vị (bound to one unit)
  'culture_officer', // Công chức Văn hóa – Xã hội
  'finance_officer', // Công chức Tài chính – Kế toán
  'reception', // Lễ tân
] as const;
export type Role = (typeof ROLES)[number];

/** Loại mục chương trình — kinds of agenda items. */
export const AGENDA_KINDS = [
  'ceremony',
  'report',
  'speech',
  'guidance',
  'exchange',
  'honoring',
  'performance',
  'launch',
  'closing',
  'video',
  'other',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** Attributes an extra delegate-composition rule can count. */
export const DELEGATE_ATTRIBUTES = ['female', 'direct_worker', 'ethnic_minority', 'youth'] as const;
export type DelegateAttribute = (typeof DELEGATE_ATTRIBUTES)[number];

/** Loại mốc — a milestone the product acts on: the submission deadline closes unit submissions. */
export const MILESTONE_KINDS = ['other', 'submission_deadline', 'council_meeting', 'conference_day'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Nhóm chi — the budget groups, in the order a dự trù kinh phí lists them. */
export const BUDGET_GROUPS = [
  'award', // Khen thưởng (tiền thưởng: computed from the honorees)
  'hall', // Hội trường
  'backdrop', // Ma-két, phông
  'documents', // Tài liệu
  'invitations', // Giấy mời
  'certificates', // Giấy khen
  'flowers', // Hoa
  'water', // Nước uống
  'performances', // Văn nghệ
  'other', // Khác
] as const;
export type BudgetGroup = (typeof BUDGET_GROUPS)[number];
