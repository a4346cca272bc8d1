// The Văn Yên preparation (seed III step 3, III.2): the budget estimate the office and the finance
// officer drew up, then the plan's tasks and logistics checklist ("Tạo từ kế hoạch"), all done by
// the conference of 31/3/2020 — it was held (the tasks by their due day, the checklist by 30/3).
import { eq, sql } from 'drizzle-orm';
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

export async function seedDemoPreparation(db: Db, demo: { conferenceId: string }) {
  const conf = await getConference(db, demo.conferenceId);
  if (!conf) throw new Error('demo conference missing');
  for (const [group, title, unit, quantity, unitPrice, actualAmount] of vanYenBudget) {
    const input = budgetLineInputSchema.parse({ group, title, unit, quantity, unitPrice, actualAmount });
    await createBudgetLine(db, null, conf, input);
  }
  await createTasksFromPlan(db, null, conf);
  // Everything was done in time: each task on its due day (or the conference's eve), the checklist
  // (invitations, certificates, flowers, water…) by the eve of the conference.
  await db
    .update(conferenceTasks)
    .set({
      status: 'done',
      // 16:00 in Vietnam (09:00 UTC) of the due day
      completedAt: sql`(coalesce(${conferenceTasks.dueDate}, '2020-03-30'::date) + time '09:00') AT TIME ZONE 'UTC'`,
    })
    .where(eq(conferenceTasks.conferenceId, conf.id));
}
