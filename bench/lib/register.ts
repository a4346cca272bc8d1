// A province's twenty years of honours for the register benches, generated inside the database
// (INSERT … SELECT generate_series): `subjects` identities with plausible Vietnamese names (the
// folded name and its words computed here, as the app stores them), and `total` honours over
// 2005–2024, exactly `yearCount` of them in `year` (the statistics year), the others spread
// evenly over the other nineteen years. Decision dates fall in January–November, inside the TĐKT
// reporting year. Deterministic by index.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Đình', 'Đức', 'Hữu', 'Ngọc', 'Thanh', 'Minh', 'Quang', 'Xuân', 'Thu', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hường',
  'Hải',
  'Lan',
  'Long',
  'Mai',
  'Nga',
  'Phúc',
  'Quỳnh',
  'Sơn',
  'Thắng',
  'Tuyết',
  'Xuân',
  'Hà',
  'Hương',
  'Hùng',
  'Khánh',
  'Linh',
  'Loan',
  'Minh',
  'Nam',
  'Nhung',
  'Oanh',
  'Phương',
  'Quân',
  'Tâm',
  'Thảo',
  'Trang',
  'Trung',
  'Tú',
  'Vân',
  'Việt',
  'Yến',
  'Đức',
  'Giang',
  'Hạnh',
  'Huệ',
];
const UNITS = Array.from({ length: 120 }, (_, i) => (i < 60 ? `Phường Thử ${i + 1}` : `Xã Thử ${i - 59}`));

/** The register's forms in the bench (code, statistics column, applies to). */
export const BENCH_FORMS = [
  ['LDTT', 'Lao động tiên tiến', null, 'individual', 'commune'],
  ['CSTD-CS', 'Chiến sĩ thi đua cơ sở', null, 'individual', 'commune'],
  ['GK-CN', 'Giấy khen của Chủ tịch UBND', null, 'individual', 'commune'],
  ['BK-TINH', 'Bằng khen của Chủ tịch UBND tỉnh', 'province_certificate', 'individual', 'ministry_province'],
  ['CSTD-TINH', 'Chiến sĩ thi đua cấp tỉnh', 'province_fighter', 'individual', 'ministry_province'],
  ['HCLD3', 'Huân chương Lao động hạng Ba', 'state_order_medal', 'individual', 'state'],
] as const;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
const arr = (xs: readonly string[]) => sql.raw(`ARRAY[${xs.map((x) => `'${x}'`).join(',')}]::text[]`);

export const BENCH_UNITS = UNITS;
export const benchFamily = FAMILY;
export const benchMiddle = MIDDLE;
export const benchGiven = GIVEN;

/** The i-th subject's name parts (the same arithmetic as the SQL below). */
export function benchSubjectName(i: number): {
  name: string;
  folded: string;
  birthYear: number;
  unitName: string;
} {
  const f = FAMILY[i % FAMILY.length]!;
  const m = MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]!;
  const g = GIVEN[Math.floor(i / (FAMILY.length * MIDDLE.length)) % GIVEN.length]!;
  const name = `${f} ${m} ${g}`;
  return { name, folded: fold(name), birthYear: 1950 + (i % 50), unitName: UNITS[i % UNITS.length]! };
}

