// What "Tạo từ kế hoạch" makes of the plan (pure): each milestone (III.1) and each
// responsibility (III.2) becomes a task; the conditions of III step 3 (văn nghệ, tài liệu, hội
// trường, ma-két, giấy mời, giấy chứng nhận, hoa, tiền thưởng, nước uống) become the logistics
// checklist, due a few days before the conference day. Each derived task has a fixed `slot`
// (stored as its sort order, with source 'plan') so running it again adds only what is missing,
// even after a task was renamed or re-dated.
import { conferenceDayOf } from '../../../shared/rules/lifecycle';
import { addDays } from '../../../shared/rules/tasks';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
import type { BudgetGroup, Role } from '../../../shared/schemas/enums';
import type { Plan } from '../../../shared/schemas/plan';
import type { TaskKind } from '../../../shared/schemas/preparation';

export type PlanMilestone = {
  id: string;
  startDate: string;
  endDate: string | null;
  title: string;
  responsible: string;
  kind: string;
  done: boolean;
};

export type PlanTask = {
  slot: number;
  kind: TaskKind;
  title: string;
  ownerRole: Role | null;
  ownerLabel: string;
  dueDate: string | null;
  status: 'todo' | 'done';
  notes: string;
  milestoneId: string | null;
  /** The budget group whose first line the task is linked to (its cost), if any. */
  budgetGroup: BudgetGroup | null;
};

const OFFICE = 'Văn phòng HĐND-UBND phường';
const CULTURE = 'Công chức Văn hóa - Xã hội';
const FINANCE = 'Công chức Tài chính - Kế toán';

/** III step 3, item by item: owner (per III.2) and days before the conference day. */
export const LOGISTICS_ITEMS: {
  title: string;
  role: Role;
  label: string;
  daysBefore: number;
  group: BudgetGroup | null;
  notes: string;
}[] = [
  {
    title: 'Văn nghệ chào mừng Hội nghị',
    role: 'culture_officer',
    label: CULTURE,
    daysBefore: 3,
    group: 'performances',
    notes: 'Tổng duyệt các tiết mục do các đơn vị được phân công chuẩn bị.',
  },
  {
    title: 'Tài liệu Hội nghị (báo cáo tổng kết, tham luận, chương trình)',
    role: 'secretary',
    label: OFFICE,
    daysBefore: 2,
    group: 'documents',
    notes: '',
  },
  {
    title: 'Hội trường (bàn ghế, âm thanh, ánh sáng, máy chiếu)',
    role: 'secretary',
    label: OFFICE,
    daysBefore: 1,
    group: 'hall',
    notes: '',
  },
  {
    title: 'Ma-két, phông nền Hội nghị',
    role: 'culture_officer',
    label: CULTURE,
    daysBefore: 2,
    group: 'backdrop',
    notes: 'Treo pano, áp phích tuyên truyền chào mừng Hội nghị.',
  },
  {
    title: 'Giấy mời đại biểu',
    role: 'secretary',
    label: OFFICE,
    daysBefore: 7,
    group: 'invitations',
    notes: '',
  },
  {
    title: 'Giấy chứng nhận, giấy khen',
    role: 'secretary',
    label: OFFICE,
    daysBefore: 3,
    group: 'certificates',
    notes: '',
  },
  {
    title: 'Hoa tươi (hoa trao tặng, hoa trang trí)',
    role: 'secretary',
    label: OFFICE,
    daysBefore: 1,
    group: 'flowers',
    notes: '',
  },
  {
    title: 'Tiền thưởng kèm theo các hình thức khen thưởng',
    role: 'finance_officer',
    label: FINANCE,
    daysBefore: 2,
    group: 'award',
    notes: 'Theo Quyết định khen thưởng (hệ số × mức lương cơ sở).',
  },
  {
    title: 'Nước uống phục vụ Hội nghị',
    role: 'secretary',
    label: OFFICE,
    daysBefore: 1,
    group: 'water',
    notes: '',
  },
];

/** Slot ranges: milestones 100+, responsibilities 200+, logistics 300+. */
export const SLOT = { milestone: 100, responsibility: 200, logistics: 300 } as const;

/** The role behind a milestone's "responsible" wording ("Văn phòng", "Hội đồng TĐKT", "Các đơn vị"). */
export function roleOfResponsible(text: string): Role | null {
  const f = foldVietnamese(text);
  if (f.includes('van phong') || f.includes('thu ky')) return 'secretary';
  if (f.includes('tai chinh')) return 'finance_officer';
  if (f.includes('van hoa')) return 'culture_officer';
  if (f.includes('hoi dong')) return 'council_chair';
  if (f.includes('don vi') || f.includes('to dan pho') || f.includes('ban nganh')) return 'unit_head';
  return null;
}

/** "Chỉ đạo, xây dựng …; Chủ trì …" → its first clause, capitalized, at most ~160 characters. */
export function dutyTitle(duties: string): string {
  const first = duties.split(/[;.](\s|$)/u)[0]!.trim();
  const cut = first.length > 160 ? `${first.slice(0, first.lastIndexOf(' ', 157))} …` : first;
  return cut.charAt(0).toLocaleUpperCase('vi') + cut.slice(1);
}

export function planTasks(plan: Plan, milestones: readonly PlanMilestone[]): PlanTask[] {
  const sorted = [...milestones].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const day = conferenceDayOf(sorted)?.date ?? null;
  const deadline = sorted.find((m) => m.kind === 'submission_deadline')?.startDate ?? null;
  const tasks: PlanTask[] = [];
  sorted.forEach((m, i) => {
    const title = m.title.charAt(0).toLocaleUpperCase('vi') + m.title.slice(1);
    tasks.push({
      slot: SLOT.milestone + i,
      kind: 'task',
      title: title.replace(/[.;]\s*$/u, ''),
      ownerRole: roleOfResponsible(m.responsible),
      ownerLabel: m.responsible,
      dueDate: m.endDate ?? m.startDate,
      status: m.done ? 'done' : 'todo',
      notes: '',
      milestoneId: m.id,
      budgetGroup: null,
    });
  });
  plan.responsibilities.forEach((r, i) => {
    tasks.push({
      slot: SLOT.responsibility + i,
      kind: 'task',
      title: dutyTitle(r.duties),
      ownerRole: r.role,
      ownerLabel: r.party,
      dueDate: r.role === 'unit_head' ? (deadline ?? day) : day,
      status: 'todo',
      notes: r.duties,
      milestoneId: null,
      budgetGroup: null,
    });
  });
  LOGISTICS_ITEMS.forEach((item, i) => {
    tasks.push({
      slot: SLOT.logistics + i,
      kind: 'logistics',
      title: item.title,
      ownerRole: item.role,
      ownerLabel: item.label,
      dueDate: day ? addDays(day, -item.daysBefore) : null,
      status: 'todo',
      notes: item.notes,
      milestoneId: null,
      budgetGroup: item.group,
    });
  });
  return tasks;
}
