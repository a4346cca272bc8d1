// Demo: the Văn Yên delegate list at the seed's composition (II.2.3: at most 100; 70% exemplary
// delegates, 30% invited guests) — 70 exemplary delegates from the ward's units and 30 guests.
// Pure data; the names are invented, plausible ones (the seed names nobody). The demo has no
// council results yet, so no delegate links to an honoree; "Thêm người được vinh danh" adds them.
import type { DelegateInputRaw } from '../../shared/schemas/delegates';
import type { DelegateAttribute } from '../../shared/schemas/enums';

const SUBGROUPS = [
  'Đại diện tập thể và cá nhân Chiến sĩ thi đua, điển hình tiên tiến tiêu biểu xuất sắc',
  'Điển hình tiên tiến là công nhân, nông dân, người trực tiếp sản xuất, lao động',
  'Gương người tốt, việc tốt',
] as const;

// [full name, gender, unit, subgroup index, title]
type Row = [string, 'male' | 'female', string, 0 | 1 | 2, string];

const exemplaryRows: Row[] = [
  ['Nguyễn Văn An', 'male', 'Tổ dân phố 1', 1, 'Nông dân sản xuất giỏi'],
  ['Nguyễn Văn Bảo', 'male', 'Tổ dân phố 2', 1, 'Chủ hộ kinh doanh'],
  ['Nguyễn Văn Cường', 'male', 'Công an phường', 0, 'Cán bộ Công an phường'],
  ['Nguyễn Văn Đức', 'male', 'Hội Cựu chiến binh phường', 2, 'Hội viên Cựu chiến binh'],
  ['Nguyễn Văn Hậu', 'male', 'Tổ dân phố 6', 1, 'Thợ xây'],
  ['Nguyễn Thị Hường', 'female', 'Hội LHPN phường', 0, 'Chi hội trưởng Phụ nữ'],
  ['Nguyễn Thị Lan Anh', 'female', 'Trường Mầm non Văn Yên', 0, 'Giáo viên'],
  ['Trần Văn Khánh', 'male', 'Tổ dân phố 3', 1, 'Nông dân'],
  ['Trần Thị Mai', 'female', 'Trường Tiểu học Văn Yên', 0, 'Giáo viên'],
  ['Trần Đình Phong', 'male', 'Đoàn Thanh niên phường', 2, 'Đoàn viên'],
  ['Lê Văn Quang', 'male', 'Tổ dân phố 4', 1, 'Công nhân'],
  ['Lê Thị Thu', 'female', 'Tổ dân phố 7', 1, 'Tiểu thương'],
  ['Lê Thị Hồng Nhung', 'female', 'Ủy ban MTTQ phường', 0, 'Trưởng ban công tác Mặt trận'],
  ['Phạm Văn Tiến', 'male', 'Hội Nông dân phường', 1, 'Nông dân'],
  ['Phạm Thị Ngọc', 'female', 'Tổ dân phố 8', 2, 'Tình nguyện viên'],
  ['Hoàng Văn Toàn', 'male', 'Tổ dân phố 5', 1, 'Thợ cơ khí'],
  ['Hoàng Thị Yến', 'female', 'Hội LHPN phường', 1, 'Chủ cơ sở may'],
  ['Võ Văn Thành', 'male', 'Công an phường', 0, 'Công an viên'],
  ['Võ Thị Hạnh', 'female', 'Trường Tiểu học Văn Yên', 0, 'Tổng phụ trách Đội'],
  ['Đặng Văn Lực', 'male', 'Hội Cựu chiến binh phường', 1, 'Chủ trang trại'],
  ['Đặng Thị Kim Oanh', 'female', 'Văn phòng Cấp ủy Chính quyền phường', 0, 'Công chức'],
  ['Bùi Văn Sang', 'male', 'Tổ dân phố 1', 2, 'Người dân'],
  ['Bùi Thị Thảo', 'female', 'Tổ dân phố 2', 1, 'Nông dân'],
  ['Hồ Văn Nam', 'male', 'Đoàn Thanh niên phường', 1, 'Thanh niên khởi nghiệp'],
  ['Hồ Thị Phương', 'female', 'Trường Mầm non Văn Yên', 0, 'Giáo viên'],
  ['Đinh Văn Tuấn', 'male', 'Tổ dân phố 3', 1, 'Thợ mộc'],
  ['Đinh Thị Loan', 'female', 'Tổ dân phố 4', 2, 'Tổ trưởng tổ phụ nữ'],
  ['Phan Văn Hòa', 'male', 'Hội Nông dân phường', 1, 'Nông dân'],
  ['Phan Thị Dung', 'female', 'Ủy ban MTTQ phường', 2, 'Ủy viên Mặt trận'],
  ['Ngô Văn Kiên', 'male', 'Tổ dân phố 5', 1, 'Công nhân'],
  ['Ngô Thị Hiền', 'female', 'Tổ dân phố 6', 0, 'Trưởng ban công tác Mặt trận'],
  ['Dương Văn Thắng', 'male', 'Tổ dân phố 7', 1, 'Nông dân'],
  ['Dương Thị Vân', 'female', 'Hội LHPN phường', 2, 'Hội viên Phụ nữ'],
  ['Trương Văn Lâm', 'male', 'Tổ dân phố 8', 1, 'Thợ điện'],
  ['Trương Thị Huyền', 'female', 'Trường Tiểu học Văn Yên', 0, 'Giáo viên'],
  ['Nguyễn Đình Hiếu', 'male', 'Văn phòng Cấp ủy Chính quyền phường', 0, 'Công chức'],
  ['Nguyễn Thị Bích', 'female', 'Tổ dân phố 1', 1, 'Tiểu thương'],
  ['Trần Thị Thanh Tâm', 'female', 'Tổ dân phố 2', 2, 'Tình nguyện viên'],
  ['Lê Đình Hưng', 'male', 'Hội Cựu chiến binh phường', 0, 'Chi hội trưởng Cựu chiến binh'],
  ['Phạm Thị Hoa', 'female', 'Hội Nông dân phường', 1, 'Nông dân'],
  ['Hoàng Đình Trung', 'male', 'Công an phường', 2, 'Công an viên'],
  ['Võ Thị Lệ', 'female', 'Tổ dân phố 3', 1, 'Nông dân'],
  ['Đặng Đình Quý', 'male', 'Tổ dân phố 4', 1, 'Công nhân'],
  ['Bùi Thị Nhàn', 'female', 'Tổ dân phố 5', 2, 'Người dân'],
  ['Hồ Đình Vinh', 'male', 'Đoàn Thanh niên phường', 0, 'Bí thư Chi đoàn'],
  ['Đinh Thị Quyên', 'female', 'Trường Mầm non Văn Yên', 0, 'Giáo viên'],
  ['Phan Đình Tài', 'male', 'Tổ dân phố 6', 1, 'Thợ hàn'],
  ['Ngô Thị Thúy', 'female', 'Tổ dân phố 7', 1, 'Nông dân'],
  ['Dương Đình Khải', 'male', 'Tổ dân phố 8', 2, 'Người dân'],
  ['Trương Thị Sen', 'female', 'Hội LHPN phường', 1, 'Chủ hộ chăn nuôi'],
  ['Lê Văn Thông', 'male', 'Ủy ban MTTQ phường', 0, 'Ủy viên Mặt trận'],
  ['Trần Văn Hải', 'male', 'Tổ dân phố 1', 1, 'Ngư dân'],
  ['Phạm Văn Lộc', 'male', 'Tổ dân phố 2', 1, 'Nông dân'],
  ['Hoàng Thị Minh', 'female', 'Trường Tiểu học Văn Yên', 0, 'Hiệu phó'],
  ['Võ Đình Nghĩa', 'male', 'Tổ dân phố 3', 2, 'Người dân'],
  ['Đặng Thị Hằng', 'female', 'Tổ dân phố 4', 1, 'Công nhân'],
  ['Bùi Đình Sơn', 'male', 'Hội Cựu chiến binh phường', 1, 'Chủ trang trại'],
  ['Hồ Thị Liên', 'female', 'Tổ dân phố 5', 1, 'Nông dân'],
  ['Đinh Văn Dũng', 'male', 'Tổ dân phố 6', 0, 'Tổ trưởng Tổ dân phố'],
  ['Phan Thị Trang', 'female', 'Đoàn Thanh niên phường', 2, 'Đoàn viên'],
  ['Ngô Đình Tú', 'male', 'Tổ dân phố 7', 1, 'Thợ xây'],
  ['Dương Thị Nga', 'female', 'Tổ dân phố 8', 1, 'Tiểu thương'],
  ['Trương Văn Phúc', 'male', 'Hội Nông dân phường', 1, 'Nông dân'],
  ['Nguyễn Thị Xuân', 'female', 'Văn phòng Cấp ủy Chính quyền phường', 0, 'Công chức'],
  ['Trần Đình Lợi', 'male', 'Công an phường', 0, 'Cán bộ Công an phường'],
  ['Lê Thị Hải Yến', 'female', 'Hội LHPN phường', 2, 'Hội viên Phụ nữ'],
  ['Phạm Đình Chiến', 'male', 'Tổ dân phố 1', 1, 'Nông dân'],
  ['Hoàng Văn Thuận', 'male', 'Tổ dân phố 2', 2, 'Người dân'],
  ['Võ Thị Ánh', 'female', 'Trường Mầm non Văn Yên', 0, 'Giáo viên'],
  ['Đặng Văn Nhật', 'male', 'Tổ dân phố 3', 1, 'Công nhân'],
];

