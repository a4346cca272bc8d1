// The program as one answer: the session, every agenda item with its number and clock times,
// who presents it (a name, a role, a delegate, the council's speaker), the MC's words, the
// honoring item's call-up (honorees grouped by award form, collectives first, with who hands
// over each group), the performances with the allocation check, and the run of show.
import {
  type AgendaMessage,
  checkPerformanceAllocations,
  computeAgenda,
  overUnderText,
} from '../../../shared/rules/agenda';
import { groupByForm } from '../../../shared/rules/honorees';
import {
  type CallUpGroup,
  defaultMcTemplate,
  fillMcTemplate,
  honoringCallUp,
  mcTemplateKey,
} from '../../../shared/rules/mc-script';
import type { RunItem } from '../../../shared/schemas/program';
import type { Db } from '../../db/client';
import type { ConferenceRow } from '../conferences/data';
import { listDelegates } from '../delegates/data';
import { listHonoreeEntries, listSpeeches } from '../selection/data';
import { getSession, listAgendaItems, listPerformances, type PerformanceRow, type SessionRow } from './data';

export const DEFAULT_START = '07:30';
export const DEFAULT_END = '11:30';

/** The session as stored, or what it would be before anything is stored (version 0). */
export function sessionOrDefault(conf: ConferenceRow, row: SessionRow | null) {
  return row
    ? { startTime: row.startTime, plannedEnd: row.plannedEnd, version: row.version, stored: true }
    : {
        startTime: conf.plan.plannedTime ?? DEFAULT_START,
        plannedEnd: DEFAULT_END,
        version: 0,
        stored: false,
      };
}

export async function loadProgram(db: Db, conf: ConferenceRow) {
  const [sessionRow, rows, perfs, speeches, honorees] = await Promise.all([
    getSession(db, conf.id),
    listAgendaItems(db, conf.id),
    listPerformances(db, conf.id),
    listSpeeches(db, conf.id),
    listHonoreeEntries(db, conf.id),
  ]);
  const delegateIds = [
    ...new Set(rows.flatMap((r) => (r.presenterDelegateId ? [r.presenterDelegateId] : []))),
  ];
  const delegateRows = delegateIds.length ? await listDelegates(db, conf.id, { ids: delegateIds }) : [];
  const delegateName = new Map(
    delegateRows.map(({ d }) => [d.id, [d.title, d.fullName].filter((s) => s.trim()).join(' ')]),
  );
  const speechById = new Map(speeches.map((s) => [s.speech.id, s]));
  const perfById = new Map(perfs.map((p) => [p.id, p]));
  const session = sessionOrDefault(conf, sessionRow);
  const times = computeAgenda(
    session,
    rows.map((r) => ({
      title: r.title,
      durationMinutes: r.durationMinutes,
      child: Boolean(r.speechId || r.performanceId),
    })),
  );
  const groups = groupByForm(honorees);

  const items = rows.map((r, i) => {
    const t = times.items[i]!;
    const sp = r.speechId ? speechById.get(r.speechId) : undefined;
    const pf = r.performanceId ? perfById.get(r.performanceId) : undefined;
    const presenterName =
      (r.presenterKind === 'delegate' && r.presenterDelegateId
        ? delegateName.get(r.presenterDelegateId)
        : undefined) ??
      (r.presenter.trim() || sp?.speech.speakerName || '');
    const callUp: CallUpGroup[] =
      r.kind === 'honoring' && !r.speechId && !r.performanceId
        ? groups.map((g) => ({
            awardFormId: g.formId,
            formName: g.formName,
            collective: g.collective,
            names: g.rows.map((h) => h.name),
            presenter: r.handovers.find((h) => h.awardFormId === g.formId)?.presenter ?? '',
          }))
        : [];
    const templateKey = mcTemplateKey(r.kind, { speech: Boolean(sp), performance: Boolean(pf) });
    const mcDefault = defaultMcTemplate(templateKey);
    const mcLines = [
      ...fillMcTemplate(r.mcTemplate ?? mcDefault, {
        number: t.number,
        title: sp?.speech.title ?? pf?.title ?? r.title,
        presenter: presenterName,
        time: t.start,
        end: t.end,
        duration: `${r.durationMinutes} phút`,
        unit: sp?.unitName ?? pf?.unitName ?? '',
        performers: pf?.performers ?? '',
      }),
      ...honoringCallUp(callUp),
    ];
    return {
      id: r.id,
      position: i,
      number: t.number,
      kind: r.kind,
      title: r.title,
      durationMinutes: r.durationMinutes,
      start: t.start,
      end: t.end,
      pastEnd: t.pastEnd,
      presenterKind: r.presenterKind,
      presenter: r.presenter,
      presenterDelegateId: r.presenterDelegateId,
      presenterName,
      notes: r.notes,
      mcTemplate: r.mcTemplate,
      mcDefault,
      mcLines,
      speech: sp
        ? {
            id: sp.speech.id,
            speakerName: sp.speech.speakerName,
            unitName: sp.unitName ?? '',
            title: sp.speech.title,
          }
        : null,
      performance: pf
        ? { id: pf.id, title: pf.title, unitName: pf.unitName, performers: pf.performers }
        : null,
      handovers: r.handovers,
      callUp,
      version: r.version,
    };
  });

  const messages: AgendaMessage[] = times.messages;
  return {
    session: {
      ...session,
      end: times.end,
      overMinutes: times.overMinutes,
      overUnder: overUnderText(times.overMinutes),
    },
    items,
    messages,
    performances: presentPerformances(perfs),
    allocation: checkPerformanceAllocations(conf.plan.performanceAllocations, perfs),
    run: runState(sessionRow, items),
  };
}

