// The 2020 nominations of the Văn Yên demo history: what each unit sent (names invented,
// plausible; the seed names none) and each council member's paper. Every unit sent its report and
// at least one nominee; the council selected the first twelve (van-yen-history.ts).
import type { Choice } from '../../shared/schemas/review';

const REVIEW = { meetingDate: '2020-03-19', membersPresent: 9, votesFor: 9, votesTotal: 9 };

export const person = (
  form: string,
  fullName: string,
  gender: 'male' | 'female',
  birthYear: number,
  position: string,
  occupationGroup: string,
  summary: string,
) => ({
  form,
  input: {
    kind: 'individual',
    individual: {
      fullName,
      gender,
      birthYear,
      ethnicity: 'Kinh',
      position,
      occupationGroup,
      field: '',
      phone: '',
    },
    summaryHtml: `<p>${summary}</p>`,
    unitReview: REVIEW,
  },
});

export const collective = (
  form: string,
  name: string,
  headName: string,
  memberCount: number,
  women: number,
  summary: string,
) => ({
  form,
  input: {
    kind: 'collective',
    collective: { name, collectiveType: 'Tập thể', headName, memberCount, womenSharePercent: women },
    summaryHtml: `<p>${summary}</p>`,
    unitReview: REVIEW,
  },
});

/** Unit → its accepted nominations (names invented, plausible; the seed names none). */
export const NOMINATIONS: [unit: string, rows: ReturnType<typeof person | typeof collective>[]][] = [
  [
    'Tổ dân phố 5',
    [
      collective(
        'DHTT-TT',
        'Tổ dân phố 5',
        'Nguyễn Văn Tâm',
        312,
        52,
        'Dẫn đầu phong trào xây dựng đô thị văn minh, 100% hộ đạt gia đình văn hóa.',
      ),
      person(
        'DHTT-CN',
        'Trần Thị Hường',
        'female',
        1968,
        'Tổ trưởng tổ phụ nữ',
        'direct_producer',
        'Vận động hội viên tham gia vệ sinh môi trường, trồng cây xanh.',
      ),
    ],
  ],
  [
    'Tổ dân phố 3',
    [
      collective(
        'DHTT-TT',
        'Tổ dân phố 3',
        'Phạm Thị Liên',
        286,
        55,
        'Hoàn thành xuất sắc vận động hiến đất mở rộng đường ngõ xóm.',
      ),
      person(
        'DHTT-CN',
        'Nguyễn Văn Lợi',
        'male',
        1959,
        'Chi hội trưởng Cựu chiến binh',
        'other',
        'Gương người tốt việc tốt, hòa giải thành nhiều vụ việc ở cơ sở.',
      ),
    ],
  ],
  [
    'Hội LHPN phường',
    [
      collective(
        'DHTT-TT',
        'Hội Liên hiệp Phụ nữ phường Văn Yên',
        'Lê Thị Thanh Hương',
        1240,
        100,
        'Mô hình "Phụ nữ Văn Yên chung tay xây dựng đô thị văn minh".',
      ),
      person(
        'DHTT-CN',
        'Võ Thị Lan Anh',
        'female',
        1985,
        'Hội viên',
        'direct_producer',
        'Khởi nghiệp sản xuất sạch, tạo việc làm cho 12 lao động nữ.',
      ),
    ],
  ],
  [
    'Trường Tiểu học Văn Yên',
    [
      collective(
        'DHTT-TT',
        'Trường Tiểu học Văn Yên',
        'Nguyễn Thị Thủy',
        48,
        85,
        'Nhiều năm liền đạt trường tiên tiến xuất sắc, 100% học sinh hoàn thành chương trình.',
      ),
      person(
        'DHTT-CN',
        'Đặng Thị Thu Hà',
        'female',
        1979,
        'Giáo viên',
        'civil_servant',
        'Giáo viên dạy giỏi cấp tỉnh, sáng kiến kinh nghiệm cấp thành phố.',
      ),
    ],
  ],
  [
    'Công an phường',
    [
      collective(
        'DHTT-TT',
        'Công an phường Văn Yên',
        'Võ Văn Hùng',
        24,
        12,
        'Giữ vững an ninh trật tự, nhiều năm không để xảy ra tội phạm nghiêm trọng trên địa bàn.',
      ),
      person(
        'DHTT-CN',
        'Hoàng Văn Quân',
        'male',
        1988,
        'Cảnh sát khu vực',
        'other',
        'Đảm bảo an ninh trật tự địa bàn, vận động nhân dân giao nộp vũ khí.',
      ),
    ],
  ],
  [
    'Đoàn Thanh niên phường',
    [
      person(
        'DHTT-CN',
        'Hồ Đức Anh',
        'male',
        1993,
        'Bí thư Đoàn phường',
        'civil_servant',
        'Tổ chức thanh niên tình nguyện làm sạch môi trường, hiến máu nhân đạo.',
      ),
    ],
  ],
  [
    'Tổ dân phố 7',
    [
      person(
        'DHTT-CN',
        'Đinh Thị Hoa',
        'female',
        1962,
        'Hộ kinh doanh',
        'direct_producer',
        'Hộ kinh doanh giỏi, ủng hộ quỹ vì người nghèo nhiều năm liền.',
      ),
    ],
  ],
];

