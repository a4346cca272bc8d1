// Shapes of the API's answers as the web app reads them.

import type { UnitType } from '../../shared/schemas/enums';
import type {
  AwardSubject,
  CollectiveDetails,
  IndividualDetails,
  NominationKind,
  NominationStatus,
  OccupationGroup,
  ReportNumbers,
  ReportSections,
  ReportStatus,
  UnitReview,
} from '../../shared/schemas/nominations';
import type { CouncilPosition, VotingMode } from '../../shared/schemas/review';

export type NominationPermissions = {
  canEdit: boolean;
  canDelete: boolean;
  canSubmit: boolean;
  canReturn: boolean;
  canAccept: boolean;
  canReject: boolean;
};

export type NominationListItem = {
  id: string;
  unitId: string;
  unitName: string;
  awardFormId: string;
  awardFormName: string;
  kind: NominationKind;
  name: string;
  gender: 'male' | 'female' | null;
  occupationGroup: OccupationGroup | null;
  birthYear: number | null;
  status: NominationStatus;
  returnReason: string | null;
  submittedAt: string | null;
  version: number;
  permissions: NominationPermissions;
};

export type NominationCounts = {
  byUnit: Record<string, number>;
  byForm: Record<string, number>;
  byGender: Record<string, number>;
  byOccupationGroup: Record<string, number>;
  byStatus: Record<string, number>;
};

export type NominationList = { total: number; items: NominationListItem[]; counts: NominationCounts };

export type Attachment = { id: string; fileName: string; mimeType: string; size: number };

export type Nomination = {
  id: string;
  conferenceId: string;
  unitId: string;
  unitName: string;
  awardFormId: string;
  awardFormName: string;
  kind: NominationKind;
  name: string;
  gender: 'male' | 'female' | null;
  occupationGroup: OccupationGroup | null;
  individual: IndividualDetails | null;
  collective: CollectiveDetails | null;
  /** Sanitized by the server: p, br, strong, em, u, ul, ol, li only. */
  summaryHtml: string;
  unitReview: UnitReview | null;
  status: NominationStatus;
  returnReason: string | null;
  submittedAt: string | null;
  version: number;
  attachments: Attachment[];
  permissions: NominationPermissions;
};

export type UnitReport = {
  unitId: string;
  unitName: string;
  status: ReportStatus | null;
  sections: ReportSections;
  numbers: ReportNumbers;
  returnReason: string | null;
  submittedAt: string | null;
  /** 0 while the unit has not saved a report yet. */
  version: number;
  permissions: { canEdit: boolean; canSubmit: boolean; canReturn: boolean; canAccept: boolean };
};

export type UnitReportSummary = {
  unitId: string;
  unitName: string;
  status: ReportStatus;
  submittedAt: string | null;
  version: number;
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
