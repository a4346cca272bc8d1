// Chuẩn bị hội nghị: công việc (tasks of the plan's timeline and the logistics checklist) and the
// budget estimate (dự trù kinh phí). Request schemas with Vietnamese field messages and the
// answer types the web app reads.
import { z } from 'zod';
import { budgetLineIssues } from '../rules/budget';
import type { Progress } from '../rules/tasks';
import { BUDGET_GROUPS, type BudgetGroup, ROLES } from './enums';

export { BUDGET_GROUPS, type BudgetGroup };

import { flags, isoDate, versionField } from './primitives';

export const TASK_KINDS = ['task', 'logistics'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['todo', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

const shortText = (field: string, max: number) =>
  z
    .string({ error: `${field} phải là chuỗi ký tự` })
    .trim()
    .max(max, { error: `${field} không được dài quá ${max} ký tự` });

const title = (field: string) => shortText(field, 500).min(1, { error: `${field} không được để trống` });

const nullableUuid = (field: string) =>
  z
    .uuid({ error: `${field} không hợp lệ` })
    .nullable()
    .default(null);

export const taskInputSchema = z.object({
  kind: z.enum(TASK_KINDS, { error: 'Loại công việc không hợp lệ' }).default('task'),
  title: title('Tên công việc'),
  ownerRole: z.enum(ROLES, { error: 'Vai trò phụ trách không hợp lệ' }).nullable().default(null),
  ownerUnitId: nullableUuid('Đơn vị phụ trách'),
  ownerUserId: nullableUuid('Người phụ trách'),
  ownerLabel: shortText('Bộ phận phụ trách', 300).default(''),
  dueDate: isoDate('Hạn hoàn thành').nullable().default(null),
  status: z.enum(TASK_STATUSES, { error: 'Trạng thái công việc không hợp lệ' }).default('todo'),
  notes: shortText('Ghi chú', 5000).default(''),
  budgetLineId: nullableUuid('Dòng dự trù kinh phí'),
});
export type TaskInput = z.infer<typeof taskInputSchema>;

export const taskUpdateSchema = taskInputSchema.extend({ version: versionField });
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;

/** What the owner of a task may change: its status and notes. */
export const taskStatusSchema = z.object({
  status: z.enum(TASK_STATUSES, { error: 'Trạng thái công việc không hợp lệ' }),
  notes: shortText('Ghi chú', 5000).optional(),
  version: versionField,
});
export type TaskStatusInput = z.infer<typeof taskStatusSchema>;

const money = (field: string) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? `${field} là bắt buộc` : `${field} phải là số`) })
    .int({ error: `${field} phải là số nguyên (đồng)` })
    .max(1_000_000_000_000, { error: `${field} quá lớn` });

/** Quantity and prices are checked by `budgetLineIssues`, whose messages name the line. */
const budgetLineObject = z.object({
  group: z.enum(BUDGET_GROUPS, { error: 'Nhóm chi không hợp lệ' }),
  title: title('Nội dung chi'),
  unit: shortText('Đơn vị tính', 50).default(''),
  quantity: z
    .number({ error: 'Số lượng phải là số' })
    .max(1_000_000_000, { error: 'Số lượng quá lớn' })
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
      error: 'Số lượng chỉ được có tối đa 2 chữ số thập phân',
    }),
  unitPrice: money('Đơn giá'),
  actualAmount: money('Thực chi').nullable().default(null),
  notes: shortText('Ghi chú', 2000).default(''),
});

function lineRules(line: Parameters<typeof budgetLineIssues>[0], ctx: z.RefinementCtx) {
  for (const issue of budgetLineIssues(line)) {
    ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  }
}

export const budgetLineInputSchema = budgetLineObject.superRefine(lineRules);
export type BudgetLineInput = z.infer<typeof budgetLineObject>;
export const budgetLineUpdateSchema = budgetLineObject
  .extend({ version: versionField })
  .superRefine(lineRules);
export type BudgetLineUpdate = z.infer<typeof budgetLineUpdateSchema>;

// ---- answers -------------------------------------------------------------------------------

export const taskView = z.object({
  id: z.string(),
  kind: z.enum(TASK_KINDS),
  title: z.string(),
  ownerRole: z.enum(ROLES).nullable(),
  ownerUnitId: z.string().nullable(),
  ownerUnitName: z.string().nullable(),
  ownerUserId: z.string().nullable(),
  ownerUserName: z.string().nullable(),
  /** The owner as the plan words it (may be empty). */
  ownerLabel: z.string(),
  /** Who does it, as shown: the plan's wording, else the person, unit or role. */
  ownerText: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  notes: z.string(),
  milestoneId: z.string().nullable(),
  budgetLineId: z.string().nullable(),
  budgetLineTitle: z.string().nullable(),
  source: z.enum(['plan', 'manual']),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  mine: z.boolean(),
  completedAt: z.string().nullable(),
  version: z.number().int(),
  permissions: flags('canEdit', 'canDelete', 'canSetStatus'),
});
export type TaskView = z.infer<typeof taskView>;

export const taskProgressView = z.object({
  total: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  percent: z.number(),
}) satisfies z.ZodType<Progress>;

export const taskListView = z.object({
  items: z.array(taskView),
  progress: z.object({ task: taskProgressView, logistics: taskProgressView }),
  conferenceDay: z.string().nullable(),
  today: z.string(),
  permissions: flags('canManage'),
});
export type TaskListView = z.infer<typeof taskListView>;

export const myTasksView = z.object({ items: z.array(taskView) });

/** Who may own a task: the organizer's active users and its units (the owner pickers). */
export const taskOwnersView = z.object({
  users: z.array(z.object({ id: z.string(), fullName: z.string() })),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TaskOwnersView = z.infer<typeof taskOwnersView>;

/** Tạo từ kế hoạch: tasks added now and those the plan gave before (idempotent). */
export const tasksFromPlanView = z.object({ added: z.number().int(), existing: z.number().int() });
