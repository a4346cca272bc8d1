// The statutory TĐKT statistics forms as dated data: codes, titles, circular lines, rows and
// columns, and which facts each row and column counts (shared/rules/statistics-forms.ts fills them).
// Sources and how sure each part is: docs/research/tdkt-statistics-and-eligibility.md (§1 and the
// addendum). The layouts are SECONDARY (a vendor's rendering of the circulars' appendices); every
// form says in its `note` what is not verified.

/** Circular 02/2023/TT-BNV: in force from 10/5/2023. */
export const CIRCULAR_2023 = 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023';
/** Circular 03/2018/TT-BNV: its TĐKT forms until 02/2023 took over. */
export const CIRCULAR_2018 = 'Ban hành theo Thông tư số 03/2018/TT-BNV ngày 06/3/2018';

/** A fact's attributes (honours: statColumn, kind, category, method; movements: launchLevel, scope, duration, method). */
export type FactAttrs = Readonly<Record<string, string | null>>;
/** One group of the SQL GROUP BY: its attributes and how many. */
export type StatFact = { attrs: FactAttrs; count: number };
export type StatCounts = { movements: readonly StatFact[]; honours: readonly StatFact[] };

/** Which facts a row or column takes: every listed attribute equal to the value (or one of the values). */
export type Match = Readonly<Record<string, string | readonly string[]>>;

export type StatColumn = {
  key: string;
  label: string;
  /** As printed under the header: "1", "1=(2+3+4)", "2" … */
  number: string;
  /** The split columns' header ("Chia ra"); '' for the total. */
  group: string;
  /** Absent: the total column (every fact that lands in one of the form's other columns). */
  match?: Match;
};

export type StatRow = {
  key: string;
  /** Mã số ("01"); '' for a heading. */
  code: string;
  label: string;
  /** Đơn vị tính ("Người", "Tập thể"…), '' when the form has none for the row. */
  unit: string;
  heading: boolean;
  /** Which facts the row counts ({}: all of them); absent on headings and rows the register cannot know. */
  match?: Match;
};

export type StatForm = {
  code: string;
  title: string;
  circular: string;
  validFrom: string;
  validTo: string | null;
  source: 'movements' | 'honours' | 'manual';
  columns: readonly StatColumn[];
  rows: readonly StatRow[];
  unitColumn: boolean;
  unitLine: string;
  note: string;
};

// ---- the catalogue ------------------------------------------------------------------------------

const row = (code: string, label: string, unit: string, match?: Match): StatRow => ({
  key: `r${code}`,
  code,
  label,
  unit,
  heading: false,
  match,
});
const heading = (label: string): StatRow => ({ key: `h-${label}`, code: '', label, unit: '', heading: true });
const total = (number: string): StatColumn => ({ key: 'total', label: 'Tổng số', number, group: '' });
const split =
  (group: string, attr: string) =>
  (number: string, label: string, value: string): StatColumn => ({
    key: value,
    label,
    number,
    group,
    match: { [attr]: value },
  });

const MOVEMENT_LEVEL = 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua';
const level = split(MOVEMENT_LEVEL, 'launchLevel');
const LEVEL_CENTRAL = ['2', 'Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)', 'central'] as const;
const LEVEL_PROVINCE = [
  '3',
  'Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
  'ministry_province',
] as const;

const movementMethodRows = (thematic: string, regular: string, section: string) => [
  heading(`${section}. Chia theo phương thức tổ chức phong trào thi đua`),
  row(thematic, '- Thi đua theo chuyên đề', '', { method: 'thematic' }),
  row(regular, '- Thi đua thường xuyên hàng năm', '', { method: 'regular' }),
];

