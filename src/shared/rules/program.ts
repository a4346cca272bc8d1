// The program as one answer, computed from what is stored: the session, every agenda item with
// its number and clock times, who presents it (a name, a role, a delegate, the council's
// speaker), the MC's words, the honoring item's call-up (honorees grouped by award form,
// collectives first, with who hands over each group), the performances with the allocation
// check, and the run of show. Pure: the program module loads, the documents print.
import type { AgendaKind } from '../schemas/enums';
import {
  HALL_SHOW_MODES,
  type HallShowMode,
  type PRESENTER_KINDS,
  type ProgramContent,
  type RunItem,
  type RunStateView,
} from '../schemas/program';
import {
  checkPerformanceAllocations,
  computeAgenda,
  overUnderText,
  type PerformanceAllocation,
} from './agenda';
import {
  type CallUpGroup,
  defaultMcTemplate,
  fillMcTemplate,
  honoringCallUp,
  mcTemplateKey,
} from './mc-script';

export const DEFAULT_START = '07:30';
export const DEFAULT_END = '11:30';

/** The stored session (null before anything is stored); its start is the conference day's. */
export type SessionState = {
  plannedEnd: string;
  version: number;
  currentItemId: string | null;
  runStartedAt: Date | null;
  currentStartedAt: Date | null;
  /** The hall's screen (slideshow); absent before migration 0025's columns are read. */
  showMode?: string;
  showGroup?: number;
};

export type ProgramAgendaRow = {
  id: string;
  kind: string;
  title: string;
  durationMinutes: number;
  speechId: string | null;
  performanceId: string | null;
  presenterKind: string;
  presenter: string;
  presenterDelegateId: string | null;
  notes: string;
  mcTemplate: string | null;
  handovers: { awardFormId: string; presenter: string }[];
  version: number;
};

export type ProgramPerformance = {
  id: string;
  unitId: string | null;
  unitName: string;
  title: string;
  performers: string;
  durationMinutes: number;
  version: number;
};

export type ProgramSpeech = { id: string; speakerName: string; unitName: string; title: string };

/** Honorees of one award form (collectives and individuals apart), in call-up order. */
export type HonoreeGroupNames = { formId: string; formName: string; collective: boolean; names: string[] };

export type ProgramInput = {
  plan: { performanceAllocations: readonly PerformanceAllocation[] };
  /** The conference day's start time (the conference-day milestone); null: DEFAULT_START. */
  startTime: string | null;
  session: SessionState | null;
  items: readonly ProgramAgendaRow[];
  performances: readonly ProgramPerformance[];
  speeches: readonly ProgramSpeech[];
  honoreeGroups: readonly HonoreeGroupNames[];
  /** "Chức vụ Họ tên" of the delegates named as presenters, by id. */
  delegateNames: ReadonlyMap<string, string>;
  /** The movement launched at an item, by item id. */
  movements?: ReadonlyMap<string, { id: string; name: string }>;
  now?: Date;
};

/** The session as stored, or what it would be before anything is stored (version 0). */
export function sessionOrDefault(startTime: string | null, row: SessionState | null) {
  const start = startTime ?? DEFAULT_START;
  return row
    ? { startTime: start, plannedEnd: row.plannedEnd, version: row.version, stored: true }
    : { startTime: start, plannedEnd: DEFAULT_END, version: 0, stored: false };
}

