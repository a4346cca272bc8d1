// Shapes of the API's answers as the web app reads them.

import type { DeadlineState } from '../../shared/rules/submission';
import type { MilestoneState } from '../../shared/rules/timeline';
import type { ConferenceStatus, MilestoneKind, OrgLevel, Role, UnitType } from '../../shared/schemas/enums';
import type {
  ApprovalRule,
  AwardSubject,
  NominationKind,
  NominationStatus,
  ReportStatus,
} from '../../shared/schemas/nominations';
import type { Plan } from '../../shared/schemas/plan';
import type { CouncilPosition, VotingMode } from '../../shared/schemas/review';

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

// ---- Xét duyệt: council, meetings, ballots, results (step 3 of the lifecycle).

export type CouncilMember = {
  id: string;
  term: string;
  fullName: string;
  position: CouncilPosition;
  userId: string | null;
  unitId: string | null;
  active: boolean;
  version: number;
};

export type CouncilMemberList = { items: CouncilMember[]; permissions: { canManage: boolean } };

export type MeetingStatus = 'planned' | 'open' | 'closed';

export type MeetingSummary = {
  id: string;
  title: string;
  term: string;
  meetingDate: string;
  status: MeetingStatus;
};

export type MeetingList = { items: MeetingSummary[]; permissions: { canManage: boolean } };

export type BallotStatus = 'draft' | 'open' | 'closed';

export type ItemResult = {
  agree: number;
  disagree: number;
  abstain: number;
  base: number;
  sharePercent: number;
  passed: boolean;
  selected: boolean;
  rank: number | null;
  /** "Đạt: 6/7 = 85,71% ≥ 70% số thành viên có mặt". */
  reason: string;
};

export type BallotItem = {
  id: string;
  nominationId: string;
  name: string;
  kind: NominationKind;
  gender: 'male' | 'female' | null;
  unitName: string;
  unitType: UnitType;
  awardFormName: string;
  excluded: { councilMemberId: string; reason: string }[];
  /** Only after the ballot closes. */
  result: ItemResult | null;
};

export type Ballot = {
  id: string;
  title: string;
  mode: VotingMode;
  allowAbstain: boolean;
  status: BallotStatus;
  version: number;
  electorateSize: number;
  ballotsCast: number | null;
  papersIssued: number | null;
  papersReturned: number | null;
  items: BallotItem[];
  /** The signed-in member's seat on this ballot (never what they chose). */
  me: {
    councilMemberId: string;
    inElectorate: boolean;
    voted: boolean;
    excludedItemIds: string[];
  } | null;
  permissions: { canManage: boolean };
};

export type MeetingMember = {
  id: string;
  fullName: string;
  position: CouncilPosition;
  unitId: string | null;
  present: boolean | null;
};

export type Meeting = {
  id: string;
  title: string;
  term: string;
  meetingDate: string;
  place: string;
  status: MeetingStatus;
  version: number;
  tallyCommittee: string[];
  members: MeetingMember[];
  quorum: { ok: boolean; needed: number; message: string };
  mySeat: { id: string; position: CouncilPosition; present: boolean | null } | null;
  ballots: Ballot[];
  permissions: { canManage: boolean };
};

export type CastReceipt = { receipt: string; message: string };

// ---- Kết quả và lựa chọn: honorees, speeches, the upper-level delegation, minutes.

export type Honoree = {
  nominationId: string;
  name: string;
  kind: NominationKind;
  gender: 'male' | 'female' | null;
  unitId: string;
  unitName: string;
  unitType: UnitType;
  agree: number;
  disagree: number;
  abstain: number;
  base: number;
  sharePercent: number;
  rank: number | null;
  reason: string;
  meetingId: string;
  meetingDate: string;
};

export type HonoreeGroups = {
  groups: { awardFormId: string; awardFormName: string; appliesTo: AwardSubject; items: Honoree[] }[];
  total: number;
  counts: { collectives: number; individuals: number };
  permissions: { canManage: boolean };
};

export type SpeechCheck = {
  ok: boolean;
  parts: { label: string; wanted: number; assigned: number }[];
  messages: string[];
};

export type Speech = {
  id: string;
  nominationId: string | null;
  honoreeName: string | null;
  speakerName: string;
  title: string;
  kind: 'unit_type' | 'individual';
  unitId: string | null;
  unitName: string | null;
  unitType: UnitType | null;
  sortOrder: number;
  version: number;
  permissions: { canEdit: boolean; canDelete: boolean };
};

export type SpeechList = { items: Speech[]; check: SpeechCheck; permissions: { canManage: boolean } };

export type DelegationMember = {
  id: string;
  nominationId: string;
  name: string;
  kind: NominationKind;
  gender: 'male' | 'female' | null;
  unitName: string;
  unitType: UnitType;
  awardFormName: string;
  version: number;
  permissions: { canDelete: boolean };
};

export type Delegation = {
  quota: { targetName: string; collectives: number; individuals: number };
  items: DelegationMember[];
  counts: { collectives: number; individuals: number };
  check: { ok: boolean; messages: string[] };
  permissions: { canManage: boolean; canExport: boolean };
};

export type MinutesItem = {
  nominationId: string;
  name: string;
  kind: string;
  unitName: string;
  awardFormName: string;
  result: ItemResult | null;
  excluded: { councilMemberId: string; fullName: string; reason: string }[];
};

export type Minutes = {
  conference: { id: string; name: string; officialTitle: string };
  organization: { name: string; parentName: string };
  meeting: {
    id: string;
    title: string;
    meetingDate: string;
    place: string;
    term: string;
    status: MeetingStatus;
  };
  members: {
    id: string;
    fullName: string;
    position: CouncilPosition;
    positionLabel: string;
    unitName: string;
    present: boolean;
  }[];
  quorum: { present: number; all: number; needed: number; rule: string; ok: boolean; message: string };
  tallyCommittee: string[];
  ballots: {
    id: string;
    title: string;
    mode: VotingMode;
    modeLabel: string;
    status: BallotStatus;
    allowAbstain: boolean;
    electorateSize: number;
    ballotsCast: number;
    papersIssued: number | null;
    papersReturned: number | null;
    items: MinutesItem[];
  }[];
  honorees: {
    nominationId: string;
    name: string;
    kind: NominationKind;
    unitName: string;
    awardFormName: string;
    agree: number;
    base: number;
    sharePercent: number;
  }[];
};