const F0601: StatForm = {
  code: '0601.N/BNV-TĐKT',
  title: 'Số phong trào thi đua',
  circular: CIRCULAR_2023,
  validFrom: '2023-05-10',
  validTo: null,
  source: 'movements',
  columns: [
    total('1=(2+3+4)'),
    level(...LEVEL_CENTRAL),
    level(...LEVEL_PROVINCE),
    level('4', 'Cơ quan, tổ chức, đơn vị', 'unit'),
  ],
  rows: [
    row('01', 'Tổng số', '', {}),
    heading('1. Chia theo phạm vi tổ chức thi đua'),
    row('02', '- Toàn quốc', '', { scope: 'national' }),
    row('03', '- Bộ, ban, ngành, đoàn thể, địa phương', '', { scope: 'sector_local' }),
    row('04', '- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức', '', {
      scope: 'cluster',
    }),
    row('05', '- Cơ quan, tổ chức, đơn vị', '', { scope: 'unit' }),
    heading('2. Chia theo thời hạn thi đua'),
    row('06', '- Dưới 1 năm', '', { duration: 'under_1' }),
    row('07', '- 1 năm', '', { duration: 'one' }),
    row('08', '- Từ 1 năm đến dưới 3 năm', '', { duration: '1_to_3' }),
    row('09', '- Từ 3 năm đến dưới 5 năm', '', { duration: '3_to_5' }),
    row('10', '- Từ 5 năm trở lên', '', { duration: '5_plus' }),
    ...movementMethodRows('11', '12', '3'),
  ],
  unitColumn: false,
  unitLine: 'Đơn vị tính: Phong trào',
  note:
    'Tính các phong trào diễn ra trong kỳ báo cáo (bắt đầu trước khi kỳ kết thúc, chưa kết thúc trước khi kỳ bắt đầu). ' +
    'Thời hạn tính từ ngày bắt đầu đến ngày kết thúc; phong trào chưa có ngày kết thúc tính đến hết kỳ báo cáo. ' +
    'Bố cục theo bản dựng biểu mẫu của một phần mềm thi đua, khen thưởng; chưa đối chiếu được với Phụ lục của Thông tư.',
};

const F0701: StatForm = {
  code: '0701.N/BNV-TĐKT',
  title: 'Số phong trào thi đua',
  circular: CIRCULAR_2018,
  validFrom: '2018-03-06',
  validTo: '2023-05-09',
  source: 'movements',
  columns: [total('1=(2+3)'), level(...LEVEL_CENTRAL), level(...LEVEL_PROVINCE)],
  rows: [
    row('01', 'Tổng số', '', {}),
    heading('1. Chia theo phạm vi đối tượng thi đua'),
    row('02', '- Toàn quốc', '', { scope: 'national' }),
    row('03', '- Bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương', '', {
      scope: 'sector_local',
    }),
    heading('2. Chia theo thời hạn thi đua'),
    row('06', '- Dưới 1 năm', '', { duration: 'under_1' }),
    row('07', '- 1 năm', '', { duration: 'one' }),
    row('08', '- Từ 1 năm đến dưới 3 năm', '', { duration: '1_to_3' }),
    row('09', '- Từ 3 năm trở lên', '', { duration: ['3_to_5', '5_plus'] }),
    ...movementMethodRows('10', '11', '3'),
  ],
  unitColumn: false,
  unitLine: 'Đơn vị tính: Phong trào',
  note:
    'Mẫu của Thông tư 03/2018/TT-BNV: chỉ có cột cấp Trung ương và cấp bộ, ngành, tỉnh, nên phong trào do cơ quan, tổ chức, đơn vị phát động không được tính; ' +
    'phạm vi cụm, khối và đơn vị không có dòng riêng. Bố cục theo bản dựng biểu mẫu của một phần mềm thi đua, khen thưởng; chưa đối chiếu được với Phụ lục của Thông tư.',
};

