// Nominee lists for the import and list benches: varied valid rows (individuals and collectives,
// the demo's award form names, both genders, every occupation group), filled into a unit's real
// template (GET …/template.xlsx) and posted to the import route, as a unit would.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client';
import type { AppInstance } from '../../src/server/http/app-types';
import { OCCUPATION_GROUP_LABELS } from '../../src/server/modules/nominations/xlsx';
import { vanYenAwardForms } from '../../src/server/seed/van-yen-awards';
import { multipartFile } from '../../tests/helpers/nominations';
import { fillTemplate, type TemplateRow } from '../../tests/helpers/xlsx';
import { type BenchDatabase, type Demo, login, setSubmissionDeadline } from './app';

const INDIVIDUAL_FORMS = vanYenAwardForms.filter((f) => f.appliesTo === 'individual').map((f) => f.name);
const COLLECTIVE_FORMS = vanYenAwardForms.filter((f) => f.appliesTo === 'collective').map((f) => f.name);
const HOUSEHOLD_FORMS = vanYenAwardForms.filter((f) => f.appliesTo === 'household').map((f) => f.name);
const GROUPS = Object.values(OCCUPATION_GROUP_LABELS);

// Surnames weighted roughly as in Vietnam (Nguyễn most common).
const SURNAMES = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Phan'].concat([
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
]);
const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Công', 'Xuân'];
const FEMALE_MIDDLE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Thị Thu', 'Kim', 'Phương'];
const MALE_GIVEN = ['Nam', 'Hùng', 'Dũng', 'Long', 'Sơn', 'Quang', 'Phúc', 'Tâm', 'Bình', 'Hưởng'];
const FEMALE_GIVEN = ['Hường', 'Hương', 'Lan', 'Mai', 'Trang', 'Hà', 'Thảo', 'Yến', 'Linh', 'Châu', 'Cúc'];
const POSITIONS = [
  'Tổ trưởng tổ dân phố',
  'Chi hội trưởng phụ nữ',
  'Bí thư chi bộ',
  'Công nhân may',
  'Giáo viên tiểu học',
  'Hộ kinh doanh',
  'Trưởng ban công tác mặt trận',
  'Đoàn viên thanh niên',
];
const FIELDS = ['Xây dựng đô thị văn minh', 'Văn hóa - xã hội', 'Kinh tế', 'An ninh trật tự', 'Giáo dục'];
const COLLECTIVE_TYPES = ['Chi hội Phụ nữ', 'Chi đoàn', 'Chi hội Cựu chiến binh', 'Tổ dân phố', 'Trường học'];
const ACHIEVEMENTS = [
  'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
  'Tích cực vận động nhân dân tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".',
  'Vận động 100% hộ gia đình phân loại rác tại nguồn.',
  'Hoàn thành xuất sắc nhiệm vụ được giao, được nhân dân tín nhiệm.',
  'Đóng góp 12 triệu đồng và 40 ngày công làm đường giao thông nông thôn.',
  'Nhiều năm liền đạt danh hiệu Gia đình văn hóa; con cháu chăm ngoan, học giỏi.',
];

/** A small deterministic PRNG (mulberry32), so every run fills the same rows. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}

/** `count` valid template rows: ~80% individuals, ~20% collectives/households; varied by `seed`. */
export function nomineeRows(count: number, seed = 1): TemplateRow[] {
  const r = rng(seed);
  const rows: TemplateRow[] = [];
  for (let i = 0; i < count; i++) {
    const summary = Array.from({ length: r.int(1, 4) }, () => r.pick(ACHIEVEMENTS)).join('\n');
    const review: TemplateRow = {};
    if (r.chance(0.7)) {
      const present = r.int(7, 40);
      const total = r.int(Math.ceil(present * 0.8), present);
      Object.assign(review, {
        meetingDate: `${String(r.int(1, 28)).padStart(2, '0')}/0${r.int(1, 3)}/2020`,
        membersPresent: present,
        votesTotal: total,
        votesFor: r.int(Math.ceil(total / 2), total),
      });
    }
    if (r.chance(0.8)) {
      const female = r.chance(0.55);
      const name = `${r.pick(SURNAMES)} ${r.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE)} ${r.pick(female ? FEMALE_GIVEN : MALE_GIVEN)}`;
      rows.push({
        kind: 'Cá nhân',
        awardForm: r.pick(INDIVIDUAL_FORMS),
        name,
        gender: female ? 'Nữ' : 'Nam',
        birthYear: r.int(1945, 2004),
        ethnicity: r.chance(0.9) ? 'Kinh' : r.pick(['Tày', 'Dao', 'Mường']),
        position: r.pick(POSITIONS),
        occupationGroup: r.pick(GROUPS),
        field: r.pick(FIELDS),
        phone: r.chance(0.6) ? `09${String(r.int(0, 99_999_999)).padStart(8, '0')}` : '',
        summary,
        ...review,
      });
    } else if (r.chance(0.75)) {
      const type = r.pick(COLLECTIVE_TYPES);
      rows.push({
        kind: 'Tập thể',
        awardForm: r.pick(COLLECTIVE_FORMS),
        name: `${type} số ${r.int(1, 60)}`,
        collectiveType: type,
        headName: `${r.pick(SURNAMES)} ${r.pick(FEMALE_MIDDLE)} ${r.pick(FEMALE_GIVEN)}`,
        memberCount: r.int(5, 120),
        womenSharePercent: r.int(0, 100),
        summary,
        ...review,
      });
    } else {
      const head = `${r.pick(SURNAMES)} ${r.pick(MALE_MIDDLE)} ${r.pick(MALE_GIVEN)}`;
      rows.push({
        kind: 'Tập thể',
        awardForm: r.pick(HOUSEHOLD_FORMS),
        name: `Hộ gia đình ông ${head}`,
        collectiveType: 'Hộ gia đình',
        headName: head,
        memberCount: r.int(2, 8),
        womenSharePercent: r.pick([0, 25, 33.3, 50, 60, 66.7]),
        summary,
        ...review,
      });
    }
  }
  return rows;
}

