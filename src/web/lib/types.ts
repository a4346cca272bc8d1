// Shapes of the API's answers as the web app reads them.

import type { DeadlineState } from '../../shared/rules/submission';
import type { MilestoneState } from '../../shared/rules/timeline';
import type { ConferenceStatus, MilestoneKind, OrgLevel, Role, UnitType } from '../../shared/schemas/enums';
import type {
  ApprovalRule,
  AwardSubject,
  NominationStatus,
  ReportStatus,
} from '../../shared/schemas/nominations';
import type { Plan } from '../../shared/schemas/plan';

export type MeMembership = {
  organizationId: string;
  organizationName: string;
  conferenceId: string | null;
  unitId: string | null;
  unitName: string | null;
  role: Role;
};

export type Me = {
  id: string;
  username: string;
  fullName: string;
  isSystemAdmin: boolean;
  locale: string;
  memberships: MeMembership[];
};

export type Organization = {
  id: string;
  name: string;
  parentName: string;
  level: OrgLevel;
  place: string;
  version: number;
  permissions: {
    canEdit: boolean;
    canManageUnits: boolean;
    canCreateConference: boolean;
    canReadAudit: boolean;
  };
};

export type Unit = {
  id: string;
  organizationId: string;
  name: string;
  type: UnitType;
  headName: string;
  phone: string;
  sortOrder: number;
  version: number;
  permissions: { canEdit: boolean; canDelete: boolean };
};

export type ConferenceSummary = {
  id: string;
  organizationId: string;
  organizationName: string;
  name: string;
  periodStart: number;
  periodEnd: number;
  plannedDate: string | null;
  status: ConferenceStatus;
  version: number;
};

export type Milestone = {
  id: string;
  startDate: string;
  endDate: string | null;
  title: string;
  responsible: string;
  kind: MilestoneKind;
  done: boolean;
  sortOrder: number;
  version: number;
  state: MilestoneState;
};

export type ConferenceDetail = {
  id: string;
  organizationId: string;
  organizationName: string;
  parentOrganizationName: string;
  status: ConferenceStatus;
  version: number;
  updatedAt: string;
  plan: Plan;
  milestones: Milestone[];
  today: string;
  permissions: { canEdit: boolean; canEditMilestones: boolean; canReadAudit: boolean };
};

export type AuditEntry = {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type RoleGrant = {
  role: Role;
  unitId: string | null;
  unitName?: string | null;
  conferenceId: string | null;
};

export type OrgUser = {
  id: string;
  username: string;
  fullName: string;
  isActive: boolean;
  version: number;
  roles: RoleGrant[];
};

// ---- Đề nghị vinh danh: award forms, quotas, submissions, nominations, unit reports.

export type AwardForm = {
  id: string;
  code: string;
  name: string;
  appliesTo: AwardSubject;
  prizeCoefficient: number;
  approvalRule: ApprovalRule;
  criteria: string[];
  sortOrder: number;
  version: number;
};

export type AwardFormList = { items: AwardForm[]; permissions: { canManage: boolean } };

export type BaseSalary = { id: string; effectiveFrom: string; amount: number; legalBasis: string };

export type QuotaGridCell = {
  unitId: string;
  awardFormId: string;
  count: number;
  used: number;
  version: number;
};

export type QuotaGrid = {
  quotaTotal: number | null;
  units: { id: string; name: string; type: UnitType }[];
  forms: { id: string; code: string; name: string; appliesTo: AwardSubject }[];
  cells: QuotaGridCell[];
  totals: { byUnit: Record<string, number>; byForm: Record<string, number>; overall: number };
  usedTotals: { byUnit: Record<string, number>; byForm: Record<string, number>; overall: number };
  permissions: { canManage: boolean };
};

export type SubmissionRow = {
  unitId: string;
  unitName: string;
  unitType: UnitType;
  deadline: DeadlineState;
  reportStatus: ReportStatus | null;
  nominationCounts: Partial<Record<NominationStatus, number>>;
  overdue: boolean;
};

export type Submissions = {
  today: string;
  deadline: string | null;
  items: SubmissionRow[];
  permissions: { canReopen: boolean };
};