export async function generateRegister(
  db: Db,
  organizationId: string,
  opts: {
    subjects: number;
    total: number;
    year: number;
    yearCount: number;
    /** The organizer's units named UNITS (BENCH_UNITS), in order: subjects then belong to them. */
    unitIds?: string[];
  },
): Promise<void> {
  const { subjects, total, year, yearCount } = opts;
  const unitIds = opts.unitIds
    ? sql.raw(`ARRAY[${opts.unitIds.map((u) => `'${u}'`).join(',')}]::uuid[]`)
    : null;
  const fam = arr(FAMILY);
  const famF = arr(FAMILY.map(fold));
  const mid = arr(MIDDLE);
  const midF = arr(MIDDLE.map(fold));
  const giv = arr(GIVEN);
  const givF = arr(GIVEN.map(fold));
  const units = arr(UNITS);
  const nf = FAMILY.length;
  const nm = MIDDLE.length;
  const ng = GIVEN.length;
  await db.execute(sql`
    INSERT INTO honour_forms (organization_id, code, name, stat_column, applies_to, level)
    VALUES ${sql.join(
      BENCH_FORMS.map(
        ([code, name, col, to, level]) => sql`(${organizationId}, ${code}, ${name}, ${col}, ${to}, ${level})`,
      ),
      sql`, `,
    )}
    ON CONFLICT DO NOTHING`);
  await db.execute(sql`
    INSERT INTO honour_subjects (organization_id, kind, name, search_name, search_words, birth_year, gender,
                                 unit_id, unit_name, match_key, created_at)
    SELECT ${organizationId}, 'individual', n.name, n.folded, string_to_array(n.folded, ' '), n.by,
           CASE WHEN n.m = 2 OR n.m = 11 THEN 'female' ELSE 'male' END, n.unit_id, n.unit,
           'i|' || n.folded || '|' || n.by || '|' || coalesce('u:' || n.unit_id::text, 'n:' || n.unit_folded),
           timestamp '2000-01-01' + n.i * interval '1 second'
    FROM (
      SELECT i, i % ${nm * nf} / ${nf} AS m,
             (${fam})[1 + i % ${nf}] || ' ' || (${mid})[1 + (i / ${nf}) % ${nm}] || ' ' || (${giv})[1 + (i / ${nf * nm}) % ${ng}] AS name,
             (${famF})[1 + i % ${nf}] || ' ' || (${midF})[1 + (i / ${nf}) % ${nm}] || ' ' || (${givF})[1 + (i / ${nf * nm}) % ${ng}] AS folded,
             1950 + i % 50 AS by,
             (${units})[1 + i % ${UNITS.length}] AS unit,
             (${arr(UNITS.map(fold))})[1 + i % ${UNITS.length}] AS unit_folded,
             ${unitIds ? sql`(${unitIds})[1 + i % ${UNITS.length}]` : sql`NULL::uuid`} AS unit_id
      FROM generate_series(0, ${subjects - 1}) AS i
    ) n`);
  await db.execute(sql`
    CREATE TEMP TABLE bench_subject_order AS
    SELECT id, (row_number() OVER (ORDER BY created_at, id) - 1)::int AS k
    FROM honour_subjects WHERE organization_id = ${organizationId} AND created_at < timestamp '2001-01-01'`);
  await db.execute(sql`CREATE INDEX ON bench_subject_order (k)`);
  const others = Array.from({ length: 20 }, (_, k) => 2005 + k).filter((y) => y !== year);
  const codes = BENCH_FORMS.map((f) => f[0]);
  const names = BENCH_FORMS.map((f) => f[1]);
  const levels = BENCH_FORMS.map((f) => f[4]);
  await db.execute(sql`
    INSERT INTO honours (organization_id, subject_id, form_code, form_name, year, decision_number, decision_date,
                         signer_level, method, category, prize_amount, source)
    SELECT ${organizationId}, s.id, (${arr(codes)})[1 + h.f], (${arr(names)})[1 + h.f], h.y,
           h.i / 50 || '/QĐ-B' || h.y, make_date(h.y, 1 + h.i % 11, 1 + h.i % 28),
           (${arr(levels)})[1 + h.f],
           (ARRAY['regular','regular','regular','thematic','adhoc','seniority'])[1 + h.i % 6],
           (ARRAY[NULL,'direct_worker','leader_other','businessperson',NULL,'leader_department'])[1 + h.i % 6],
           540000, 'import'
    FROM (
      SELECT i, (i * 7 + i / 13) % ${codes.length} AS f,
             CASE WHEN i < ${yearCount} THEN ${year} ELSE (${sql.raw(`ARRAY[${others.join(',')}]`)})[1 + i % ${others.length}] END AS y
      FROM generate_series(0, ${total - 1}) AS i
    ) h
    JOIN bench_subject_order s ON s.k = h.i % ${subjects}`);
  await db.execute(sql`DROP TABLE bench_subject_order`);
  await db.execute(sql`ANALYZE honour_subjects`);
  await db.execute(sql`ANALYZE honours`);
}
