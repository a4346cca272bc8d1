// Sổ khen thưởng of the Văn Yên demo before the system: the ward's yearly titles and Giấy khen of
// 2016 – 2019, the city's and the province's certificates, one Prime Minister's certificate — for
// people and collectives who reappear in the 2020 history and the live conference (names, birth
// years and units as those seeds have them, so they are recognised as the same identities) — plus
// a few titles of the years just before the live conference (relative to its year). Built as an
// XLSX in code, in the import template's layout, and imported through the import mutation as the
// secretary; the higher-level forms go into the register's catalogue first.
//
// What the recent rows are for (the eligibility rules are the organizer's data, see
// shared/rules/eligibility.ts):
// - Lê Văn Đức (1991, Công an phường) and Nguyễn Thị Mai (1975, Tổ dân phố 5) were honoured as
//   "Điển hình tiên tiến" (DHTT-CN) last year: a "min_gap 2 years, same form" rule on DHTT-CN makes
//   them ineligible this year (Lê Văn Đức is a live nominee; tdp5 can nominate Nguyễn Thị Mai);
// - Trần Thị Mỹ Linh (1988, Trường Tiểu học Văn Yên, a live nominee) was Chiến sĩ thi đua cơ sở
//   three years ago and last year, not two years ago: a "3 consecutive years of CSTD-CS" rule fails
//   on the missing year.
import { todayInVietnam } from '../../shared/rules/timeline';
import type { HonourFormInput, HonourLevel } from '../../shared/schemas/honours';
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { listHonourForms } from '../modules/honours/data';
import { importHonours } from '../modules/honours/import-mutations';
import { createHonourForm } from '../modules/honours/mutations';
import { buildHonourTemplate, HONOUR_COLUMNS, type HonourColumn } from '../modules/honours/xlsx';
import { parseHonourSheet } from '../modules/honours/xlsx-import';
import { importRefusal } from '../xlsx/import-errors';
import { vanYenAwardForms } from './van-yen-awards';

const form = (
  code: string,
  name: string,
  appliesTo: HonourFormInput['appliesTo'],
  level: HonourLevel,
  statColumn: HonourFormInput['statColumn'] = null,
): HonourFormInput => ({ code, name, appliesTo, level, statColumn, validFrom: null, validTo: null });

/** The register's catalogue: the ward's own forms (as its conferences name them) and the higher levels'. */
export const PAST_HONOUR_FORMS: HonourFormInput[] = [
  ...vanYenAwardForms.map((f) => form(f.code, f.name, f.appliesTo, 'commune')),
  form('GK-TP-CN', 'Giấy khen của Chủ tịch UBND thành phố Hà Tĩnh (cá nhân)', 'individual', 'district'),
  form('GK-TP-TT', 'Giấy khen của Chủ tịch UBND thành phố Hà Tĩnh (tập thể)', 'collective', 'district'),
  form(
    'BK-TINH-CN',
    'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)',
    'individual',
    'ministry_province',
    'province_certificate',
  ),
  form(
    'BK-TINH-TT',
    'Bằng khen của Chủ tịch UBND tỉnh (tập thể)',
    'collective',
    'ministry_province',
    'province_certificate',
  ),
  form('CSTD-TINH', 'Chiến sĩ thi đua cấp tỉnh', 'individual', 'ministry_province', 'province_fighter'),
  form('CO-TINH', 'Cờ thi đua của UBND tỉnh', 'collective', 'ministry_province', 'province_flag'),
  form('HCLD3-CN', 'Huân chương Lao động hạng Ba (cá nhân)', 'individual', 'state', 'state_order_medal'),
  form('HCLD3-TT', 'Huân chương Lao động hạng Ba (tập thể)', 'collective', 'state', 'state_order_medal'),
  form(
    'BK-TTG-CN',
    'Bằng khen của Thủ tướng Chính phủ (cá nhân)',
    'individual',
    'state',
    'state_pm_certificate',
  ),
  form(
    'BK-TTG-TT',
    'Bằng khen của Thủ tướng Chính phủ (tập thể)',
    'collective',
    'state',
    'state_pm_certificate',
  ),
  form('CSTD-TQ', 'Chiến sĩ thi đua toàn quốc', 'individual', 'state', 'state_national_fighter'),
];

