import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHonourSheet } from '../modules/honours/xlsx-import';
import { buildPastHonoursWorkbook, liveYearOf, PAST_HONOUR_FORMS } from './van-yen-past-honours';

// The demo's earlier honours as the import reads them; the same workbook is the E2E's upload,
// tests/fixtures/past-honours.xlsx (written here when missing or when its rows are not the
// seed's: the last years' rows move with the live conference's year).
const FIXTURE = join(import.meta.dirname, '../../../tests/fixtures/past-honours.xlsx');

describe('the Văn Yên earlier honours workbook', () => {
  it('reads back without an error: 27 people, collectives and households over 2016 – 2019 and the last years', async () => {
    const liveYear = liveYearOf();
    const bytes = await buildPastHonoursWorkbook(liveYear);
    const parsed = await parseHonourSheet(bytes, PAST_HONOUR_FORMS);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
    const rows = parsed.rows.map((r) => r.input);
    expect(new Set(rows.map((r) => `${r.kind}|${r.name}|${r.birthYear}|${r.unitName}`)).size).toBe(27);
    expect(Math.min(...rows.map((r) => r.year))).toBe(2016);
    expect(
      rows.filter((r) => r.year >= liveYear - 3).map((r) => `${r.name} ${r.formCode} ${r.year}`),
    ).toContain(`Lê Văn Đức DHTT-CN ${liveYear - 1}`);
    expect(rows.find((r) => r.formCode === 'BK-TTG-TT')).toMatchObject({
      name: 'Trường Tiểu học Văn Yên',
      signerLevel: 'state',
      decisionNumber: '1655/QĐ-TTg',
      decisionDate: '2019-11-20',
      prizeAmount: 6 * 1_490_000,
    });

    const current = existsSync(FIXTURE)
      ? await parseHonourSheet(readFileSync(FIXTURE), PAST_HONOUR_FORMS)
      : null;
    const same = current?.ok && JSON.stringify(current.rows) === JSON.stringify(parsed.rows);
    if (!same) writeFileSync(FIXTURE, bytes);
  });
});
