import { viNominations } from '../../../shared/i18n/vi-nominations';
import {
  type OpenThreads,
  percentOf,
  timelineProgress,
  unitHasSubmitted,
  workProgress,
} from '../../../shared/rules/dashboard';
import { type ComposedDelegate, checkComposition } from '../../../shared/rules/delegate-composition';
import { deriveLifecycle, type LifecycleFacts, milestoneSatisfied } from '../../../shared/rules/lifecycle';
import { COUNTED_STATUSES, deadlineState } from '../../../shared/rules/submission';
import type { CountItem, Dashboard } from '../../../shared/schemas/dashboard';
import { NOMINATION_STATUSES, OCCUPATION_GROUPS } from '../../../shared/schemas/nominations';
import type { PrizeBasisView } from '../../../shared/schemas/prizes';
import type { ConferenceRow } from '../conferences/data';
import type { StoredFacts } from '../conferences/lifecycle-data';
import { presentLifecycle } from '../conferences/presenters';
import type { BudgetTotal } from './budget-total';
import type { ConferenceFacts, NominationCounts } from './data';

/** Labels of the gender and occupation-group keys of sentNominations (dashboard/data.ts). */
export const GENDER_LABELS: Record<string, string> = {
  female: 'Nữ',
  male: 'Nam',
  unknown: 'Cá nhân không ghi giới tính',
  collective: 'Tập thể, hộ gia đình',
};
export const GROUP_LABELS: Record<string, string> = {
  ...viNominations.occupationGroup,
  unknown: 'Cá nhân không ghi nhóm',
  collective: 'Tập thể, hộ gia đình',
};

const sum = (r: Record<string, number> | undefined, statuses?: readonly string[]) =>
  Object.entries(r ?? {}).reduce((s, [k, n]) => (statuses && !statuses.includes(k) ? s : s + n), 0);

/** Known keys first in their order (even at 0 for the fixed sets), then any other key found. */
export function items(
  counts: Map<string, number>,
  order: readonly string[],
  labels: Record<string, string>,
): CountItem[] {
  const keys = [...order, ...[...counts.keys()].filter((k) => !order.includes(k))];
  return keys
    .map((key) => ({ key, label: labels[key] ?? key, count: counts.get(key) ?? 0 }))
    .filter((x) => x.count > 0 || !['unknown', 'collective'].includes(x.key));
}

function nominationsPart(facts: ConferenceFacts, counts: NominationCounts): Dashboard['nominations'] {
  const byStatus = new Map<string, number>();
  for (const r of counts.byUnit.values())
    for (const [s, n] of Object.entries(r)) byStatus.set(s, (byStatus.get(s) ?? 0) + n);
  const total = [...byStatus.values()].reduce((a, b) => a + b, 0);
  const unitNames = new Map(facts.units.map((u) => [u.id, u.name]));
  return {
    total,
    byStatus: items(
      byStatus,
      NOMINATION_STATUSES.filter((s) => s !== 'draft'),
      viNominations.status,
    ),
    byUnit: facts.units
      .map((u) => ({
        unitId: u.id,
        unitName: u.name,
        count: sum(counts.byUnit.get(u.id)),
        accepted: counts.byUnit.get(u.id)?.accepted ?? 0,
      }))
      .concat(
        [...counts.byUnit.keys()]
          .filter((id) => !unitNames.has(id))
          .map((id) => ({ unitId: id, unitName: id, count: sum(counts.byUnit.get(id)), accepted: 0 })),
      ),
    byForm: facts.forms.map((f) => ({ key: f.id, label: f.name, count: sum(counts.byForm.get(f.id)) })),
    byGender: items(counts.byGender, ['female', 'male', 'unknown', 'collective'], GENDER_LABELS),
    byOccupationGroup: items(counts.byGroup, [...OCCUPATION_GROUPS, 'unknown', 'collective'], GROUP_LABELS),
  };
}

