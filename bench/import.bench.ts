// import_5000_ms: parse + validate a 5,000-row nominee list made from the template (in memory).
// Median of 5 runs after one warm-up. Storing the rows is measured in the nominations bench.
import ExcelJS from 'exceljs';
import {
  type AwardFormOption,
  buildNominationTemplate,
  NOMINATION_SHEET,
} from '../src/server/modules/nominations/xlsx';
import { parseNominationSheet } from '../src/server/modules/nominations/xlsx-import';
import { median, round, saveResults } from './lib/results';

const ROWS = 5000;
const RUNS = 5;

const forms: AwardFormOption[] = [
  ['GK_CN', 'Giấy khen của Chủ tịch UBND phường (cá nhân)', 'individual'],
  ['GK_TT', 'Giấy khen của Chủ tịch UBND phường (tập thể)', 'collective'],
  ['LDTT', 'Lao động tiên tiến', 'individual'],
  ['CSTD', 'Chiến sĩ thi đua cơ sở', 'individual'],
  ['TTLDTT', 'Tập thể lao động tiên tiến', 'collective'],
  ['GDVH', 'Gia đình văn hóa', 'household'],
  ['TDPVH', 'Tổ dân phố văn hóa', 'collective'],
].map(([code, name, appliesTo], i) => ({
  id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  code: code!,
  name: name!,
  appliesTo: appliesTo as AwardFormOption['appliesTo'],
}));

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng'];
const GIVEN = ['Thị Hường', 'Văn Nam', 'Thu Trang', 'Đức Anh', 'Minh Châu', 'Quốc Bảo'];
const GROUPS = ['Cán bộ, công chức', 'Công nhân', 'Nông dân', 'Người trực tiếp lao động sản xuất', 'Khác'];
const SUMMARY =
  'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.\n' +
  'Tích cực vận động nhân dân tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".\n' +
  'Hoàn thành xuất sắc nhiệm vụ được giao, được nhân dân tín nhiệm.';

async function makeFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const template = await buildNominationTemplate({
    conferenceName: 'Hội nghị điển hình tiên tiến phường 2020',
    unitName: 'Tổ dân phố 3',
    awardForms: forms,
  });
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(NOMINATION_SHEET)!;
  for (let i = 0; i < ROWS; i++) {
    const review = i % 2 === 0 ? ['15/03/2020', 25, 20 + (i % 5), 25] : [null, null, null, null];
    ws.getRow(5 + i).values =
      i % 4 === 3
        ? [i + 1, 'Tập thể', forms[1 + (i % 2) * 3]!.name, `Chi hội Phụ nữ số ${i}`, null, null, null, null]
            .concat([null, null, null, 'Chi hội', `${SURNAMES[i % 8]} Thị Lan`, 30 + (i % 40), 55.5, SUMMARY])
            .concat(review)
        : [
            i + 1,
            'Cá nhân',
            forms[[0, 2, 3][i % 3]!]!.name,
            `${SURNAMES[i % 8]} ${GIVEN[i % 6]}`,
            i % 2 ? 'Nam' : 'Nữ',
            1950 + (i % 55),
            'Kinh',
            'Tổ viên tổ dân phố',
            GROUPS[i % 5],
            'Văn hóa - xã hội',
            `09${String(10_000_000 + i).slice(-8)}`,
            null,
            null,
            null,
            null,
            SUMMARY,
            ...review,
          ];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const file = await makeFile();
console.log(`import: tệp ${ROWS} dòng, ${round(file.length / 1024)} KB`);
const times: number[] = [];
for (let run = 0; run <= RUNS; run++) {
  const started = performance.now();
  const result = await parseNominationSheet(file, { awardForms: forms });
  const ms = performance.now() - started;
  if (!result.ok || result.rows.length !== ROWS) {
    throw new Error(`import: kết quả sai (wrong result): ${JSON.stringify(result).slice(0, 500)}`);
  }
  if (run === 0) console.log(`import: lần đầu (cold) ${round(ms)} ms`);
  else times.push(ms); // run 0 warms up the JIT
}
console.log(`import: ${times.map((t) => round(t)).join(', ')} ms`);
saveResults({
  import_5000_ms: {
    value: round(median(times)),
    unit: 'ms',
    goal: 2000,
    better: 'lower',
    engine: 'none',
    note: 'parse + validate only; storing measured in the nominations bench',
  },
});
