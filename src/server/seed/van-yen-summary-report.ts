// Báo cáo tổng kết of the demo: the 2020 conference's BC compiled from the units' seeded reports on
// 29/3/2020, each section written over by the office, then issued through the register (BC number,
// DOCX/PDF); the live conference's compiled as a draft with today's figures. Through the module's
// own mutations, audited as the secretary.
import type { SummarySectionKey } from '../../shared/schemas/summary-report';
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { getConference } from '../modules/conferences/data';
import { issueKind } from '../modules/documents/register-mutations';
import { compileReport, saveSection } from '../modules/summary-report/mutations';
import type { FileStore } from '../storage/files';
import type { StoryClock } from './story-clock';

/** The office's prose of the 2020 report (the commendations section keeps the compiled figures under it). */
export const HISTORY_REPORT_PROSE: Record<SummarySectionKey, string> = {
  movements: `Giai đoạn 2015 - 2020, phong trào thi đua yêu nước trên địa bàn phường được triển khai sâu rộng, gắn với việc thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh. Các tổ dân phố, cơ quan, đơn vị đã cụ thể hóa thành các phong trào thiết thực, phù hợp với điều kiện của từng nơi.

Các phong trào tiêu biểu:
- "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư": 17/17 tổ dân phố đạt danh hiệu Tổ dân phố văn hóa năm 2019.
- "Chung tay xây dựng đô thị văn minh": nhân dân hiến hơn 1.200 m² đất, đóng góp trên 2,5 tỷ đồng làm đường, rãnh thoát nước, điện chiếu sáng.
- "Ngày Chủ nhật xanh - sạch - đẹp": duy trì hằng tuần, thu hút trung bình 800 lượt người mỗi tháng.
- "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau": tỷ lệ hộ nghèo giảm từ 2,1% xuống còn 0,4%.`,
  commendations: `Công tác khen thưởng được thực hiện đúng quy định của Luật Thi đua, khen thưởng; việc bình xét bảo đảm công khai, dân chủ, đúng đối tượng, chú trọng khen thưởng người trực tiếp lao động, sản xuất, công tác ở cơ sở. Hồ sơ đề nghị của các đơn vị được Thường trực Hội đồng Thi đua - Khen thưởng thẩm định, niêm yết công khai trước khi trình Chủ tịch UBND phường quyết định.

Số liệu khen thưởng tại Hội nghị được tổng hợp tại các bảng dưới đây.`,
  leadership: `Đảng ủy, UBND phường thường xuyên quan tâm lãnh đạo, chỉ đạo công tác thi đua, khen thưởng; ban hành kế hoạch phát động thi đua hằng năm và theo chuyên đề. Ủy ban MTTQ và các đoàn thể phối hợp tuyên truyền, vận động hội viên, đoàn viên hưởng ứng; các tổ dân phố đưa nội dung thi đua vào hương ước, quy ước.

- Hội đồng Thi đua - Khen thưởng phường được kiện toàn, họp định kỳ 6 tháng và cuối năm.
- Việc sơ kết, tổng kết phong trào gắn với phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến.`,
  shortcomings: `Một số phong trào còn mang tính hình thức, chưa duy trì thường xuyên; việc phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến ở một số tổ dân phố chưa kịp thời. Tỷ lệ khen thưởng cho người trực tiếp lao động, sản xuất tuy đã tăng nhưng chưa tương xứng.

Nguyên nhân: một số cấp ủy, người đứng đầu chưa quan tâm đúng mức; cán bộ làm công tác thi đua, khen thưởng ở cơ sở còn kiêm nhiệm, thay đổi nhiều.`,
  lessons: `- Sự lãnh đạo của cấp ủy và vai trò nêu gương của người đứng đầu là yếu tố quyết định.
- Nội dung thi đua phải cụ thể, gắn với nhiệm vụ chính trị và lợi ích thiết thực của người dân.
- Khen thưởng kịp thời, công khai, đúng người, đúng việc; chú trọng người lao động trực tiếp.`,
  goals: `Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua; phấn đấu đến năm 2025 xây dựng phường Văn Yên đạt chuẩn đô thị văn minh, 100% tổ dân phố giữ vững danh hiệu Tổ dân phố văn hóa, không còn hộ nghèo theo chuẩn mới.`,
  contents: `- Đẩy mạnh phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" gắn với xây dựng đô thị văn minh.
- Thi đua phát triển kinh tế hộ, kinh doanh dịch vụ, tạo việc làm cho người lao động.
- Thi đua bảo đảm an ninh trật tự, vệ sinh môi trường, phòng, chống dịch bệnh.
- Thi đua cải cách hành chính, nâng cao chất lượng phục vụ người dân.`,
  solutions: `Tăng cường sự lãnh đạo của Đảng ủy, sự điều hành của UBND phường; phát huy vai trò của Ủy ban MTTQ và các đoàn thể trong tuyên truyền, vận động. Kiện toàn Hội đồng Thi đua - Khen thưởng, bồi dưỡng cán bộ làm công tác thi đua ở tổ dân phố; làm tốt công tác phát hiện, biểu dương và nhân rộng điển hình tiên tiến, nhất là người trực tiếp lao động, sản xuất.`,
};

/** The 2020 BC: compiled, written over section by section, issued on 29/3/2020. */
export async function seedHistorySummaryReport(
  db: Db,
  files: FileStore,
  conferenceId: string,
  clock: StoryClock,
) {
  const conf = (await getConference(db, conferenceId))!;
  const secretary = (await loadActor(db, (await findUserByUsername(db, 'thuky'))!.id))!;
  await clock.part('2020-03-29T08:00:00+07:00', 90);
  await compileReport({ db, actor: secretary, conf });
  for (const [key, body] of Object.entries(HISTORY_REPORT_PROSE) as [SummarySectionKey, string][])
    await saveSection({ db, actor: secretary, conf, key, body, version: 1 });
  await clock.part('2020-03-29T10:00:00+07:00');
  await issueKind(db, secretary, conf, files, {
    kind: 'summary_report',
    signerName: 'Lê Đình Thắng',
    signedAt: '2020-03-29T10:00:00+07:00',
    documentDate: '2020-03-29',
  });
}

/** The live conference's BC: compiled today from what the units have sent, nothing written yet. */
export async function seedLiveSummaryReport(db: Db, conferenceId: string) {
  const conf = (await getConference(db, conferenceId))!;
  const secretary = (await loadActor(db, (await findUserByUsername(db, 'thuky'))!.id))!;
  await compileReport({ db, actor: secretary, conf });
}