const unitPath = (conferenceId: string, unitId: string) =>
  `/api/conferences/${conferenceId}/units/${unitId}/nominations`;

/** The unit's real template (GET …/template.xlsx) filled with `rows`. */
export async function filledTemplate(
  app: AppInstance,
  cookie: string,
  conferenceId: string,
  unitId: string,
  rows: TemplateRow[],
): Promise<Buffer> {
  const res = await app.inject({
    url: `${unitPath(conferenceId, unitId)}/template.xlsx`,
    headers: { cookie },
  });
  if (res.statusCode !== 200) throw new Error(`template.xlsx: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return fillTemplate(res.rawPayload, rows);
}

/** A prepared import request (multipart body built beforehand, so only the route is timed). */
export function importRequest(conferenceId: string, unitId: string, cookie: string, bytes: Buffer) {
  const body = multipartFile('danh-sach-de-nghi.xlsx', bytes);
  return {
    method: 'POST' as const,
    url: `${unitPath(conferenceId, unitId)}/import`,
    headers: { cookie, ...body.headers },
    payload: body.payload,
  };
}

/** Posts the import; throws unless 201 with `created === expected`. */
export async function importOrThrow(
  app: AppInstance,
  request: ReturnType<typeof importRequest>,
  expected: number,
): Promise<void> {
  const res = await app.inject(request);
  if (res.statusCode !== 201 || res.json().created !== expected) {
    throw new Error(`import: ${res.statusCode} ${res.body.slice(0, 500)}`);
  }
}

/** Nominations of the conference the actor sees (GET …/nominations total). */
export async function nominationTotal(app: AppInstance, cookie: string, conferenceId: string) {
  const res = await app.inject({
    url: `/api/conferences/${conferenceId}/nominations?limit=1`,
    headers: { cookie },
  });
  if (res.statusCode !== 200) throw new Error(`nominations: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.json().total as number;
}

// The import files depend only on the unit's name and size (same demo on both engines): built once.
const files = new Map<string, Buffer>();

/**
 * `batches` × `batchSize` nominations through the import route (into Tổ dân phố 1, 2, …), then one
 * SQL UPDATE spreads them over every demo unit with the statuses of a conference mid-review, then
 * ANALYZE. Used by the list and dashboard benches; returns the fill time in ms.
 */
export async function seedNominations(
  db: Db,
  app: AppInstance,
  demo: Demo,
  cookie: string,
  batches: number,
  batchSize: number,
): Promise<number> {
  const conferenceId = demo.conferenceId;
  const started = performance.now();
  for (let i = 0; i < batches; i++) {
    const name = `Tổ dân phố ${i + 1}`;
    const unitId = demo.unitIds.get(name)!;
    let file = files.get(`${name}|${batchSize}`);
    if (!file) {
      file = await filledTemplate(app, cookie, conferenceId, unitId, nomineeRows(batchSize, 200 + i));
      files.set(`${name}|${batchSize}`, file);
    }
    await importOrThrow(app, importRequest(conferenceId, unitId, cookie, file), batchSize);
  }
  // Spread over every unit and give the statuses a conference has mid-review, by a hash of the id
  // (the ids are random, the shares are not): about 15% draft, 30% submitted, 5% returned,
  // 5% resubmitted, 40% accepted, 5% rejected.
  const unitArray = `{${[...demo.unitIds.values()].join(',')}}`;
  await db.execute(sql`
    UPDATE nominations AS n SET
      unit_id = (${unitArray}::uuid[])[1 + abs(hashtext(n.id::text)) % ${demo.unitIds.size}],
      status = s.status,
      submitted_at = CASE WHEN s.status = 'draft' THEN NULL ELSE now() - interval '3 days' END,
      return_reason = CASE WHEN s.status = 'returned' THEN 'Thiếu biên bản bình xét' ELSE NULL END
    FROM (
      SELECT id, CASE
        WHEN b < 15 THEN 'draft' WHEN b < 45 THEN 'submitted' WHEN b < 50 THEN 'returned'
        WHEN b < 55 THEN 'resubmitted' WHEN b < 95 THEN 'accepted' ELSE 'rejected' END AS status
      FROM (SELECT id, abs(hashtext(id::text || 's')) % 100 AS b FROM nominations
            WHERE conference_id = ${conferenceId}) AS h
    ) AS s
    WHERE n.id = s.id`);
  await db.execute(sql`ANALYZE`);
  return performance.now() - started;
}

/**
 * What the list and dashboard benches start from: `username` logged in, the submission deadline a
 * month ahead, then {@link seedNominations}. Returns the session cookie and the fill time in ms.
 */
export async function loginWithNominations(
  b: BenchDatabase,
  app: AppInstance,
  demo: Demo,
  username: string,
  batches: number,
  batchSize: number,
): Promise<{ cookie: string; fillMs: number }> {
  const cookie = await login(app, username);
  await setSubmissionDeadline(app, cookie, demo.conferenceId, 30);
  const fillMs = await seedNominations(b.database.db, app, demo, cookie, batches, batchSize);
  return { cookie, fillMs };
}
