import type { TimelineProgress, WorkProgress } from '../rules/dashboard';
import type { CompositionCheck } from '../rules/delegate-composition';

// Bảng điều khiển — the answer of GET /api/conferences/:conferenceId/dashboard (no request body).
// Nomination counts are of what units have sent (every status but draft), so the secretary and the
// chair see the same numbers.

export type CountItem = { key: string; label: string; count: number };

export type UnitNominationCount = {
  unitId: string;
  unitName: string;
  /** Sent nominations (not drafts). */
  count: number;
  accepted: number;
};

export type UnitNotSubmitted = {
  unitId: string;
  unitName: string;
  reportSent: boolean;
  /** Nominees that count against the quota (submitted, resubmitted, accepted). */
  nominationsSent: number;
  /** The unit's deadline (with its extension) has passed. */
  overdue: boolean;
};

export type QuotaFormFill = {
  awardFormId: string;
  name: string;
  quota: number;
  used: number;
  percent: number;
};

export type Dashboard = {
  conferenceId: string;
  today: string;
  timeline: TimelineProgress;
  submissions: {
    deadline: string | null;
    unitCount: number;
    submittedCount: number;
    percent: number;
    notSubmitted: UnitNotSubmitted[];
  };
  nominations: {
    total: number;
    byStatus: CountItem[];
    byUnit: UnitNominationCount[];
    byForm: CountItem[];
    byGender: CountItem[];
    byOccupationGroup: CountItem[];
  };
  quota: {
    /** The conference's overall number, if the plan sets one. */
    conferenceTotal: number | null;
    quota: number;
    used: number;
    percent: number;
    byForm: QuotaFormFill[];
  };
  delegates: CompositionCheck & { byCategory: CountItem[] };
  checklist: { logistics: WorkProgress; tasks: WorkProgress };
  budget: { total: number; actualTotal: number; lines: number };
};
