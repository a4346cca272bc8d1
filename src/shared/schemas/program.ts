import { z } from 'zod';
import { AGENDA_KINDS } from './enums';
import { text, versionField } from './primitives';

// Chương trình hội nghị, văn nghệ, kịch bản MC, điều hành chương trình. Durations are checked by
// the rules (shared/rules/agenda.ts) where the message can name the item.

const clock = (field: string) =>
  z
    .string({ error: `${field} phải có dạng HH:MM` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${field} phải có dạng HH:MM (ví dụ 07:30)` });

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

export const RUN_ACTIONS = ['start', 'next', 'back', 'stop'] as const;
export const runActionSchema = z.object({
  action: z.enum(RUN_ACTIONS, { error: 'Thao tác điều hành không hợp lệ' }),
  /** The item the screen showed as current (null: none), so a double tap does not skip two. */
  fromItemId: z.uuid().nullable().optional(),
});

/** What the run of show needs of an item (the server's run state and the web's run page). */
export type RunItem = {
  id: string;
  number: string;
  title: string;
  kind: string;
  start: string;
  end: string;
  durationMinutes: number;
  presenterName: string;
};