/**
 * The other ten units' nominees: accepted by the office, put to the same ballot, not selected
 * (three of nine members agreed: below the 70% the form requires).
 */
export const NOT_SELECTED: [unit: string, rows: ReturnType<typeof person | typeof collective>[]][] = [
  [
    'Văn phòng Cấp ủy Chính quyền phường',
    [
      person(
        'DHTT-CN',
        'Lê Thị Phương',
        'female',
        1986,
        'Công chức Văn phòng',
        'civil_servant',
        'Hoàn thành tốt nhiệm vụ tham mưu, cải cách hành chính.',
      ),
    ],
  ],
  [
    'Ủy ban MTTQ phường',
    [
      person(
        'DHTT-CN',
        'Trần Văn Thành',
        'male',
        1965,
        'Trưởng ban công tác Mặt trận',
        'other',
        'Vận động nhân dân xây dựng khu dân cư văn hóa.',
      ),
    ],
  ],
  [
    'Hội Cựu chiến binh phường',
    [
      person(
        'DHTT-CN',
        'Nguyễn Đình Quế',
        'male',
        1955,
        'Hội viên Cựu chiến binh',
        'direct_producer',
        'Phát triển kinh tế vườn, giúp hội viên thoát nghèo.',
      ),
    ],
  ],
  [
    'Hội Nông dân phường',
    [
      person(
        'DHTT-CN',
        'Phan Văn Tài',
        'male',
        1970,
        'Hội viên Hội Nông dân',
        'direct_producer',
        'Sản xuất rau an toàn, liên kết tiêu thụ cho nông dân.',
      ),
    ],
  ],
  [
    'Trường Mầm non Văn Yên',
    [
      person(
        'DHTT-CN',
        'Bùi Thị Ngọc',
        'female',
        1990,
        'Giáo viên',
        'civil_servant',
        'Giáo viên dạy giỏi cấp thành phố.',
      ),
    ],
  ],
  [
    'Tổ dân phố 1',
    [
      person(
        'DHTT-CN',
        'Trần Văn Cường',
        'male',
        1960,
        'Tổ trưởng tổ tự quản',
        'other',
        'Giữ gìn an ninh trật tự khu dân cư.',
      ),
    ],
  ],
  [
    'Tổ dân phố 2',
    [
      person(
        'DHTT-CN',
        'Lê Thị Sen',
        'female',
        1972,
        'Chi hội trưởng phụ nữ',
        'direct_producer',
        'Vận động hội viên phân loại rác tại nguồn.',
      ),
    ],
  ],
  [
    'Tổ dân phố 4',
    [
      person(
        'DHTT-CN',
        'Nguyễn Văn Khánh',
        'male',
        1958,
        'Trưởng ban công tác Mặt trận',
        'other',
        'Vận động làm đường giao thông ngõ xóm.',
      ),
    ],
  ],
  [
    'Tổ dân phố 6',
    [
      person(
        'DHTT-CN',
        'Hoàng Thị Lý',
        'female',
        1975,
        'Hộ kinh doanh',
        'direct_producer',
        'Kinh doanh giỏi, tích cực ủng hộ các quỹ xã hội.',
      ),
    ],
  ],
  [
    'Tổ dân phố 8',
    [
      person(
        'DHTT-CN',
        'Võ Văn Thắng',
        'male',
        1968,
        'Chi hội trưởng Cựu chiến binh',
        'other',
        'Gương mẫu trong phong trào xây dựng đô thị văn minh.',
      ),
    ],
  ],
];

/** The twelve selected: agree on all, with a few disagreements so the counts are real. */
const SELECTED_COUNT = NOMINATIONS.reduce((n, [, rows]) => n + rows.length, 0);

/** Member `member`'s choice on ballot item `item` (items in NOMINATIONS, then NOT_SELECTED order). */
export const paper = (member: number, item: number): Choice =>
  item >= SELECTED_COUNT
    ? member < 3
      ? 'agree'
      : 'disagree'
    : (member * 7 + item * 3) % 11 === 0
      ? 'disagree'
      : 'agree';
