import { viNominations } from '../../../shared/i18n/vi-nominations';
import { type Actor, can } from '../../../shared/rules/permissions';
import { directWorkerShare } from '../../../shared/rules/summary-report';
import { NOMINATION_KINDS, OCCUPATION_GROUPS } from '../../../shared/schemas/nominations';
import {
  type ConferenceFigures,
  type ReportStatistics,
  type StatisticRow,
  SUMMARY_SECTION_KEYS,
  SUMMARY_SECTION_PART,
  type SummaryReportView,
  type SummarySectionView,
} from '../../../shared/schemas/summary-report';
import type { ConferenceRow } from '../conferences/data';
import { GENDER_LABELS, GROUP_LABELS, items } from '../dashboard/presenters';
import type { CompileFacts, FigureCount, SummaryReportRow, SummarySectionRow } from './data';

type Named = { id: string; name: string };

/** The counts of one dimension as rows: the known keys in their order (with 0s), then any other. */
function rows(counts: readonly FigureCount[], dim: string, known: readonly Named[]): StatisticRow[] {
  const mine = counts.filter((c) => c.dim === dim);
  const byKey = new Map(mine.map((c) => [c.key ?? '', c]));
  const names = new Map(known.map((k) => [k.id, k.name]));
  const keys = [...known.map((k) => k.id), ...[...byKey.keys()].filter((k) => !names.has(k))];
  return keys.map((key) => ({
    key,
    label: names.get(key) ?? (key || 'Không gắn phong trào'),
    nominations: byKey.get(key)?.nominations ?? 0,
    honoured: byKey.get(key)?.honoured ?? 0,
  }));
}

/** Gender and occupation group in the dashboard's order and labels (the same `items` rule). */
function dashboardRows(
  counts: readonly FigureCount[],
  dim: string,
  order: readonly string[],
  labels: Record<string, string>,
) {
  const mine = counts.filter((c) => c.dim === dim);
  const honoured = new Map(mine.map((c) => [c.key ?? '', c.honoured]));
  return items(new Map(mine.map((c) => [c.key ?? '', c.nominations])), order, labels).map((i) => ({
    key: i.key,
    label: i.label,
    nominations: i.count,
    honoured: honoured.get(i.key) ?? 0,
  }));
}

/** The figures a conference is compared by (this one's and the previous one's). */
export function presentFigures(
  conf: { id: string; plan: { name: string; periodStart: number; periodEnd: number } },
  counts: readonly FigureCount[],
  forms: readonly Named[],
): ConferenceFigures {
  const all = counts.find((c) => c.dim === 'all') ?? { nominations: 0, honoured: 0 };
  const kind = (k: string) => counts.find((c) => c.dim === 'kind' && c.key === k)?.nominations ?? 0;
  const byGroup = dashboardRows(
    counts,
    'group',
    [...OCCUPATION_GROUPS, 'unknown', 'collective'],
    GROUP_LABELS,
  );
  return {
    conferenceId: conf.id,
    conferenceName: conf.plan.name,
    period: `${conf.plan.periodStart}–${conf.plan.periodEnd}`,
    nominations: all.nominations,
    honoured: all.honoured,
    collectives: kind('collective'),
    individuals: kind('individual'),
    byForm: rows(counts, 'form', forms),
    directWorkers: directWorkerShare(byGroup, all.honoured > 0),
  };
}

export function presentStatistics(
  conf: ConferenceRow,
  counts: readonly FigureCount[],
  facts: CompileFacts,
  unitReportsSent: number,
  previous: ConferenceFigures | null,
  compiledAt: string,
): ReportStatistics {
  const kinds = NOMINATION_KINDS.map((k) => ({ id: k, name: viNominations.kind[k] }));
  return {
    ...presentFigures(conf, counts, facts.forms),
    compiledAt,
    byKind: rows(counts, 'kind', kinds),
    byUnit: rows(counts, 'unit', facts.units),
    byGender: dashboardRows(counts, 'gender', ['female', 'male', 'unknown', 'collective'], GENDER_LABELS),
    byOccupationGroup: dashboardRows(
      counts,
      'group',
      [...OCCUPATION_GROUPS, 'unknown', 'collective'],
      GROUP_LABELS,
    ),
    byMovement: rows(counts, 'movement', facts.movements).filter((r) => r.nominations > 0 || r.honoured > 0),
    unitReports: { sent: unitReportsSent, of: facts.units.length },
    previous,
  };
}

export function presentSection(
  key: SummarySectionView['key'],
  row: SummarySectionRow | undefined,
): SummarySectionView {
  return {
    id: row?.id ?? null,
    key,
    part: SUMMARY_SECTION_PART[key],
    draft: row?.draft ?? '',
    body: row?.body ?? '',
    version: row?.version ?? 1,
    updatedByName: row?.updatedByName ?? '',
    updatedAt: row?.updatedByName ? row.updatedAt.toISOString() : null,
  };
}

/** The report in print order; a report never compiled has empty sections at version 1. */
export function presentReport(
  conf: Pick<ConferenceRow, 'id' | 'organizationId'>,
  report: SummaryReportRow | null,
  sections: readonly SummarySectionRow[],
  actor: Actor,
): SummaryReportView {
  const byKey = new Map(sections.map((s) => [s.key, s]));
  return {
    conferenceId: conf.id,
    compiledAt: report?.compiledAt?.toISOString() ?? null,
    statistics: report?.statistics ?? null,
    sections: SUMMARY_SECTION_KEYS.map((k) => presentSection(k, byKey.get(k))),
    permissions: {
      canEdit: can(actor, 'report.edit', { organizationId: conf.organizationId, conferenceId: conf.id }),
    },
  };
}
