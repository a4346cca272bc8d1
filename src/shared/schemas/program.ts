import { z } from 'zod';
import { AGENDA_KINDS } from './enums';
import { clockTime as clock, flags, text, versionField } from './primitives';

// Chương trình hội nghị, văn nghệ, kịch bản MC, điều hành chương trình. Durations are checked by
// the rules (shared/rules/agenda.ts) where the message can name the item.

const minutes = (field: string) => z.number({ error: `${field} phải là số phút` });

const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} phải là chuỗi ký tự` })
    .trim()
    .max(max, { error: `${field} không được dài quá ${max} ký tự` });

export const PRESENTER_KINDS = ['text', 'role', 'delegate'] as const;

export const handoverSchema = z.object({
  awardFormId: z.uuid({ error: 'Hình thức khen thưởng không hợp lệ' }),
  presenter: optionalText('Người trao thưởng', 300),
});

const agendaItemFields = {
  kind: z.enum(AGENDA_KINDS, { error: 'Loại mục chương trình không hợp lệ' }),
  title: text('Nội dung mục chương trình', 1000),
  durationMinutes: minutes('Thời lượng'),
  presenterKind: z.enum(PRESENTER_KINDS, { error: 'Cách ghi người thực hiện không hợp lệ' }),
  presenter: optionalText('Người thực hiện', 300),
  presenterDelegateId: z.uuid({ error: 'Đại biểu thực hiện không hợp lệ' }).nullable(),
  notes: optionalText('Ghi chú', 2000),
  /** Lời dẫn MC; null = the default for the item's kind. */
  mcTemplate: optionalText('Lời dẫn MC', 4000).nullable(),
  handovers: z.array(handoverSchema).max(50),
};

export const agendaItemInputSchema = z.object({
  ...agendaItemFields,
  presenterKind: agendaItemFields.presenterKind.default('text'),
  presenter: agendaItemFields.presenter.default(''),
  presenterDelegateId: agendaItemFields.presenterDelegateId.default(null),
  notes: agendaItemFields.notes.default(''),
  mcTemplate: agendaItemFields.mcTemplate.default(null),
  handovers: agendaItemFields.handovers.default([]),
  /** 0-based place in the agenda; default: at the end. */
  position: z.number().int().min(0, { error: 'Vị trí không hợp lệ' }).optional(),
});
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;

export const agendaItemUpdateSchema = z.object(agendaItemFields).partial().extend({ version: versionField });
export type AgendaItemUpdate = z.infer<typeof agendaItemUpdateSchema>;

/** The whole order in one request, guarded by the session's version. */
export const agendaReorderSchema = z.object({
  ids: z.array(z.uuid({ error: 'Mã mục chương trình không hợp lệ' })).max(500),
  version: versionField,
});

export const programSessionUpdateSchema = z.object({
  startTime: clock('Giờ bắt đầu'),
  plannedEnd: clock('Giờ kết thúc dự kiến'),
  version: versionField,
});

export const performanceInputSchema = z.object({
  unitId: z.uuid({ error: 'Đơn vị biểu diễn không hợp lệ' }).nullable().default(null),
  unitName: optionalText('Tên đơn vị biểu diễn', 200).default(''),
  title: text('Tên tiết mục', 300),
  performers: optionalText('Người biểu diễn', 1000).default(''),
  durationMinutes: minutes('Thời lượng tiết mục'),
});
export type PerformanceInput = z.infer<typeof performanceInputSchema>;

export const performanceUpdateSchema = performanceInputSchema.extend({ version: versionField });
export type PerformanceUpdate = z.infer<typeof performanceUpdateSchema>;

/**
 * start/next/back/stop move the agenda; show_photos, show_next_group and show_off move what the
 * hall's screen shows (the slideshow: the movement's photos, the honourees group by group, off).
 */
export const RUN_ACTIONS = [
  'start',
  'next',
  'back',
  'stop',
  'show_photos',
  'show_next_group',
  'show_off',
] as const;
export const runActionSchema = z.object({
  action: z.enum(RUN_ACTIONS, { error: 'Thao tác điều hành không hợp lệ' }),
  /** The item the screen showed as current (null: none), so a double tap does not skip two. */
  fromItemId: z.uuid().nullable().optional(),
  /** show_next_group: the group the screen showed, so a double tap does not skip a group. */
  fromShowGroup: z.number().int().min(-1).optional(),
});

/** What the hall's screen shows: nothing, the movement's photos, or the honourees of one group. */
export const HALL_SHOW_MODES = ['off', 'photos', 'honours'] as const;
export type HallShowMode = (typeof HALL_SHOW_MODES)[number];

// ---- responses ---------------------------------------------------------------------------

/** What the run of show needs of an item (the server's run state and the web's run page). */
export const runItemView = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.string(),
  start: z.string(),
  end: z.string(),
  durationMinutes: z.number(),
  presenterName: z.string(),
});
export type RunItem = z.infer<typeof runItemView>;

export const callUpGroupView = z.object({
  awardFormId: z.string().optional(),
  formName: z.string(),
  collective: z.boolean(),
  names: z.array(z.string()),
  presenter: z.string(),
});

export const agendaItemView = z.object({
  id: z.string(),
  position: z.number().int(),
  number: z.string(),
  kind: z.enum(AGENDA_KINDS),
  title: z.string(),
  durationMinutes: z.number(),
  start: z.string(),
  end: z.string(),
  pastEnd: z.boolean(),
  presenterKind: z.enum(PRESENTER_KINDS),
  presenter: z.string(),
  presenterDelegateId: z.string().nullable(),
  presenterName: z.string(),
  notes: z.string(),
  mcTemplate: z.string().nullable(),
  mcDefault: z.string(),
  mcLines: z.array(z.string()),
  speech: z
    .object({ id: z.string(), speakerName: z.string(), unitName: z.string(), title: z.string() })
    .nullable(),
  performance: z
    .object({ id: z.string(), title: z.string(), unitName: z.string(), performers: z.string() })
    .nullable(),
  handovers: z.array(z.object({ awardFormId: z.string(), presenter: z.string() })),
  callUp: z.array(callUpGroupView),
  /** The phong trào thi đua launched at this item ("Phát động phong trào thi đua"), if any. */
  movement: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
  version: z.number().int(),
});
export type AgendaItemView = z.infer<typeof agendaItemView>;

export const performanceView = z.object({
  id: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  title: z.string(),
  performers: z.string(),
  durationMinutes: z.number(),
  version: z.number().int(),
});
export type PerformanceView = z.infer<typeof performanceView>;

export const runStateView = z.object({
  running: z.boolean(),
  finished: z.boolean(),
  current: runItemView.extend({ index: z.number().int() }).nullable(),
  next: runItemView.nullable(),
  startedAt: z.string().nullable(),
  runStartedAt: z.string().nullable(),
  elapsedMinutes: z.number().nullable(),
  overMinutes: z.number().nullable(),
  overUnder: z.string().nullable(),
  total: z.number().int(),
  /** The hall's screen (slideshow): mode, and the group called up in honours mode. */
  hall: z.object({ mode: z.enum(HALL_SHOW_MODES), group: z.number().int() }),
});
export type RunStateView = z.infer<typeof runStateView>;

export const programSessionView = z.object({
  startTime: z.string(),
  plannedEnd: z.string(),
  version: z.number().int(),
  stored: z.boolean(),
  end: z.string(),
  overMinutes: z.number(),
  overUnder: z.string(),
});
export type ProgramSessionView = z.infer<typeof programSessionView>;

export const allocationView = z.object({
  ok: z.boolean(),
  rows: z.array(
    z.object({
      unitId: z.string().nullable(),
      unitName: z.string(),
      min: z.number(),
      max: z.number(),
      count: z.number(),
      ok: z.boolean(),
      label: z.string(),
      message: z.string().nullable(),
    }),
  ),
  messages: z.array(z.string()),
});

/** The program without the actor's permissions (shared/rules/program.ts `composeProgram`). */
export const programContent = z.object({
  session: programSessionView,
  items: z.array(agendaItemView),
  messages: z.array(
    z.object({ level: z.enum(['error', 'warning']), index: z.number().nullable(), message: z.string() }),
  ),
  performances: z.array(performanceView),
  allocation: allocationView,
  run: runStateView,
});
export type ProgramContent = z.infer<typeof programContent>;

export const programView = programContent.extend({
  permissions: flags('canManage', 'canRun'),
});
export type ProgramView = z.infer<typeof programView>;

/** After an addition: the new item's (or performance's) id and the program. */
export const programWithIdView = programView.extend({ id: z.string() });
export const programFromPlanView = programView.extend({ created: z.number().int() });

export const runView = runStateView.extend({
  session: programSessionView,
  permissions: flags('canRun'),
});
export type RunView = z.infer<typeof runView>;

/**
 * The live event `run_of_show` (server-sent, `GET …/program/run/events`): the run of show or the
 * agenda it runs through changed; screens read the run again. `action` is the run action taken,
 * or 'program' for a change of the agenda.
 */
export type RunOfShowEvent = { action: (typeof RUN_ACTIONS)[number] | 'program' };
export const RUN_OF_SHOW_TOPIC = 'run_of_show';