export function presentPerformances(perfs: readonly PerformanceRow[]) {
  return perfs.map((p) => ({
    id: p.id,
    unitId: p.unitId,
    unitName: p.unitName,
    title: p.title,
    performers: p.performers,
    durationMinutes: p.durationMinutes,
    version: p.version,
  }));
}

/**
 * Run of show: the item on stage, when it began, the next item, and how far the day is from the
 * agenda, measured from when the run started (so it holds whatever the wall clock): positive =
 * behind (the item began later than planned, plus minutes it has run over its duration),
 * negative = ahead.
 */
export function runState(row: SessionRow | null, items: readonly RunItem[], now = new Date()) {
  const index = row?.currentItemId ? items.findIndex((i) => i.id === row.currentItemId) : -1;
  const current = index >= 0 ? items[index]! : null;
  const next = index >= 0 ? (items[index + 1] ?? null) : row?.runStartedAt ? null : (items[0] ?? null);
  let elapsedMinutes: number | null = null;
  let overMinutes: number | null = null;
  if (current && row?.currentStartedAt && row.runStartedAt) {
    elapsedMinutes = Math.floor((now.getTime() - row.currentStartedAt.getTime()) / 60_000);
    // late: how much later than planned (from the first item) the current item began
    const actual = Math.floor((row.currentStartedAt.getTime() - row.runStartedAt.getTime()) / 60_000);
    const planned = clockMinutes(current.start) - clockMinutes(items[0]!.start);
    const late = actual - (planned < 0 ? planned + 1440 : planned);
    overMinutes = late + Math.max(0, elapsedMinutes - current.durationMinutes);
  }
  return {
    running: Boolean(row?.runStartedAt) && current !== null,
    finished: Boolean(row?.runStartedAt) && current === null,
    current: current ? { ...pick(current), index } : null,
    next: next ? pick(next) : null,
    startedAt: row?.currentStartedAt?.toISOString() ?? null,
    runStartedAt: row?.runStartedAt?.toISOString() ?? null,
    elapsedMinutes,
    overMinutes,
    overUnder:
      overMinutes === null
        ? null
        : overMinutes > 0
          ? `Chậm ${overMinutes} phút`
          : overMinutes < 0
            ? `Sớm ${-overMinutes} phút`
            : 'Đúng giờ',
    total: items.length,
  };
}

const pick = (i: RunItem): RunItem => ({
  id: i.id,
  number: i.number,
  title: i.title,
  kind: i.kind,
  start: i.start,
  end: i.end,
  durationMinutes: i.durationMinutes,
  presenterName: i.presenterName,
});

const clockMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};
