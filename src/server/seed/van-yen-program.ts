// The demo's conference day: the performances the plan allocates (Trường Tiểu học 2, Trường
// Mầm non 1 of 1–2, Hội LHPN 1 of 1–2, Đoàn Thanh niên 1), then the agenda made from the plan's
// 13 items — the five speeches under the tham luận item when the history is seeded first — with
// a few presenters and who hands over the awards, so the MC script reads with names.
import { performanceInputSchema } from '../../shared/schemas/program';
import type { Db } from '../db/client';
import { getConference } from '../modules/conferences/data';
import { listAgendaItems, loadProgram } from '../modules/program/data';
import { createFromPlan, updateItem } from '../modules/program/mutations';
import { addPerformance } from '../modules/program/performance-mutations';

type Demo = { conferenceId: string; unitIds: Map<string, string> };

/** [unit, title, performers, minutes] */
export const VAN_YEN_PERFORMANCES: [string, string, string, number][] = [
  ['Trường Tiểu học Văn Yên', 'Múa: Em yêu trường em', 'Học sinh khối 4', 5],
  ['Trường Tiểu học Văn Yên', 'Hát: Việt Nam quê hương tôi', 'Tốp ca giáo viên', 5],
  ['Trường Mầm non Văn Yên', 'Múa: Chú bộ đội', 'Các bé lớp Lá', 4],
  ['Hội LHPN phường', 'Hát: Hà Tĩnh mình thương', 'Chi hội phụ nữ Tổ dân phố 3', 5],
  ['Đoàn Thanh niên phường', 'Tốp ca: Tuổi trẻ thế hệ Bác Hồ', 'Đoàn viên thanh niên phường', 5],
];

/** Presenters by the template item's kind (first item of the kind). */
const PRESENTERS: [kind: string, presenter: string][] = [
  ['report', 'Đồng chí Lê Đình Thắng, Chủ tịch UBND phường'],
  ['guidance', 'Đại diện lãnh đạo UBND thành phố Hà Tĩnh'],
  ['honoring', 'Đại diện Thường trực Hội đồng Thi đua - Khen thưởng'],
  ['closing', 'Đồng chí Lê Đình Thắng, Chủ tịch UBND phường'],
];

export async function seedDemoProgram(db: Db, demo: Demo) {
  const conf = (await getConference(db, demo.conferenceId))!;
  for (const [unit, title, performers, durationMinutes] of VAN_YEN_PERFORMANCES) {
    const unitId = demo.unitIds.get(unit) ?? null;
    await addPerformance(
      db,
      null,
      conf,
      performanceInputSchema.parse({ unitId, unitName: '', title, performers, durationMinutes }),
    );
  }
  await createFromPlan(db, null, conf);
  const items = await listAgendaItems(db, conf.id);
  const program = await loadProgram(db, conf);
  for (const [kind, presenter] of PRESENTERS) {
    const item = items.find((i) => i.kind === kind && !i.speechId && !i.performanceId);
    if (!item) continue;
    const handovers = (program.items.find((i) => i.id === item.id)?.callUp ?? []).flatMap((g) =>
      g.awardFormId
        ? [{ awardFormId: g.awardFormId, presenter: 'Đồng chí Lê Đình Thắng, Chủ tịch UBND phường' }]
        : [],
    );
    await updateItem({
      db,
      actor: null,
      conf,
      id: item.id,
      input: { presenter, ...(handovers.length ? { handovers } : {}), version: item.version },
    });
  }
}