type Decision = { number: string; date: string; level: string; coefficient: Record<string, number> };

/** Mức lương cơ sở in force on a date (Decrees 47/2016, 47/2017, 72/2018, 38/2019, 24/2023, 73/2024). */
function baseSalary(date: string): number {
  const steps: [string, number][] = [
    ['2024-07-01', 2_340_000],
    ['2023-07-01', 1_800_000],
    ['2019-07-01', 1_490_000],
    ['2018-07-01', 1_390_000],
    ['2017-07-01', 1_300_000],
    ['2016-05-01', 1_210_000],
  ];
  return steps.find(([from]) => date >= from)?.[1] ?? 1_150_000;
}

/** Hệ số tiền thưởng of each form (Decree 91/2017, then 98/2023), × lương cơ sở. */
const COEFFICIENT: Record<string, number> = {
  LDTT: 0.3,
  'CSTD-CS': 1,
  'GK-CN': 0.3,
  'GK-TT': 0.6,
  TTLDTT: 0.8,
  TDPVH: 1.5,
  GDVH: 0.1,
  'DHTT-CN': 0.3,
  'GK-TP-CN': 0.3,
  'GK-TP-TT': 0.6,
  'BK-TINH-CN': 1,
  'BK-TINH-TT': 2,
  'CSTD-TINH': 3,
  'CO-TINH': 8,
  'BK-TTG-TT': 6,
};

const ward = (number: string, date: string): Omit<Decision, 'coefficient'> => ({
  number: `${number}/QĐ-UBND`,
  date,
  level: 'Xã, phường',
});

/** The decisions of the earlier years (ward: yearly titles A, Giấy khen B, văn hóa C). */
const D = {
  w16a: ward('215', '2016-12-20'),
  w16b: ward('218', '2016-12-26'),
  w16c: ward('220', '2016-12-28'),
  w17a: ward('198', '2017-12-18'),
  w17b: ward('201', '2017-12-22'),
  w17c: ward('205', '2017-12-27'),
  w18a: ward('230', '2018-12-19'),
  w18b: ward('232', '2018-12-24'),
  w18c: ward('236', '2018-12-28'),
  w19a: ward('245', '2019-12-18'),
  w19b: ward('247', '2019-12-23'),
  w19c: ward('251', '2019-12-27'),
  c17: { number: '1520/QĐ-UBND', date: '2018-01-10', level: 'Huyện, thành phố thuộc tỉnh' },
  c19: { number: '1874/QĐ-UBND', date: '2019-12-30', level: 'Huyện, thành phố thuộc tỉnh' },
  p17: { number: '3712/QĐ-UBND', date: '2017-11-28', level: 'Bộ, ngành, tỉnh' },
  p18: { number: '120/QĐ-UBND', date: '2019-01-14', level: 'Bộ, ngành, tỉnh' },
  p19: { number: '3950/QĐ-UBND', date: '2019-12-05', level: 'Bộ, ngành, tỉnh' },
  s19: { number: '1655/QĐ-TTg', date: '2019-11-20', level: 'Nhà nước' },
};

type Who = [kind: string, name: string, birthYear: number | null, gender: string, unit: string];
const P = (name: string, birthYear: number, gender: 'Nam' | 'Nữ', unit: string): Who => [
  'Cá nhân',
  name,
  birthYear,
  gender,
  unit,
];
const T = (name: string, unit: string): Who => ['Tập thể', name, null, '', unit];
const H = (name: string, unit: string): Who => ['Hộ gia đình', name, null, '', unit];

type Row = { who: Who; code: string; year: number; d: Omit<Decision, 'coefficient'>; achievement?: string };