export function composeProgram(input: ProgramInput): ProgramContent {
  const speechById = new Map(input.speeches.map((s) => [s.id, s]));
  const perfById = new Map(input.performances.map((p) => [p.id, p]));
  const session = sessionOrDefault(input.startTime, input.session);
  const times = computeAgenda(
    session,
    input.items.map((r) => ({
      title: r.title,
      durationMinutes: r.durationMinutes,
      child: Boolean(r.speechId || r.performanceId),
    })),
  );

  const items = input.items.map((r, i) => {
    const t = times.items[i]!;
    const sp = r.speechId ? speechById.get(r.speechId) : undefined;
    const pf = r.performanceId ? perfById.get(r.performanceId) : undefined;
    const presenterName =
      (r.presenterKind === 'delegate' && r.presenterDelegateId
        ? input.delegateNames.get(r.presenterDelegateId)
        : undefined) ??
      (r.presenter.trim() || sp?.speakerName || '');
    const callUp: CallUpGroup[] =
      r.kind === 'honoring' && !r.speechId && !r.performanceId
        ? input.honoreeGroups.map((g) => ({
            awardFormId: g.formId,
            formName: g.formName,
            collective: g.collective,
            names: g.names,
            presenter: r.handovers.find((h) => h.awardFormId === g.formId)?.presenter ?? '',
          }))
        : [];
    const templateKey = mcTemplateKey(r.kind, { speech: Boolean(sp), performance: Boolean(pf) });
    const mcDefault = defaultMcTemplate(templateKey);
    const mcLines = [
      ...fillMcTemplate(r.mcTemplate ?? mcDefault, {
        number: t.number,
        title: sp?.title ?? pf?.title ?? r.title,
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
      kind: r.kind as AgendaKind,
      title: r.title,
      durationMinutes: r.durationMinutes,
      start: t.start,
      end: t.end,
      pastEnd: t.pastEnd,
      presenterKind: r.presenterKind as (typeof PRESENTER_KINDS)[number],
      presenter: r.presenter,
      presenterDelegateId: r.presenterDelegateId,
      presenterName,
      notes: r.notes,
      mcTemplate: r.mcTemplate,
      mcDefault,
      mcLines,
      speech: sp ? { id: sp.id, speakerName: sp.speakerName, unitName: sp.unitName, title: sp.title } : null,
      performance: pf
        ? { id: pf.id, title: pf.title, unitName: pf.unitName, performers: pf.performers }
        : null,
      handovers: r.handovers,
      callUp,
      movement: input.movements?.get(r.id) ?? null,
      version: r.version,
    };
  });

  return {
    session: {
      ...session,
      end: times.end,
      overMinutes: times.overMinutes,
      overUnder: overUnderText(times.overMinutes),
    },
    items,
    messages: times.messages,
    performances: input.performances.map((p) => ({
      id: p.id,
      unitId: p.unitId,
      unitName: p.unitName,
      title: p.title,
      performers: p.performers,
      durationMinutes: p.durationMinutes,
      version: p.version,
    })),
    allocation: checkPerformanceAllocations(input.plan.performanceAllocations, input.performances),
    run: runState(input.session, items, input.now),
  };
}

/**
 * Run of show: the item on stage, when it began, the next item, and how far the day is from the
 * agenda, measured from when the run started (so it holds whatever the wall clock): positive =
 * behind (the item began later than planned, plus minutes it has run over its duration),
 * negative = ahead.
 */
export function runState(
  row: Pick<
    SessionState,
    'currentItemId' | 'runStartedAt' | 'currentStartedAt' | 'showMode' | 'showGroup'
  > | null,
  items: readonly RunItem[],
  now = new Date(),
): RunStateView {
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
    hall: {
      mode: (HALL_SHOW_MODES as readonly string[]).includes(row?.showMode ?? '')
        ? (row!.showMode as HallShowMode)
        : 'off',
      group: row?.showGroup ?? 0,
    },
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

// ——— "Tạo từ kế hoạch": the agenda from the plan's template (II.3) ———

/** Minutes an item of each kind takes when the plan does not say. */
export const DEFAULT_MINUTES: Record<AgendaKind, number> = {
  ceremony: 5,
  video: 10,
  report: 30,
  speech: 2,
  guidance: 15,
  exchange: 20,
  honoring: 25,
  performance: 5,
  launch: 10,
  closing: 10,
  other: 5,
};
/** One council speech. */
export const SPEECH_MINUTES = 8;

export type PlannedAgendaItem = {
  kind: AgendaKind;
  title: string;
  durationMinutes: number;
  speechId?: string;
  performanceId?: string;
};

/**
 * The agenda of the plan's template, with a sensible duration for each kind, the council's
 * speeches as items under the (first) tham luận item and the performances as items under the
 * plan's performance item (văn nghệ chào mừng), else under the first item.
 */
export function agendaFromPlan(
  template: readonly { kind: AgendaKind; title: string; durationMinutes?: number | null }[],
  speeches: readonly { id: string; title: string }[],
  performances: readonly { id: string; title: string; durationMinutes: number }[],
): PlannedAgendaItem[] {
  const items: PlannedAgendaItem[] = [];
  const perfItems: PlannedAgendaItem[] = performances.map((p) => ({
    kind: 'performance',
    title: `Văn nghệ: ${p.title}`,
    durationMinutes: p.durationMinutes > 0 ? p.durationMinutes : DEFAULT_MINUTES.performance,
    performanceId: p.id,
  }));
  const perfAfter = Math.max(
    0,
    template.findIndex((t) => t.kind === 'performance'),
  );
  let speechesPlaced = false;
  template.forEach((t, i) => {
    items.push({
      kind: t.kind,
      title: t.title,
      durationMinutes:
        t.durationMinutes && t.durationMinutes > 0 ? t.durationMinutes : DEFAULT_MINUTES[t.kind],
    });
    if (t.kind === 'speech' && !speechesPlaced) {
      speechesPlaced = true;
      for (const s of speeches) {
        items.push({
          kind: 'speech',
          title: `Tham luận: ${s.title}`,
          durationMinutes: SPEECH_MINUTES,
          speechId: s.id,
        });
      }
    }
    if (i === perfAfter) items.push(...perfItems);
  });
  if (template.length === 0) items.push(...perfItems);
  return items;
}
