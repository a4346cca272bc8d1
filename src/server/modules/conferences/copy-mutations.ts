import { randomUUID } from 'node:crypto';
import { type CopyOffset, copiedPlan, shiftDate } from '../../../shared/rules/conference-copy';
import type { Actor } from '../../../shared/rules/permissions';
import type { ConferenceCopyBody } from '../../../shared/schemas/conference-copy';
import type { Db } from '../../db/client';
import {
  agendaItems,
  awardForms,
  budgetLines,
  conferences,
  conferenceTasks,
  milestones,
  performances,
  programSessions,
  quotas,
} from '../../db/schema/index';
import { writeConferenceAudit } from '../audit/mutations';
import { type CopySource, loadCopySource, speechPartHonorees } from './copy-data';
import type { ConferenceRow } from './data';

// Sao chép hội nghị cho giai đoạn sau: one transaction makes the new conference with the source's
// plan, milestones (moved by the offset), award forms with their criteria, quotas, program
// template (session times, performances, agenda items), budget lines and tasks; one audit entry.
// People's work stays behind: nominations, unit reports, council meetings and ballots, speeches,
// delegates, issued documents.

type Ids = Map<string, string>;
const remap = (rows: { id: string }[]): Ids => new Map(rows.map((r) => [r.id, randomUUID()]));
const mapped = (ids: Ids, id: string | null) => (id ? (ids.get(id) ?? null) : null);

type Base = { organizationId: string; conferenceId: string };
type Bookkeeping = { id: string; version?: number; createdAt?: Date; updatedAt?: Date };

/**
 * A source row as a row of the copy: the same values under a new id (given, or the default), in
 * the copy's conference, with a fresh version and times.
 */
function cloneRow<R extends Base & Bookkeeping>(row: R, base: Base, id?: string) {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...values } = row;
  return { ...values, ...base, ...(id ? { id } : {}) };
}

/** The rows of the copy, with new ids and every reference pointing into the copy. */
export function copyRows(src: CopySource, conf: { id: string; organizationId: string }, offset: CopyOffset) {
  const base = { organizationId: conf.organizationId, conferenceId: conf.id };
  const shift = (d: string) => shiftDate(d, offset);
  const msIds = remap(src.milestones);
  const formIds = remap(src.awardForms);
  const perfIds = remap(src.performances);
  const lineIds = remap(src.budgetLines);
  return {
    milestones: src.milestones.map((m) => ({
      ...cloneRow(m, base, msIds.get(m.id)),
      startDate: shift(m.startDate),
      endDate: m.endDate ? shift(m.endDate) : null,
      done: false,
    })),
    awardForms: src.awardForms.map((f) => cloneRow(f, base, formIds.get(f.id))),
    quotas: src.quotas.map((q) => ({ ...cloneRow(q, base), awardFormId: formIds.get(q.awardFormId)! })),
    // The session's times; not the run of the day.
    session: src.session && { ...base, plannedEnd: src.session.plannedEnd },
    performances: src.performances.map((p) => cloneRow(p, base, perfIds.get(p.id))),
    // Speeches are the council's choice of people: their items stay behind. A delegate who
    // presented an item is not on the new list: the item keeps their name as text.
    agendaItems: src.agendaItems
      .filter(({ item }) => !item.speechId)
      .map(({ item, delegateName }, position) => ({
        ...cloneRow(item, base),
        position,
        presenterKind: item.presenterKind === 'delegate' ? 'text' : item.presenterKind,
        presenter: item.presenterKind === 'delegate' ? (delegateName ?? item.presenter) : item.presenter,
        presenterDelegateId: null,
        performanceId: mapped(perfIds, item.performanceId),
        handovers: item.handovers.flatMap((h) => {
          const awardFormId = formIds.get(h.awardFormId);
          return awardFormId ? [{ awardFormId, presenter: h.presenter }] : [];
        }),
      })),
    budgetLines: src.budgetLines.map((l) => ({
      ...cloneRow(l, base, lineIds.get(l.id)),
      actualAmount: null,
    })),
    tasks: src.tasks.map((t) => ({
      ...cloneRow(t, base),
      dueDate: t.dueDate ? shift(t.dueDate) : null,
      status: 'todo',
      completedAt: null,
      milestoneId: mapped(msIds, t.milestoneId),
      budgetLineId: mapped(lineIds, t.budgetLineId),
    })),
  };
}

/** Copies `source` into a new conference of the same organizer; returns the new conference. */
export async function copyConference({
  db,
  actor,
  source,
  input,
}: {
  db: Db;
  actor: Actor;
  source: ConferenceRow;
  input: ConferenceCopyBody;
}): Promise<ConferenceRow> {
  return db.transaction(async (tx) => {
    const src = await loadCopySource(tx, source.id);
    const plan = copiedPlan(source.plan, input, await speechPartHonorees(tx, source.id, source.plan));
    const [conf] = await tx
      .insert(conferences)
      .values({ organizationId: source.organizationId, plan, quotaTotal: source.quotaTotal })
      .returning();
    if (!conf) throw new Error('insert returned nothing');
    const rows = copyRows(src, conf, input.offset);
    // In the order of their references: milestones and budget lines before the tasks citing them,
    // award forms before quotas, performances before the agenda items standing for them.
    if (rows.milestones.length) await tx.insert(milestones).values(rows.milestones);
    if (rows.awardForms.length) await tx.insert(awardForms).values(rows.awardForms);
    if (rows.quotas.length) await tx.insert(quotas).values(rows.quotas);
    if (rows.budgetLines.length) await tx.insert(budgetLines).values(rows.budgetLines);
    if (rows.tasks.length) await tx.insert(conferenceTasks).values(rows.tasks);
    if (rows.performances.length) await tx.insert(performances).values(rows.performances);
    if (rows.agendaItems.length) await tx.insert(agendaItems).values(rows.agendaItems);
    if (rows.session) await tx.insert(programSessions).values(rows.session);
    await writeConferenceAudit(tx, actor, conf, {
      action: 'conference.copied',
      entityType: 'conference',
      entityId: conf.id,
      before: { copiedFrom: { id: source.id, name: source.plan.name } },
      after: {
        plan,
        offset: input.offset,
        copied: {
          milestones: rows.milestones.length,
          awardForms: rows.awardForms.length,
          quotas: rows.quotas.length,
          performances: rows.performances.length,
          agendaItems: rows.agendaItems.length,
          budgetLines: rows.budgetLines.length,
          tasks: rows.tasks.length,
        },
      },
    });
    return conf;
  });
}