const HUONG = P('Trần Thị Hường', 1968, 'Nữ', 'Tổ dân phố 5');
const THU_HA = P('Đặng Thị Thu Hà', 1979, 'Nữ', 'Trường Tiểu học Văn Yên');
const MY_LINH = P('Trần Thị Mỹ Linh', 1988, 'Nữ', 'Trường Tiểu học Văn Yên');
const DUC = P('Lê Văn Đức', 1991, 'Nam', 'Công an phường');
const MAI = P('Nguyễn Thị Mai', 1975, 'Nữ', 'Tổ dân phố 5');
const QUAN = P('Hoàng Văn Quân', 1988, 'Nam', 'Công an phường');
const PHUONG = P('Lê Thị Phương', 1986, 'Nữ', 'Văn phòng Cấp ủy Chính quyền phường');
const NGOC = P('Bùi Thị Ngọc', 1990, 'Nữ', 'Trường Mầm non Văn Yên');
const TDP5 = T('Tổ dân phố 5', 'Tổ dân phố 5');
const CONG_AN = T('Công an phường Văn Yên', 'Công an phường');
const TIEU_HOC = T('Trường Tiểu học Văn Yên', 'Trường Tiểu học Văn Yên');
const MAM_NON = T('Trường Mầm non Văn Yên', 'Trường Mầm non Văn Yên');

const each = (who: Who, code: string, years: [number, Row['d']][], achievement?: string): Row[] =>
  years.map(([year, d]) => ({ who, code, year, d, achievement }));

