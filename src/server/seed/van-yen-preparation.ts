// The Văn Yên preparation (seed III step 3, III.2): the budget estimate the office and the finance
// officer drew up, then the plan's tasks and logistics checklist ("Tạo từ kế hoạch"), with what
// was done by the 2020 dates marked done (the rest shows as overdue, as it would have been).
import { and, eq, lte } from 'drizzle-orm';
import { budgetLineInputSchema } from '../../shared/schemas/preparation';
import type { Db } from '../db/client';
import { conferenceTasks } from '../db/schema/index';
import { createBudgetLine } from '../modules/budget/mutations';
import { getConference } from '../modules/conferences/data';
import { createTasksFromPlan } from '../modules/preparation/mutations';

type Line = [
  group: string,
  title: string,
  unit: string,
  quantity: number,
  unitPrice: number,
  actual: number | null,
];

/** Dự trù kinh phí (besides the prize money, which is computed from the honorees). */
export const vanYenBudget: Line[] = [
  ['hall', 'Thuê âm thanh, ánh sáng, máy chiếu hội trường', 'buổi', 1, 3_000_000, 3_000_000],
  ['hall', 'Trang trí hội trường (khăn bàn, cờ, khẩu hiệu)', 'gói', 1, 1_500_000, null],
  ['backdrop', 'Ma-két, phông nền Hội nghị (in bạt)', 'm²', 24, 120_000, 2_880_000],
  ['documents', 'In, photo tài liệu Hội nghị', 'bộ', 120, 25_000, 2_950_000],
  ['invitations', 'In giấy mời đại biểu', 'cái', 100, 3_000, 300_000],
  ['certificates', 'Giấy khen và khung giấy khen', 'bộ', 30, 45_000, null],
  ['flowers', 'Hoa tươi trao tặng các điển hình', 'bó', 30, 80_000, null],
  ['flowers', 'Hoa trang trí bục, bàn đại biểu', 'gói', 1, 1_200_000, null],
  ['water', 'Nước uống (nước khoáng chai 500 ml)', 'thùng', 8, 95_000, null],
  ['performances', 'Bồi dưỡng các tiết mục văn nghệ chào mừng', 'tiết mục', 6, 300_000, null],
  ['other', 'Chi phục vụ, vệ sinh và chi khác', 'lần', 1, 500_000, null],
];

/** Checklist items already done in the demo (by title prefix). */
const DONE_LOGISTICS = ['Giấy mời', 'Ma-két'];

export async function seedDemoPreparation(db: Db, demo: { conferenceId: string }) {
  const conf = await getConference(db, demo.conferenceId);
  if (!conf) throw new Error('demo conference missing');
  for (const [group, title, unit, quantity, unitPrice, actualAmount] of vanYenBudget) {
    const input = budgetLineInputSchema.parse({ group, title, unit, quantity, unitPrice, actualAmount });
    await createBudgetLine(db, null, conf, input);
  }
  await createTasksFromPlan(db, null, conf);
  // What the office had done by the submission deadline (23/3/2020) is done.
  const doneAt = new Date('2020-03-23T17:00:00+07:00');
  await db
    .update(conferenceTasks)
    .set({ status: 'done', completedAt: doneAt })
    .where(
      and(
        eq(conferenceTasks.conferenceId, conf.id),
        eq(conferenceTasks.kind, 'task'),
        lte(conferenceTasks.dueDate, '2020-03-23'),
      ),
    );
  const logistics = await db
    .select({ id: conferenceTasks.id, title: conferenceTasks.title })
    .from(conferenceTasks)
    .where(and(eq(conferenceTasks.conferenceId, conf.id), eq(conferenceTasks.kind, 'logistics')));
  for (const t of logistics) {
    if (DONE_LOGISTICS.some((p) => t.title.startsWith(p))) {
      await db
        .update(conferenceTasks)
        .set({ status: 'done', completedAt: new Date('2020-03-27T16:00:00+07:00') })
        .where(eq(conferenceTasks.id, t.id));
    } else if (t.title.startsWith('Văn nghệ')) {
      await db.update(conferenceTasks).set({ status: 'in_progress' }).where(eq(conferenceTasks.id, t.id));
    }
  }
}
