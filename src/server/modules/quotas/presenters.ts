import { type Actor, can } from '../../../shared/rules/permissions';
import { quotaTotals } from '../../../shared/rules/quota-grid';
import { type DeadlineState, deadlineState } from '../../../shared/rules/submission';
import type { UnitType } from '../../../shared/schemas/enums';
import type { AwardSubject, NominationStatus, ReportStatus } from '../../../shared/schemas/nominations';
import type { QuotaGridView, SubmissionRowView, SubmissionsView } from '../../../shared/schemas/quotas';
import type { AwardFormRow } from '../award-forms/data';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import type { UnitRow } from '../units/data';
import type { QuotaRow, SubmissionCounts } from './data';

const cellKey = (c: { unitId: string; awardFormId: string }) => `${c.unitId}|${c.awardFormId}`;

/** The quota grid (chỉ tiêu) of the units the actor sees, with use, totals and permissions. */
export function presentQuotaGrid(args: {
  actor: Actor;
  conf: ConferenceRow;
  quotaTotal: number | null;
  units: UnitRow[];
  forms: AwardFormRow[];
  quotas: QuotaRow[];
  used: { unitId: string; awardFormId: string; used: number }[];
}): QuotaGridView {
  const used = new Map(args.used.map((u) => [cellKey(u), u.used]));
  const unitIds = new Set(args.units.map((u) => u.id));
  const cells = args.quotas
    .filter((q) => unitIds.has(q.unitId))
    .map((q) => ({
      unitId: q.unitId,
      awardFormId: q.awardFormId,
      count: q.count,
      used: used.get(cellKey(q)) ?? 0,
      version: q.version,
    }));
  return {
    quotaTotal: args.quotaTotal,
    units: args.units.map((u) => ({ id: u.id, name: u.name, type: u.type as UnitType })),
    forms: args.forms.map((f) => ({
      id: f.id,
      code: f.code,
      name: f.name,
      appliesTo: f.appliesTo as AwardSubject,
    })),
    cells,
    totals: quotaTotals(cells),
    usedTotals: quotaTotals(cells.map((c) => ({ ...c, count: c.used }))),
    permissions: { canManage: can(args.actor, 'nomination.settings', conferenceScope(args.conf)) },
  };
}

function presentSubmissionRow(
  u: UnitRow,
  state: DeadlineState,
  counts: SubmissionCounts,
  report: string | null,
): SubmissionRowView {
  const byStatus: Partial<Record<NominationStatus, number>> = {};
  for (const r of counts.byStatus) if (r.unitId === u.id) byStatus[r.status as NominationStatus] = r.n;
  const sent = (byStatus.submitted ?? 0) + (byStatus.resubmitted ?? 0) + (byStatus.accepted ?? 0) > 0;
  const reportSent = report !== null && report !== 'draft';
  return {
    unitId: u.id,
    unitName: u.name,
    unitType: u.type as UnitType,
    deadline: state,
    reportStatus: report as ReportStatus | null,
    nominationCounts: byStatus,
    // Quá hạn: the deadline passed and the unit has sent neither its report nor a nominee.
    overdue: !state.open && !(sent && reportSent),
  };
}

/** Tình hình nộp hồ sơ: each visible unit's deadline, report and nominations. */
export function presentSubmissions(args: {
  actor: Actor;
  conf: ConferenceRow;
  today: string;
  deadline: string | null;
  units: UnitRow[];
  extensions: { unitId: string; until: string | null }[];
  counts: SubmissionCounts;
}): SubmissionsView {
  const extensions = new Map(args.extensions.map((e) => [e.unitId, e.until]));
  const reportStatus = new Map(args.counts.reports.map((r) => [r.unitId, r.status]));
  return {
    today: args.today,
    deadline: args.deadline,
    items: args.units.map((u) =>
      presentSubmissionRow(
        u,
        deadlineState(args.deadline, extensions.get(u.id) ?? null, args.today),
        args.counts,
        reportStatus.get(u.id) ?? null,
      ),
    ),
    permissions: { canReopen: can(args.actor, 'nomination.settings', conferenceScope(args.conf)) },
  };
}