const stateColumn = split('Chia ra', 'statColumn');
const STATE_COLUMNS = [
  total('1'),
  stateColumn('2', 'Các loại huân chương, huy chương', 'state_order_medal'),
  stateColumn('3', 'Giải thưởng Hồ Chí Minh', 'state_hcm_prize'),
  stateColumn('4', 'Giải thưởng Nhà nước', 'state_prize'),
  stateColumn('5', 'Danh hiệu vinh dự nhà nước', 'state_honorary_title'),
  stateColumn('6', 'Cờ thi đua của Chính phủ', 'state_government_flag'),
  stateColumn('7', 'Bằng khen của Thủ tướng Chính phủ', 'state_pm_certificate'),
  stateColumn('8', 'Danh hiệu "Chiến sĩ thi đua toàn quốc"', 'state_national_fighter'),
  stateColumn('9', 'Các hình thức khen thưởng khác', 'state_other'),
];
const PROVINCE_BODIES = 'bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương';
const PROVINCE_COLUMNS = [
  total('1'),
  stateColumn('2', 'Bằng khen', 'province_certificate'),
  stateColumn('3', 'Chiến sĩ thi đua cấp bộ, cấp tỉnh', 'province_fighter'),
  stateColumn('4', `Cờ thi đua của ${PROVINCE_BODIES}`, 'province_flag'),
  stateColumn('5', `Huy hiệu (kỷ niệm chương) của ${PROVINCE_BODIES}`, 'province_badge'),
];

/** Section "Chia theo đối tượng khen thưởng", codes from `first` (tập thể) on. */
function subjectRows(first: number, section: string): StatRow[] {
  const code = (i: number) => String(first + i).padStart(2, '0');
  const person = (i: number, label: string, category: string) =>
    row(code(i), label, 'Người', { kind: 'individual', category });
  return [
    heading(`${section}. Chia theo đối tượng khen thưởng`),
    row(code(0), '- Tập thể', 'Tập thể', { kind: 'collective' }),
    row(code(1), 'Trong đó: Doanh nghiệp', 'Doanh nghiệp', { kind: 'collective', category: 'enterprise' }),
    row(code(2), '- Hộ gia đình', 'Hộ', { kind: 'household' }),
    row(code(3), '- Cá nhân', 'Người', { kind: 'individual' }),
    person(4, '+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên', 'leader_province'),
    person(5, '+ Lãnh đạo cấp vụ, sở, ngành và tương đương', 'leader_department'),
    person(6, '+ Doanh nhân', 'businessperson'),
    person(7, '+ Các cấp lãnh đạo khác từ phó phòng trở lên', 'leader_other'),
    person(
      8,
      '+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân, …)',
      'direct_worker',
    ),
  ];
}

/** Section "Chia theo phương thức khen thưởng", codes from `first` (thường xuyên) on. */
function honourMethodRows(first: number, section: string): StatRow[] {
  const methods: [string, string][] = [
    ['- Thường xuyên', 'regular'],
    ['- Chuyên đề', 'thematic'],
    ['- Đột xuất', 'adhoc'],
    ['- Đối ngoại', 'foreign'],
    ['- Cống hiến', 'dedication'],
    ['- Niên hạn', 'seniority'],
    ['- Kháng chiến', 'resistance'],
  ];
  return [
    heading(`${section}. Chia theo phương thức khen thưởng`),
    ...methods.map(([label, method], i) => row(String(first + i).padStart(2, '0'), label, '', { method })),
  ];
}

const HONOUR_NOTE =
  'Đếm các khen thưởng trong sổ có ngày quyết định trong kỳ báo cáo, trừ khen thưởng đã thu hồi, theo cột thống kê của từng hình thức ' +
  '(hình thức không gắn cột thống kê — Giấy khen, danh hiệu cấp xã… — không có cột trong biểu này). ' +
  'Mỗi nhóm hình thức gộp trong một cột (biểu gốc ghi riêng từng hình thức). Cá nhân chưa ghi đối tượng thống kê chỉ được tính ở dòng "Cá nhân". ' +
  'Bố cục theo bản dựng biểu mẫu của một phần mềm thi đua, khen thưởng; chưa đối chiếu được với Phụ lục của Thông tư.';
const TOTAL_ROW = row('01', 'Tổng số', '', {});

const stateRows = (): StatRow[] => [
  TOTAL_ROW,
  heading('1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng'),
  row('02', '- Bộ, ban, ngành, đoàn thể Trung ương', 'Bộ, ngành'),
  row('03', '- Tỉnh, thành phố trực thuộc Trung ương', 'Tỉnh, TP'),
  ...subjectRows(6, '2'),
  ...honourMethodRows(15, '3'),
];
const STATE_NOTE = `${HONOUR_NOTE} Dòng 02–03 (đơn vị trình Thủ tướng) sổ khen thưởng không ghi: để trống, điền tay.`;

