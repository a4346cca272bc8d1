/** The written sections of a unit's báo cáo đánh giá, as a unit head fills them in. */
export const unitReportSections = {
  movements: 'Phong trào "Xây dựng đô thị văn minh" được nhân dân hưởng ứng.',
  commendations: 'Khen thưởng 12 lượt cá nhân, 3 tập thể.',
  leadership: 'Chi bộ lãnh đạo sát sao.',
  shortcomings: 'Một số hộ chưa tham gia đầy đủ.',
  lessons: 'Phát huy vai trò người có uy tín.',
  directions: 'Tiếp tục nhân rộng mô hình phân loại rác.',
};