/** 2016 – 2019: 27 people, collectives and households; some reappear in 2020 and in the live conference. */
const EARLIER: Row[] = [
  ...each(
    HUONG,
    'GK-CN',
    [
      [2017, D.w17b],
      [2019, D.w19b],
    ],
    'Vận động hội viên giữ gìn vệ sinh môi trường khu dân cư',
  ),
  ...each(
    P('Nguyễn Văn Lợi', 1959, 'Nam', 'Tổ dân phố 3'),
    'GK-CN',
    [[2018, D.w18b]],
    'Hòa giải thành ở cơ sở',
  ),
  ...each(P('Võ Thị Lan Anh', 1985, 'Nữ', 'Hội LHPN phường'), 'GK-TP-CN', [[2017, D.c17]]),
  ...each(P('Võ Thị Lan Anh', 1985, 'Nữ', 'Hội LHPN phường'), 'GK-CN', [[2019, D.w19b]]),
  ...each(THU_HA, 'LDTT', [
    [2016, D.w16a],
    [2017, D.w17a],
    [2018, D.w18a],
    [2019, D.w19a],
  ]),
  ...each(
    THU_HA,
    'CSTD-CS',
    [
      [2017, D.w17a],
      [2018, D.w18a],
      [2019, D.w19a],
    ],
    'Sáng kiến "Dạy học phân hóa theo năng lực học sinh" được công nhận cấp thành phố',
  ),
  ...each(THU_HA, 'BK-TINH-CN', [[2019, D.p19]], 'Giáo viên dạy giỏi cấp tỉnh'),
  // the same teacher typed with another birth year: a likely duplicate for the review screen
  ...each(P('Đặng Thị Thu Hà', 1980, 'Nữ', 'Trường Tiểu học Văn Yên'), 'GK-CN', [[2016, D.w16b]]),
  ...each(QUAN, 'LDTT', [
    [2017, D.w17a],
    [2018, D.w18a],
    [2019, D.w19a],
  ]),
  ...each(QUAN, 'CSTD-CS', [[2019, D.w19a]]),
  ...each(QUAN, 'GK-TP-CN', [[2019, D.c19]], 'Vận động nhân dân giao nộp vũ khí, vật liệu nổ'),
  ...each(P('Hồ Đức Anh', 1993, 'Nam', 'Đoàn Thanh niên phường'), 'LDTT', [
    [2018, D.w18a],
    [2019, D.w19a],
  ]),
  ...each(PHUONG, 'LDTT', [
    [2016, D.w16a],
    [2017, D.w17a],
    [2018, D.w18a],
    [2019, D.w19a],
  ]),
  ...each(PHUONG, 'CSTD-CS', [[2018, D.w18a]], 'Tham mưu cải cách hành chính một cửa'),
  ...each(NGOC, 'LDTT', [
    [2017, D.w17a],
    [2018, D.w18a],
    [2019, D.w19a],
  ]),
  ...each(P('Trần Văn Thành', 1965, 'Nam', 'Ủy ban MTTQ phường'), 'GK-CN', [[2017, D.w17b]]),
  ...each(P('Nguyễn Đình Quế', 1955, 'Nam', 'Hội Cựu chiến binh phường'), 'GK-TP-CN', [[2017, D.c17]]),
  ...each(P('Phan Văn Tài', 1970, 'Nam', 'Hội Nông dân phường'), 'GK-CN', [[2018, D.w18b]]),
  ...each(
    P('Phạm Văn Hòa', 1962, 'Nam', 'Tổ dân phố 3'),
    'GK-CN',
    [
      [2016, D.w16b],
      [2019, D.w19b],
    ],
    'Vận động nhân dân hiến đất làm đường ngõ xóm',
  ),
  ...each(P('Nguyễn Thị Hạnh', 1984, 'Nữ', 'Hội LHPN phường'), 'GK-CN', [[2018, D.w18b]]),
  ...each(MY_LINH, 'LDTT', [
    [2016, D.w16a],
    [2017, D.w17a],
    [2018, D.w18a],
    [2019, D.w19a],
  ]),
  ...each(MY_LINH, 'CSTD-CS', [[2019, D.w19a]]),
  ...each(DUC, 'LDTT', [[2019, D.w19a]]),
  ...each(P('Hoàng Văn Sơn', 1966, 'Nam', 'Tổ dân phố 1'), 'GK-CN', [[2017, D.w17b]]),
  ...each(MAI, 'GK-CN', [[2018, D.w18b]], 'Tích cực tham gia phong trào xây dựng đô thị văn minh'),
  ...each(
    P('Nguyễn Văn Hải', 1972, 'Nam', 'Công ty TNHH Thương mại Hồng Lĩnh'),
    'GK-CN',
    [[2018, D.w18b]],
    'Ủng hộ xây dựng nhà văn hóa tổ dân phố',
  ),
  ...each(TDP5, 'TDPVH', [
    [2016, D.w16c],
    [2017, D.w17c],
    [2018, D.w18c],
    [2019, D.w19c],
  ]),
  ...each(TDP5, 'GK-TP-TT', [[2019, D.c19]], 'Dẫn đầu phong trào xây dựng đô thị văn minh'),
  ...each(T('Tổ dân phố 3', 'Tổ dân phố 3'), 'TDPVH', [
    [2017, D.w17c],
    [2018, D.w18c],
  ]),
  ...each(H('Hộ bà Đinh Thị Hoa', 'Tổ dân phố 7'), 'GDVH', [
    [2017, D.w17c],
    [2018, D.w18c],
    [2019, D.w19c],
  ]),
  ...each(CONG_AN, 'TTLDTT', [
    [2016, D.w16a],
    [2017, D.w17a],
    [2018, D.w18a],
    [2019, D.w19a],
  ]),
  ...each(
    CONG_AN,
    'BK-TINH-TT',
    [[2017, D.p17]],
    'Thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc',
  ),
  ...each(TIEU_HOC, 'TTLDTT', [
    [2016, D.w16a],
    [2017, D.w17a],
    [2018, D.w18a],
    [2019, D.w19a],
  ]),
  ...each(TIEU_HOC, 'CO-TINH', [[2018, D.p18]], 'Đơn vị dẫn đầu khối thi đua giáo dục tiểu học'),
  ...each(TIEU_HOC, 'BK-TTG-TT', [[2019, D.s19]], 'Thành tích xuất sắc trong công tác giáo dục và đào tạo'),
  ...each(P('Nguyễn Thị Thủy', 1975, 'Nữ', 'Trường Tiểu học Văn Yên'), 'CSTD-TINH', [[2018, D.p18]]),
  ...each(MAM_NON, 'TTLDTT', [
    [2018, D.w18a],
    [2019, D.w19a],
  ]),
  ...each(T('Hội Liên hiệp Phụ nữ phường Văn Yên', 'Hội LHPN phường'), 'GK-TP-TT', [[2017, D.c17]]),
];