// [full name, gender, title, organization]
const guestRows: [string, 'male' | 'female', string, string][] = [
  ['Trần Văn Thọ', 'male', 'Phó Chủ tịch UBND thành phố', 'UBND thành phố Hà Tĩnh'],
  ['Nguyễn Thị Minh Châu', 'female', 'Trưởng phòng Nội vụ', 'UBND thành phố Hà Tĩnh'],
  ['Lê Văn Định', 'male', 'Phó Trưởng phòng Nội vụ', 'UBND thành phố Hà Tĩnh'],
  ['Phạm Thị Thu Hà', 'female', 'Chuyên viên Thi đua – Khen thưởng', 'UBND thành phố Hà Tĩnh'],
  ['Nguyễn Văn Kỳ', 'male', 'Bí thư Đảng ủy phường', 'Đảng ủy phường Văn Yên'],
  ['Hoàng Văn Tường', 'male', 'Phó Bí thư Thường trực Đảng ủy', 'Đảng ủy phường Văn Yên'],
  ['Võ Thị Hồng', 'female', 'Chủ tịch HĐND phường', 'HĐND phường Văn Yên'],
  ['Đặng Văn Hưng', 'male', 'Phó Chủ tịch HĐND phường', 'HĐND phường Văn Yên'],
  ['Bùi Văn Cảnh', 'male', 'Phó Chủ tịch UBND phường', 'UBND phường Văn Yên'],
  ['Hồ Thị Thanh', 'female', 'Chủ tịch Ủy ban MTTQ phường', 'Ủy ban MTTQ phường'],
  ['Nguyễn Văn Sỹ', 'male', 'Chủ tịch Hội Cựu chiến binh', 'Hội Cựu chiến binh phường'],
  ['Trần Thị Hương', 'female', 'Chủ tịch Hội LHPN phường', 'Hội LHPN phường'],
  ['Lê Đình Nam', 'male', 'Bí thư Đoàn Thanh niên phường', 'Đoàn Thanh niên phường'],
  ['Phạm Văn Thái', 'male', 'Chủ tịch Hội Nông dân phường', 'Hội Nông dân phường'],
  ['Hoàng Thị Lý', 'female', 'Hiệu trưởng', 'Trường Tiểu học Văn Yên'],
  ['Võ Văn Mạnh', 'male', 'Trưởng Công an phường', 'Công an phường'],
  ['Đặng Thị Thơ', 'female', 'Hiệu trưởng', 'Trường Mầm non Văn Yên'],
  ['Bùi Văn Khoa', 'male', 'Chỉ huy trưởng Ban Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự phường'],
  ['Hồ Văn Lương', 'male', 'Trạm trưởng Trạm Y tế', 'Trạm Y tế phường Văn Yên'],
  ['Đinh Thị Hà', 'female', 'Bí thư Chi bộ Tổ dân phố 5', 'Tổ dân phố 5'],
  ['Phan Văn Tùng', 'male', 'Giám đốc', 'Hợp tác xã Dịch vụ Văn Yên'],
  ['Ngô Thị Hoài', 'female', 'Giám đốc', 'Quỹ Tín dụng nhân dân phường'],
  ['Dương Văn Quyết', 'male', 'Phóng viên', 'Báo Hà Tĩnh'],
  ['Trương Thị Mỹ', 'female', 'Phóng viên', 'Đài Phát thanh – Truyền hình Hà Tĩnh'],
  ['Nguyễn Văn Thiện', 'male', 'Nguyên Chủ tịch UBND phường', 'Hội Người cao tuổi phường'],
  ['Trần Văn Đông', 'male', 'Chủ tịch Hội Người cao tuổi', 'Hội Người cao tuổi phường'],
  ['Lê Thị Kim', 'female', 'Chủ tịch Hội Chữ thập đỏ', 'Hội Chữ thập đỏ phường'],
  ['Phạm Đình Khang', 'male', 'Giám đốc', 'Công ty TNHH Xây dựng Hồng Lĩnh'],
  ['Hoàng Văn Bình', 'male', 'Trưởng khu phố văn hóa', 'Khu dân cư Bắc Văn Yên'],
  ['Võ Thị Tuyết', 'female', 'Chi hội trưởng Khuyến học', 'Hội Khuyến học phường'],
];

const seatOf = (i: number) => (i < 30 ? 'Khu B' : 'Khu C');

/** The demo's 100 delegates: 70 exemplary, then 30 guests (front rows, Khu A). */
export function vanYenDelegates(): DelegateInputRaw[] {
  const exemplary = exemplaryRows.map(([fullName, gender, unitName, subgroup, title], i) => {
    const attributes: DelegateAttribute[] = subgroup === 1 ? ['direct_worker'] : [];
    if (unitName === 'Đoàn Thanh niên phường') attributes.push('youth');
    return {
      category: 'exemplary',
      subgroup: SUBGROUPS[subgroup],
      fullName,
      gender,
      attributes,
      title,
      unitName,
      seatGroup: seatOf(i),
    };
  });
  const guests = guestRows.map(([fullName, gender, title, unitName]) => ({
    category: 'guest',
    fullName,
    gender,
    title,
    unitName,
    seatGroup: 'Khu A',
  }));
  return [...exemplary, ...guests];
}
