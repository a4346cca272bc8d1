// Thống kê thi đua, khen thưởng: the statutory forms as dated data, the TĐKT reporting period, and
// the filling of a form from aggregated counts. Pure. Sources and how sure each part is:
// docs/research/tdkt-statistics-and-eligibility.md (§1). The layouts are SECONDARY (a vendor's
// rendering of the circulars' appendices); every form says in its `note` what is not verified.
import type { StatisticsFormView } from '../schemas/movements';

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

// ---- the reporting period ----------------------------------------------------------------------

export type ReportingPeriod = {
  /** First decision date counted: 01/12 of the year before yearFrom. */
  from: string;
  /** Last decision date counted: 30/11 of yearTo. */
  to: string;
  /** "Từ 01/12/2019 đến 30/11/2020" */
  label: string;
  /** "Năm 2020" or "Năm 2019 - 2020" */
  yearLabel: string;
};

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The TĐKT reporting year runs from 01/12 of the previous year to 30/11 (research §1.1), so the
 * years [yearFrom, yearTo] cover decisions dated (yearFrom-1)-12-01 … yearTo-11-30.
 */
export function reportingPeriod(yearFrom: number, yearTo: number): ReportingPeriod {
  const from = `${yearFrom - 1}-12-01`;
  const to = `${yearTo}-11-30`;
  return {
    from,
    to,
    label: `Từ ${dmy(from)} đến ${dmy(to)}`,
    yearLabel: yearFrom === yearTo ? `Năm ${yearTo}` : `Năm ${yearFrom} - ${yearTo}`,
  };
}

// ---- a movement's duration (form 0601 section 2) ------------------------------------------------

export const DURATION_BUCKETS = ['under_1', 'one', '1_to_3', '3_to_5', '5_plus'] as const;
export type DurationBucket = (typeof DURATION_BUCKETS)[number];

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * Thời hạn thi đua from the movement's dates, counted in whole months (start and end day both
 * included): under 12 months, exactly 12 ("1 năm"), then 1–3, 3–5, 5 years or more. A movement
 * without an end date is measured to `until` (the end of the reporting period).
 */
export function durationBucket(startDate: string, endDate: string | null, until: string): DurationBucket {
  const end = endDate ?? until;
  const months = Math.round((dayNumber(end) - dayNumber(startDate) + 1) / 30.4375);
  if (months < 12) return 'under_1';
  if (months === 12) return 'one';
  if (months < 36) return '1_to_3';
  if (months < 60) return '3_to_5';
  return '5_plus';
}

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

const validOn = (f: StatForm, date: string) =>
  f.validFrom <= date && (f.validTo === null || date <= f.validTo);

/**
 * The forms of the circular in force at the end of the period (30/11 of yearTo); before the
 * earliest circular known, that circular's forms (their note says the period starts earlier).
 */
export function formsForRange(yearFrom: number, yearTo: number): StatForm[] {
  const { to } = reportingPeriod(yearFrom, yearTo);
  const valid = STATISTICS_FORMS.filter((f) => validOn(f, to));
  if (valid.length > 0) return valid;
  const earliest = STATISTICS_FORMS.map((f) => f.validFrom).sort()[0];
  return STATISTICS_FORMS.filter((f) => f.validFrom === earliest);
}

// ---- filling a form -----------------------------------------------------------------------------

const matches = (m: Match | undefined, attrs: FactAttrs) =>
  m !== undefined &&
  Object.entries(m).every(([k, v]) => {
    const a = attrs[k] ?? null;
    return typeof v === 'string' ? a === v : a !== null && v.includes(a);
  });

/**
 * The form as printed: each row's count per column from the aggregated facts (the total column:
 * the facts that land in one of the form's columns); headings, rows the register cannot know and
 * manual forms stay blank (null).
 */
export function fillForm(form: StatForm, counts: StatCounts, period: ReportingPeriod): StatisticsFormView {
  const facts =
    form.source === 'movements' ? counts.movements : form.source === 'honours' ? counts.honours : [];
  const parts = form.columns.filter((c) => c.match);
  const sum = (rowMatch: Match, colMatch: Match | undefined) =>
    facts.reduce(
      (n, f) =>
        matches(rowMatch, f.attrs) &&
        (colMatch ? matches(colMatch, f.attrs) : parts.some((p) => matches(p.match, f.attrs)))
          ? n + f.count
          : n,
      0,
    );
  const early =
    period.from < form.validFrom
      ? ` Kỳ báo cáo bắt đầu trước ngày mẫu này có hiệu lực (${dmy(form.validFrom)}): số liệu trước đó cũng trình bày theo mẫu này.`
      : '';
  return {
    code: form.code,
    title: form.title,
    circular: form.circular,
    period: period.label,
    columns: form.columns.map(({ key, label, number, group }) => ({ key, label, number, group })),
    unitColumn: form.unitColumn,
    unitLine: form.unitLine,
    rows: form.rows.map((r) => ({
      key: r.key,
      code: r.code,
      label: r.label,
      unit: r.unit,
      heading: r.heading,
      values: form.columns.map((c) =>
        r.match === undefined || form.source === 'manual' ? null : sum(r.match, c.match),
      ),
    })),
    manual: form.source === 'manual',
    note: form.note + early,
  };
}
