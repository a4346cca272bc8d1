import { type Actor, can } from '../../../shared/rules/permissions';
import { underReview, unitMayEdit } from '../../../shared/rules/submission';
import type { UnitReport, UnitReportSummary } from '../../../shared/schemas/nomination-views';
import type { ReportStatus } from '../../../shared/schemas/nominations';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import type { UnitReportRow } from './data';

const EMPTY_SECTIONS = {
  movements: '',
  commendations: '',
  leadership: '',
  shortcomings: '',
  lessons: '',
  directions: '',
};

/** The unit's report (an empty one before it is first saved), as the actor may act on it. */
export function presentUnitReport(
  conf: ConferenceRow,
  actor: Actor,
  unit: { id: string; name: string },
  r: UnitReportRow | null,
): UnitReport {
  const scope = { ...conferenceScope(conf), unitId: unit.id };
  const status = (r?.status ?? null) as ReportStatus | null;
  const editable = can(actor, 'nomination.write', scope) && unitMayEdit(status);
  const review = can(actor, 'nomination.review', scope) && underReview(status);
  return {
    unitId: unit.id,
    unitName: unit.name,
    status,
    sections: r?.sections ?? EMPTY_SECTIONS,
    numbers: r?.numbers ?? { commendations: [], directWorkerSharePercent: null },
    returnReason: r?.returnReason ?? null,
    submittedAt: r?.submittedAt?.toISOString() ?? null,
    version: r?.version ?? 0,
    permissions: {
      canEdit: editable,
      canSubmit: editable && r !== null,
      canReturn: review,
      canAccept: review,
    },
  };
}

export function presentUnitReportSummary(r: UnitReportRow, unitName: string): UnitReportSummary {
  return {
    unitId: r.unitId,
    unitName,
    status: r.status as ReportStatus,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    version: r.version,
  };
}
