import { z } from 'zod';
import { lifecycleView } from './conferences';
import { compositionRuleView } from './delegates';
import { prizeBasisView } from './prizes';

// Bảng điều khiển — the answer of GET /api/conferences/:conferenceId/dashboard (no request body).
// Nomination counts are of what units have sent (every status but draft), so the secretary and the
// chair see the same numbers. The shapes of the pure rules (shared/rules/dashboard,
// delegate-composition) are written here once as schemas.

export const countItemView = z.object({ key: z.string(), label: z.string(), count: z.number() });
export type CountItem = z.infer<typeof countItemView>;

const unitNominationCountView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  /** Sent nominations (not drafts). */
  count: z.number(),
  accepted: z.number(),
});

const unitNotSubmittedView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  reportSent: z.boolean(),
  /** Nominees that count against the quota (submitted, resubmitted, accepted). */
  nominationsSent: z.number(),
  /** The unit's deadline (with its extension) has passed. */
  overdue: z.boolean(),
});

const quotaFormFillView = z.object({
  awardFormId: z.string(),
  name: z.string(),
  quota: z.number(),
  used: z.number(),
  percent: z.number(),
});

const milestoneView = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  done: z.boolean(),
  satisfied: z.boolean().optional(),
});

const timelineProgressView = z.object({
  total: z.number(),
  /** Done or satisfied by the data. */
  completed: z.number(),
  overdue: z.number(),
  percent: z.number(),
  next: milestoneView
    .extend({ state: z.enum(['past', 'today', 'upcoming', 'overdue']), daysLeft: z.number() })
    .nullable(),
  overdueItems: z.array(milestoneView),
});

const workProgressView = z.object({
  total: z.number(),
  done: z.number(),
  overdue: z.number(),
  percent: z.number(),
});

export const dashboardView = z.object({
  conferenceId: z.string(),
  today: z.string(),
  /** The same derived lifecycle as the overview (stage, steps, next actions). */
  lifecycle: lifecycleView,
  timeline: timelineProgressView,
  submissions: z.object({
    deadline: z.string().nullable(),
    unitCount: z.number(),
    submittedCount: z.number(),
    percent: z.number(),
    notSubmitted: z.array(unitNotSubmittedView),
  }),
  nominations: z.object({
    total: z.number(),
    byStatus: z.array(countItemView),
    byUnit: z.array(unitNominationCountView),
    byForm: z.array(countItemView),
    byGender: z.array(countItemView),
    byOccupationGroup: z.array(countItemView),
  }),
  quota: z.object({
    /** The conference's overall number, if the plan sets one. */
    conferenceTotal: z.number().nullable(),
    quota: z.number(),
    used: z.number(),
    percent: z.number(),
    byForm: z.array(quotaFormFillView),
  }),
  delegates: z.object({
    ok: z.boolean(),
    total: z.number(),
    cap: z.number(),
    rules: z.array(compositionRuleView),
    messages: z.array(z.string()),
    fixes: z.array(z.string()),
    byCategory: z.array(countItemView),
  }),
  checklist: z.object({ logistics: workProgressView, tasks: workProgressView }),
  budget: z.object({ total: z.number(), actualTotal: z.number(), lines: z.number() }),
  /** The prizes in the budget: their decision date, base salary and total (as the QĐ prints them). */
  prizes: prizeBasisView,
  /** Phản ánh, kiến nghị not closed: of the organization, of this conference, the oldest's age in days. */
  threads: z.object({ open: z.number(), ofConference: z.number(), oldestAgeDays: z.number().nullable() }),
});
export type Dashboard = z.infer<typeof dashboardView>;
