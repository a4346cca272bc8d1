// Scheduled reminders: "hạn nộp còn 3 ngày / 1 ngày" to the heads of units with nothing sent (or
// all returned), and "công việc quá hạn" to a task's owner. Run periodically; each reminder carries a dedupe
// key, so any number of runs (or instances) write it once per user.
import { and, eq, inArray, isNotNull, lt, sql, sum } from 'drizzle-orm';
import { COUNTED_STATUSES, deadlineState } from '../../../shared/rules/submission';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { Db } from '../../db/client';
import { conferences, conferenceTasks, nominations, quotas, units } from '../../db/schema/index';
import { listExtensions, submissionDeadline } from '../quotas/data';
import { unitHeadIds } from './data';
import { notify } from './mutations';
import { message } from './templates';

/** The days before the deadline a unit that has sent nothing is reminded. */
export const REMINDER_DAYS = [3, 1] as const;

const conferenceName = (plan: unknown) => (plan as { name?: string } | null)?.name ?? 'Hội nghị';

/** Writes the reminders due at `now`; returns how many notifications were new. */
export async function sendReminders(db: Db, now: Date): Promise<number> {
  const today = todayInVietnam(now);
  return (await deadlineReminders(db, today)) + (await overdueTaskReminders(db, today));
}

async function deadlineReminders(db: Db, today: string): Promise<number> {
  let written = 0;
  const confs = await db
    .select({ id: conferences.id, organizationId: conferences.organizationId, plan: conferences.plan })
    .from(conferences);
  for (const conf of confs) {
    const deadline = await submissionDeadline(db, conf.id);
    if (!deadline) continue;
    const extensions = new Map((await listExtensions(db, conf.id)).map((e) => [e.unitId, e.until]));
    // units with a quota that have nothing at the office (no nomination sent and not returned)
    const withQuota = await db
      .select({ unitId: quotas.unitId, name: units.name })
      .from(quotas)
      .innerJoin(units, eq(units.id, quotas.unitId))
      .where(eq(quotas.conferenceId, conf.id))
      .groupBy(quotas.unitId, units.name)
      .having(sql`${sum(quotas.count)} > 0`);
    if (withQuota.length === 0) continue;
    const sent = new Set(
      (
        await db
          .selectDistinct({ unitId: nominations.unitId })
          .from(nominations)
          .where(
            and(
              eq(nominations.conferenceId, conf.id),
              inArray(nominations.status, [...COUNTED_STATUSES]),
              inArray(
                nominations.unitId,
                withQuota.map((u) => u.unitId),
              ),
            ),
          )
      ).map((r) => r.unitId),
    );
    for (const unit of withQuota) {
      if (sent.has(unit.unitId)) continue;
      const state = deadlineState(deadline, extensions.get(unit.unitId) ?? null, today);
      const daysLeft = state.daysLeft;
      if (daysLeft === null || !(REMINDER_DAYS as readonly number[]).includes(daysLeft)) continue;
      const effective =
        state.extendedUntil && state.extendedUntil > deadline ? state.extendedUntil : deadline;
      written += await db.transaction(async (tx) =>
        notify(tx, {
          ...message('deadline_soon', {
            conferenceId: conf.id,
            conferenceName: conferenceName(conf.plan),
            unitId: unit.unitId,
            unitName: unit.name,
            deadline: effective,
            daysLeft,
          }),
          organizationId: conf.organizationId,
          userIds: await unitHeadIds(tx, unit.unitId),
          dedupeKey: `deadline:${conf.id}:${unit.unitId}:${effective}:${daysLeft}d`,
        }),
      );
    }
  }
  return written;
}

async function overdueTaskReminders(db: Db, today: string): Promise<number> {
  const tasks = await db
    .select({
      id: conferenceTasks.id,
      title: conferenceTasks.title,
      dueDate: conferenceTasks.dueDate,
      ownerUserId: conferenceTasks.ownerUserId,
      conferenceId: conferences.id,
      organizationId: conferences.organizationId,
      plan: conferences.plan,
    })
    .from(conferenceTasks)
    .innerJoin(conferences, eq(conferences.id, conferenceTasks.conferenceId))
    .where(
      and(
        isNotNull(conferenceTasks.ownerUserId),
        isNotNull(conferenceTasks.dueDate),
        lt(conferenceTasks.dueDate, today),
        inArray(conferenceTasks.status, ['todo', 'in_progress']),
      ),
    );
  let written = 0;
  for (const t of tasks) {
    written += await db.transaction(async (tx) =>
      notify(tx, {
        ...message('task_overdue', {
          conferenceId: t.conferenceId,
          conferenceName: conferenceName(t.plan),
          taskTitle: t.title,
          dueOn: t.dueDate!,
        }),
        organizationId: t.organizationId,
        userIds: [t.ownerUserId!],
        dedupeKey: `task_overdue:${t.id}:${t.dueDate}`,
      }),
    );
  }
  return written;
}