/** The years just before the live conference (`liveYear`): see the header. */
function recent(liveYear: number): Row[] {
  const titles = (y: number, n: string, md: string) => ward(n, `${y}-${md}`);
  const [y3, y2, y1] = [liveYear - 3, liveYear - 2, liveYear - 1];
  const a3 = titles(y3, '312', '12-18');
  const a2 = titles(y2, '298', '12-17');
  const a1 = titles(y1, '305', '12-16');
  const dhtt = titles(y1, '142', '08-15');
  const thematic =
    'Điển hình tiên tiến phong trào "Toàn dân bảo vệ an ninh Tổ quốc" và "Toàn dân đoàn kết xây dựng đời sống văn hóa"';
  return [
    ...each(MY_LINH, 'LDTT', [
      [y3, a3],
      [y2, a2],
      [y1, a1],
    ]),
    ...each(
      MY_LINH,
      'CSTD-CS',
      [
        [y3, a3],
        [y1, a1],
      ],
      'Giáo viên dạy giỏi cấp tỉnh',
    ),
    ...each(DUC, 'LDTT', [
      [y2, a2],
      [y1, a1],
    ]),
    ...each(DUC, 'DHTT-CN', [[y1, dhtt]], thematic),
    ...each(MAI, 'DHTT-CN', [[y1, dhtt]], thematic),
  ];
}

/** The rows of the demo's workbook, in the template's column order. */
export function pastHonourRows(liveYear: number): (string | number | null)[][] {
  const rows = [...EARLIER, ...recent(liveYear)];
  return rows.map((r, i) => {
    const [kind, name, birthYear, gender, unit] = r.who;
    const coefficient = COEFFICIENT[r.code] ?? 0;
    const values: Record<HonourColumn, string | number | null> = {
      stt: i + 1,
      kind,
      name,
      birthYear,
      gender,
      unitName: unit,
      formCode: r.code,
      year: r.year,
      decisionNumber: r.d.number,
      decisionDate: r.d.date.split('-').reverse().join('/'),
      signerLevel: r.d.level,
      method: 'Thường xuyên',
      category: null,
      achievement: r.achievement ?? '',
      achievementRef: '',
      prizeAmount: Math.round(coefficient * baseSalary(r.d.date)) || null,
    };
    return HONOUR_COLUMNS.map((k) => values[k]);
  });
}

/** The workbook the demo imports (and the E2E uploads: tests/fixtures/past-honours.xlsx). */
export function buildPastHonoursWorkbook(liveYear: number): Promise<Buffer> {
  return buildHonourTemplate({
    organizationName: 'UBND phường Văn Yên',
    forms: PAST_HONOUR_FORMS,
    rows: pastHonourRows(liveYear),
  });
}

/** The year of the live conference the demo seeds (today's, in Vietnam). */
export const liveYearOf = (today = todayInVietnam()) => Number(today.slice(0, 4));

async function demoSecretary(db: Db) {
  const user = await findUserByUsername(db, 'thuky');
  const secretary = user && (await loadActor(db, user.id));
  if (!secretary) throw new Error('The demo secretary (thuky) is missing');
  return secretary;
}

/**
 * The register's catalogue of the demo: the ward's forms and the higher levels' (those it lacks),
 * added as the secretary. Needed before any import of earlier decisions (the E2E's upload too).
 */
export async function seedHonourForms(db: Db, demo: { organizationId: string }) {
  const secretary = await demoSecretary(db);
  const have = new Set((await listHonourForms(db, demo.organizationId)).map((f) => f.code));
  for (const f of PAST_HONOUR_FORMS) {
    if (!have.has(f.code)) await createHonourForm(db, secretary, demo.organizationId, f);
  }
}

/**
 * Seeds the catalogue (seedHonourForms) and imports the earlier honours through the import, as
 * the secretary. Returns what the import reports.
 */
export async function seedPastHonours(
  db: Db,
  demo: { organizationId: string },
  opts: { liveYear?: number } = {},
) {
  await seedHonourForms(db, demo);
  const bytes = await buildPastHonoursWorkbook(opts.liveYear ?? liveYearOf());
  const parsed = await parseHonourSheet(bytes, PAST_HONOUR_FORMS);
  if (!parsed.ok) throw importRefusal(parsed.errors);
  const secretary = await demoSecretary(db);
  return importHonours({ db, actor: secretary, organizationId: demo.organizationId, rows: parsed.rows });
}