const F0602: StatForm = {
  code: '0602.N/BNV-TĐKT',
  title: 'Số lượng khen thưởng cấp nhà nước',
  circular: CIRCULAR_2023,
  validFrom: '2023-05-10',
  validTo: null,
  source: 'honours',
  columns: STATE_COLUMNS,
  rows: stateRows(),
  unitColumn: true,
  unitLine: '',
  note: STATE_NOTE,
};
const F0702: StatForm = {
  ...F0602,
  code: '0702.N/BNV-TĐKT',
  circular: CIRCULAR_2018,
  validFrom: '2018-03-06',
  validTo: '2023-05-09',
};

const F0603: StatForm = {
  code: '0603.N/BNV-TĐKT',
  title:
    'Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh, thành phố trực thuộc Trung ương',
  circular: CIRCULAR_2023,
  validFrom: '2023-05-10',
  validTo: null,
  source: 'honours',
  columns: PROVINCE_COLUMNS,
  rows: [TOTAL_ROW, ...subjectRows(2, '1'), ...honourMethodRows(11, '3')],
  unitColumn: true,
  unitLine: '',
  note: `${HONOUR_NOTE} Mẫu nhảy từ mục 1 sang mục "3." như bản dựng; có mục 2 trong biểu gốc hay không chưa xác minh.`,
};
const F0703: StatForm = {
  ...F0603,
  code: '0703.N/BNV-TĐKT',
  circular: CIRCULAR_2018,
  validFrom: '2018-03-06',
  validTo: '2023-05-09',
  rows: [TOTAL_ROW, ...subjectRows(2, '1'), ...honourMethodRows(11, '2')],
  note: HONOUR_NOTE,
};

const MANUAL_NOTE = 'Sổ khen thưởng không có số liệu này: đơn vị tự điền.';
const quantity: StatColumn = { key: 'quantity', label: 'Số lượng', number: '1', group: '' };

const F0604: StatForm = {
  code: '0604.N/BNV-TĐKT',
  title: 'Số lượng tổ chức làm công tác thi đua, khen thưởng',
  circular: CIRCULAR_2023,
  validFrom: '2023-05-10',
  validTo: null,
  source: 'manual',
  columns: [quantity],
  rows: [
    row('01', 'Tổng số', 'Tổ chức'),
    heading('Chia theo cơ cấu tổ chức bộ máy'),
    row('02', '- Cấp Vụ thuộc bộ, ban, ngành, đoàn thể Trung ương', 'Vụ'),
    row('03', '- Cấp phòng, ban hoặc bộ phận thuộc Vụ', 'Phòng'),
    row('04', '- Cấp ban thuộc Sở Nội vụ', 'Ban'),
    row('05', '- Cấp phòng thuộc Sở Nội vụ', 'Phòng'),
  ],
  unitColumn: true,
  unitLine: '',
  note: `${MANUAL_NOTE} Biểu dành cho bộ, ban, ngành, đoàn thể Trung ương và tỉnh, thành phố.`,
};

const F0605: StatForm = {
  code: '0605.N/BNV-TĐKT',
  title: 'Số lượng công chức làm công tác thi đua, khen thưởng',
  circular: CIRCULAR_2023,
  validFrom: '2023-05-10',
  validTo: null,
  source: 'manual',
  columns: [quantity],
  rows: [row('01', 'Tổng số', 'Người')],
  unitColumn: true,
  unitLine: '',
  note: `${MANUAL_NOTE} Chỉ tiêu và cột của biểu này chưa xác minh được từ Thông tư: chỉ có dòng Tổng số.`,
};

/** Every form the product knows, each valid for the reporting periods ending in [validFrom, validTo]. */
export const STATISTICS_FORMS: readonly StatForm[] = [F0701, F0702, F0703, F0601, F0602, F0603, F0604, F0605];
