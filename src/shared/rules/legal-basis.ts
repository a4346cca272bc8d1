// Căn cứ pháp lý of an award decision (Quyết định khen thưởng) by the chairman of a commune-level
// People's Committee: the laws in force on the decision date. The organizer may store its own
// lines instead (Cài đặt văn bản); these are the defaults.
//
// Facts (DOMAIN.md "Legal frame"): the Law on Emulation and Commendation 06/2022/QH15 is in force
// from 01/01/2024 (before: the 2003 law as amended in 2005 and 2013, detailed by Decree 91/2017);
// Decree 98/2023 detailed it until Decree 152/2025 replaced it from 01/7/2025. Not in DOMAIN.md,
// to be verified by the organizer: the Law on the Organization of Local Government 72/2025/QH15
// replaced the 2015 law (amended 2019) from 16/6/2025.

const LOCAL_GOVERNMENT_2015 =
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;';
const LOCAL_GOVERNMENT_2025 = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;';
const EMULATION_LAW_2003 =
  'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;';
const EMULATION_LAW_2022 = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;';
const DECREE_91_2017 =
  'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;';
const DECREE_98_2023 =
  'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;';
// The decree's signing date is left out: the clerk adds it (or any other line) in the settings.
const DECREE_152_2025 =
  'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;';

/** The default "Căn cứ" lines for a decision dated `date` (ISO yyyy-mm-dd). */
export function defaultDecisionLegalBasis(date: string): string[] {
  const localGovernment = date >= '2025-06-16' ? LOCAL_GOVERNMENT_2025 : LOCAL_GOVERNMENT_2015;
  if (date < '2024-01-01') return [localGovernment, EMULATION_LAW_2003, DECREE_91_2017];
  return [localGovernment, EMULATION_LAW_2022, date < '2025-07-01' ? DECREE_98_2023 : DECREE_152_2025];
}
