import { z } from 'zod';
import { flags, isoDate, versionField } from './primitives';

// Phong trào thi đua (emulation movements), đăng ký thi đua, and the statutory statistics forms.

/** Phương thức tổ chức (Law 06/2022 Art. 16): thường xuyên | theo chuyên đề. */
export const MOVEMENT_METHODS = ['regular', 'thematic'] as const;
/** Phạm vi: toàn quốc | bộ, ban, ngành, đoàn thể, địa phương | cụm, khối | cơ quan, tổ chức, đơn vị. */
export const MOVEMENT_SCOPES = ['national', 'sector_local', 'cluster', 'unit'] as const;
/** Cấp phát động (form 0601 columns 2–4): Trung ương | bộ, ngành, tỉnh | cơ quan, tổ chức, đơn vị. */
export const MOVEMENT_LAUNCH_LEVELS = ['central', 'ministry_province', 'unit'] as const;

export const movementInputSchema = z
  .object({
    name: z
      .string({ error: 'Tên phong trào là bắt buộc' })
      .trim()
      .min(1, { error: 'Tên phong trào không được để trống' })
      .max(500, { error: 'Tên phong trào không được dài quá 500 ký tự' }),
    method: z.enum(MOVEMENT_METHODS, { error: 'Phương thức phải là thường xuyên hoặc chuyên đề' }),
    scope: z.enum(MOVEMENT_SCOPES, { error: 'Phạm vi phong trào không hợp lệ' }).default('unit'),
    launchLevel: z.enum(MOVEMENT_LAUNCH_LEVELS, { error: 'Cấp phát động không hợp lệ' }).default('unit'),
    startDate: isoDate('Ngày bắt đầu'),
    endDate: isoDate('Ngày kết thúc').nullable().default(null),
    launchDocument: z.string().trim().max(300).default(''),
    launchConferenceId: z.uuid({ error: 'Hội nghị phát động không hợp lệ' }).nullable().default(null),
    launchAgendaItemId: z.uuid({ error: 'Mục chương trình không hợp lệ' }).nullable().default(null),
    description: z.string().trim().max(5000).default(''),
    resultSummary: z.string().trim().max(10000).default(''),
  })
  .refine((m) => !m.endDate || m.endDate >= m.startDate, {
    path: ['endDate'],
    error: 'Ngày kết thúc không được trước ngày bắt đầu',
  });
export type MovementInput = z.infer<typeof movementInputSchema>;

export const movementUpdateSchema = z.object({ movement: movementInputSchema, version: versionField });

export const movementRegistrationInputSchema = z.object({
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }),
  commitment: z
    .string({ error: 'Nội dung đăng ký là bắt buộc' })
    .trim()
    .min(1, { error: 'Nội dung đăng ký không được để trống' })
    .max(5000),
  registeredOn: isoDate('Ngày đăng ký'),
  result: z.string().trim().max(5000).default(''),
});
export type MovementRegistrationInput = z.infer<typeof movementRegistrationInputSchema>;
export const movementRegistrationUpdateSchema = movementRegistrationInputSchema.extend({
  version: versionField,
});
export type MovementRegistrationUpdate = z.infer<typeof movementRegistrationUpdateSchema>;

export const movementRegistrationView = movementRegistrationInputSchema.extend({
  id: z.uuid(),
  unitName: z.string(),
  version: z.number().int(),
  /** canEdit: commitment and date (a unit head: their own unit); canEditResult: the result (honour.manage). */
  permissions: flags('canEdit', 'canEditResult', 'canDelete'),
});
export type MovementRegistrationView = z.infer<typeof movementRegistrationView>;

export const movementView = z.object({
  id: z.uuid(),
  name: z.string(),
  method: z.enum(MOVEMENT_METHODS),
  scope: z.enum(MOVEMENT_SCOPES),
  launchLevel: z.enum(MOVEMENT_LAUNCH_LEVELS),
  startDate: z.string(),
  endDate: z.string().nullable(),
  launchDocument: z.string(),
  launchConferenceId: z.uuid().nullable(),
  launchConferenceName: z.string().nullable(),
  launchAgendaItemId: z.uuid().nullable(),
  launchAgendaItemTitle: z.string().nullable(),
  description: z.string(),
  resultSummary: z.string(),
  registrations: z.array(movementRegistrationView),
  honourCount: z.number().int(),
  nominationCount: z.number().int(),
  version: z.number().int(),
  /** canRegister: the actor may register at least one unit (a unit head: their own). */
  permissions: flags('canEdit', 'canDelete', 'canRegister'),
});
export type MovementView = z.infer<typeof movementView>;
export const movementListView = z.object({ items: z.array(movementView), permissions: flags('canCreate') });
export type MovementListView = z.infer<typeof movementListView>;

// ---- statistics -------------------------------------------------------------------------------

export const statisticsQuerySchema = z
  .object({
    yearFrom: z.coerce
      .number({ error: 'Năm đầu phải là số' })
      .int({ error: 'Năm đầu phải là số nguyên' })
      .min(1945, { error: 'Năm đầu phải từ 1945 trở đi' })
      .max(2100, { error: 'Năm đầu không hợp lệ' }),
    yearTo: z.coerce
      .number({ error: 'Năm cuối phải là số' })
      .int({ error: 'Năm cuối phải là số nguyên' })
      .min(1945, { error: 'Năm cuối phải từ 1945 trở đi' })
      .max(2100, { error: 'Năm cuối không hợp lệ' }),
    /** Đơn vị nhận báo cáo as the organizer writes it (blank when unknown: a ward is not the statutory reporter). */
    receiver: z
      .string()
      .trim()
      .max(300, { error: 'Đơn vị nhận báo cáo không được dài quá 300 ký tự' })
      .default(''),
  })
  .refine((q) => q.yearTo >= q.yearFrom, { path: ['yearTo'], error: 'Năm cuối không được trước năm đầu' })
  .refine((q) => q.yearTo - q.yearFrom <= 50, { path: ['yearTo'], error: 'Khoảng năm không quá 50 năm' });

/** One statistics form filled: rows × columns of numbers as printed, with the form's header. */
export const statisticsFormView = z.object({
  code: z.string(),
  title: z.string(),
  circular: z.string(),
  /** The reporting period as printed ("Từ 01/12/2019 đến 30/11/2020"). */
  period: z.string(),
  /** `group`: the header over the split columns ("Chia ra"), '' for the total. */
  columns: z.array(z.object({ key: z.string(), label: z.string(), number: z.string(), group: z.string() })),
  /** Whether the form prints a "Đơn vị tính" column (C); else its unit line ("Đơn vị tính: Phong trào"). */
  unitColumn: z.boolean(),
  unitLine: z.string(),
  rows: z.array(
    z.object({
      key: z.string(),
      code: z.string(),
      label: z.string(),
      unit: z.string(),
      heading: z.boolean(),
      values: z.array(z.number().int().nullable()),
    }),
  ),
  /** What the organizer fills by hand (the register cannot know it), said plainly. */
  manual: z.boolean(),
  note: z.string(),
});
export type StatisticsFormView = z.infer<typeof statisticsFormView>;
export const statisticsView = z.object({
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  /** "Năm 2020" or "Năm 2019 - 2020". */
  yearLabel: z.string(),
  /** Đơn vị báo cáo: the organizer. */
  reporter: z.string(),
  /** Đơn vị nhận báo cáo: as asked, '' when unknown. */
  receiver: z.string(),
  forms: z.array(statisticsFormView),
});
export type StatisticsView = z.infer<typeof statisticsView>;