/** The whole dashboard of a conference from its three reads (facts, counts, budget), by the pure rules. */
export function presentDashboard(
  conf: ConferenceRow,
  today: string,
  {
    facts,
    counts,
    budget,
    prizes,
    stored,
    threads,
  }: {
    facts: ConferenceFacts;
    counts: NominationCounts;
    budget: BudgetTotal;
    prizes: PrizeBasisView;
    stored: StoredFacts;
    threads: OpenThreads;
  },
): Dashboard {
  // The same derived lifecycle as the overview: milestones done or satisfied are not overdue.
  const life: LifecycleFacts = { ...stored, today, milestones: facts.milestones };
  const milestones = facts.milestones.map((m) => ({ ...m, satisfied: milestoneSatisfied(m, life) }));
  const deadlines = facts.milestones
    .filter((m) => m.kind === 'submission_deadline')
    .map((m) => m.endDate ?? m.startDate)
    .sort();
  const deadline = deadlines.at(-1) ?? null;
  const units = facts.units.map((u) => {
    const byStatus = counts.byUnit.get(u.id) ?? {};
    const sent = unitHasSubmitted({ reportStatus: u.reportStatus, byStatus });
    return { u, sent, nominationsSent: sum(byStatus, COUNTED_STATUSES) };
  });
  const submittedCount = units.filter((x) => x.sent.all).length;

  const formUsed = facts.forms.map((f) => {
    const used = sum(counts.byForm.get(f.id), COUNTED_STATUSES);
    return { awardFormId: f.id, name: f.name, quota: f.quota, used, percent: percentOf(used, f.quota) };
  });
  const quota = formUsed.reduce((s, f) => s + f.quota, 0);
  const used = formUsed.reduce((s, f) => s + f.used, 0);

  // The composition rule looks at delegates one by one: the groups expand to that many entries.
  const composed: ComposedDelegate[] = facts.delegates.flatMap((d) =>
    Array.from({ length: d.n }, () => ({
      category: d.category,
      subgroup: d.subgroup,
      gender: d.gender as ComposedDelegate['gender'],
      attributes: d.attributes,
    })),
  );
  const composition = checkComposition(conf.plan.delegateRules, composed);
  const perCategory = new Map<string, number>();
  for (const d of facts.delegates) perCategory.set(d.category, (perCategory.get(d.category) ?? 0) + d.n);
  const categoryLabels = Object.fromEntries(conf.plan.delegateRules.categories.map((c) => [c.key, c.label]));

  const work = (kind: string) => {
    const t = facts.tasks.find((x) => x.kind === kind);
    return workProgress({ total: t?.total ?? 0, done: t?.done ?? 0, overdue: t?.overdue ?? 0 });
  };

  return {
    conferenceId: conf.id,
    today,
    lifecycle: presentLifecycle(deriveLifecycle(life)).lifecycle,
    timeline: timelineProgress(milestones, today),
    submissions: {
      deadline,
      unitCount: units.length,
      submittedCount,
      percent: percentOf(submittedCount, units.length),
      notSubmitted: units
        .filter((x) => !x.sent.all)
        .map((x) => ({
          unitId: x.u.id,
          unitName: x.u.name,
          reportSent: x.sent.report,
          nominationsSent: x.nominationsSent,
          overdue: !deadlineState(deadline, x.u.extendedUntil, today).open,
        })),
    },
    nominations: nominationsPart(facts, counts),
    quota: {
      conferenceTotal: conf.quotaTotal ?? null,
      quota,
      used,
      percent: percentOf(used, quota),
      byForm: formUsed,
    },
    delegates: {
      ...composition,
      byCategory: items(
        perCategory,
        conf.plan.delegateRules.categories.map((c) => c.key),
        categoryLabels,
      ),
    },
    checklist: { logistics: work('logistics'), tasks: work('task') },
    budget,
    prizes,
    threads,
  };
}
