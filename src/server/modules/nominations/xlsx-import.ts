// Nhập danh sách đề nghị từ XLSX: every row is checked; the result is all rows or the full error list.

import type ExcelJS from 'exceljs';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
import { type NominationInput, nominationInputSchema } from '../../../shared/schemas/nominations';
import { cellIsoDate, plain, type Raw, toText } from '../../xlsx/cells';
import { type ImportError, rowErrors } from '../../xlsx/import-errors';
import { findHeaderRow, openUploadedSheet } from '../../xlsx/workbook';
import {
  type AwardFormOption,
  GENDER_LABELS,
  KIND_LABELS,
  MAX_IMPORT_ROWS,
  NOMINATION_COLUMNS,
  NOMINATION_HEADERS,
  NOMINATION_SHEET,
  type NominationColumn,
  OCCUPATION_GROUP_LABELS,
  OPTIONAL_COLUMNS,
} from './xlsx';

export type ParseNominationResult =
  | { ok: true; rows: NominationInput[] }
  | { ok: false; errors: ImportError[] };

const REVIEW_COLUMNS = ['meetingDate', 'membersPresent', 'votesFor', 'votesTotal'] as const;

const fileError = (message: string): ParseNominationResult => ({
  ok: false,
  errors: [{ row: 0, column: '', message }],
});

export async function parseNominationSheet(
  buffer: Buffer,
  opts: { awardForms: AwardFormOption[] },
): Promise<ParseNominationResult> {
  const sheet = await openUploadedSheet(buffer, NOMINATION_SHEET);
  if ('error' in sheet) return fileError(sheet.error);
  const { ws } = sheet;

  const found = findHeaderRow(ws, NOMINATION_HEADERS, ['kind', 'awardForm', 'name']);
  if (!found) {
    return fileError(
      `Không tìm thấy dòng tiêu đề (cần các cột '${NOMINATION_HEADERS.kind}', '${NOMINATION_HEADERS.awardForm}', ` +
        `'${NOMINATION_HEADERS.name}'). Hãy dùng tệp mẫu tải từ hệ thống.`,
    );
  }
  const { headerRow, columns } = found;
  const missing = NOMINATION_COLUMNS.filter((k) => !OPTIONAL_COLUMNS.includes(k) && columns[k] === undefined);
  if (missing.length) {
    return {
      ok: false,
      errors: missing.map((k) => ({
        row: headerRow,
        column: NOMINATION_HEADERS[k],
        message: `Thiếu cột '${NOMINATION_HEADERS[k]}' trong dòng tiêu đề`,
      })),
    };
  }

  const forms = indexForms(opts.awardForms);
  const rows: NominationInput[] = [];
  const errors: ImportError[] = [];
  let dataRows = 0;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const cells = readCells(row, columns);
    if (NOMINATION_COLUMNS.every((k) => k === 'stt' || cells[k].text === '')) continue;
    if (++dataRows > MAX_IMPORT_ROWS) {
      return fileError(
        `Tệp có quá nhiều dòng: tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng mỗi lần nhập`,
      );
    }
    const result = mapRow(cells, forms);
    let schema: { column: NominationColumn; message: string }[] = [];
    if (result.input) {
      const parsed = nominationInputSchema.safeParse(result.input);
      if (parsed.success && result.errors.length === 0) {
        rows.push(parsed.data);
        continue;
      }
      schema = (parsed.error?.issues ?? []).map((issue) => ({
        column: columnOfPath(issue.path),
        message: issue.message,
      }));
    }
    errors.push(...rowErrors(r, { own: result.errors, schema }, NOMINATION_COLUMNS, NOMINATION_HEADERS));
  }
  if (dataRows === 0 && errors.length === 0) {
    return fileError(`Tệp không có dòng dữ liệu nào dưới dòng tiêu đề (dòng ${headerRow})`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

type Cell = { raw: Raw; text: string; percentFormat: boolean };
type Cells = Record<NominationColumn, Cell>;

function readCells(row: ExcelJS.Row, columns: Partial<Record<NominationColumn, number>>): Cells {
  const out = {} as Cells;
  for (const key of NOMINATION_COLUMNS) {
    const col = columns[key];
    const cell = col === undefined ? null : row.getCell(col);
    const raw = cell ? plain(cell.value) : null;
    out[key] = { raw, text: toText(raw), percentFormat: !!cell?.numFmt?.includes('%') };
  }
  return out;
}

type RowResult = { input: unknown; errors: { column: NominationColumn; message: string }[] };

function mapRow(c: Cells, forms: Map<string, AwardFormOption[]>): RowResult {
  const errors: RowResult['errors'] = [];
  const kindKey = foldVietnamese(c.kind.text);
  const kind =
    kindKey === foldVietnamese(KIND_LABELS.individual) || kindKey === 'individual'
      ? 'individual'
      : kindKey === foldVietnamese(KIND_LABELS.collective) || kindKey === 'collective'
        ? 'collective'
        : null;
  if (!kind) errors.push({ column: 'kind', message: "Loại phải là 'Cá nhân' hoặc 'Tập thể'" });

  let awardFormId: string | undefined;
  const formText = c.awardForm.text;
  if (!formText) {
    errors.push({ column: 'awardForm', message: `${NOMINATION_HEADERS.awardForm} là bắt buộc` });
  } else {
    const candidates = forms.get(foldVietnamese(formText));
    if (!candidates) {
      errors.push({ column: 'awardForm', message: `Không tìm thấy hình thức khen thưởng '${formText}'` });
    } else if (kind) {
      const form = candidates.find((f) => fits(f, kind));
      if (form) awardFormId = form.id;
      else {
        errors.push({
          column: 'awardForm',
          message: `Hình thức '${candidates[0]!.name}' không áp dụng cho ${kind === 'individual' ? 'cá nhân' : 'tập thể'}`,
        });
      }
    }
  }

  let unitReview: unknown = null;
  const filled = REVIEW_COLUMNS.filter((k) => c[k].text !== '');
  if (filled.length === REVIEW_COLUMNS.length) {
    const meetingDate = toIsoDate(c.meetingDate);
    if (meetingDate === null) {
      errors.push({
        column: 'meetingDate',
        message: `${NOMINATION_HEADERS.meetingDate} phải có dạng ngày/tháng/năm (dd/mm/yyyy)`,
      });
    }
    unitReview = {
      meetingDate,
      membersPresent: toNumber(c.membersPresent),
      votesFor: toNumber(c.votesFor),
      votesTotal: toNumber(c.votesTotal),
    };
  } else if (filled.length > 0) {
    for (const k of REVIEW_COLUMNS.filter((x) => c[x].text === '')) {
      errors.push({
        column: k,
        message: `${NOMINATION_HEADERS[k]} là bắt buộc khi ghi biên bản bình xét (điền đủ 4 cột hoặc để trống cả 4)`,
      });
    }
  }
  if (!kind) return { input: null, errors };

  const common = {
    awardFormId,
    summaryHtml: summaryHtml(c.summary.text),
    unitReview,
    achievementRef: c.achievementRef.text,
  };
  const input =
    kind === 'individual'
      ? {
          kind,
          ...common,
          individual: {
            fullName: c.name.text,
            gender: lookup(c.gender.text, GENDER_LABELS),
            birthYear: toNumber(c.birthYear),
            ethnicity: c.ethnicity.text,
            position: c.position.text,
            occupationGroup: lookup(c.occupationGroup.text, OCCUPATION_GROUP_LABELS),
            field: c.field.text,
            phone: c.phone.text,
          },
        }
      : {
          kind,
          ...common,
          collective: {
            name: c.name.text,
            collectiveType: c.collectiveType.text,
            headName: c.headName.text,
            memberCount: toNumber(c.memberCount),
            womenSharePercent: toNumber(c.womenSharePercent, c.womenSharePercent.percentFormat),
          },
        };
  return { input, errors };
}

/** A household form (Gia đình văn hóa) is nominated as a collective: a household has a head and members. */
const fits = (f: AwardFormOption, kind: 'individual' | 'collective') =>
  kind === 'individual' ? f.appliesTo === 'individual' : f.appliesTo !== 'individual';

function indexForms(forms: AwardFormOption[]): Map<string, AwardFormOption[]> {
  const map = new Map<string, AwardFormOption[]>();
  const add = (key: string, f: AwardFormOption) => {
    const list = map.get(key) ?? [];
    if (!list.includes(f)) list.push(f);
    map.set(key, list);
  };
  for (const f of forms) add(foldVietnamese(f.name), f);
  for (const f of forms) add(foldVietnamese(f.code), f);
  return map;
}

/** Label ("Nữ", "nu", "Học sinh, sinh viên") or code → code; unknown text stays for zod to name. */
function lookup<K extends string>(text: string, labels: Record<K, string>): string | undefined {
  if (!text) return undefined;
  const key = foldVietnamese(text);
  for (const [code, label] of Object.entries(labels) as [K, string][]) {
    if (key === foldVietnamese(label) || key === code) return code;
  }
  return text;
}

/** Numbers from numeric or text cells ("35", "35,5", "35%"); other text stays for zod ("phải là số"). */
function toNumber(c: Cell, percentFormat = false): number | string | undefined {
  if (typeof c.raw === 'number') return percentFormat ? Math.round(c.raw * 10000) / 100 : c.raw;
  if (c.text === '') return undefined;
  const t = c.text.replace(/\s+/g, '').replace(/%$/, '');
  if (/^[+-]?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return c.text;
}

/** Real Excel dates, date serials, dd/mm/yyyy (also with - or .) and yyyy-mm-dd → YYYY-MM-DD. */
const toIsoDate = (c: Cell): string | null => cellIsoDate(c.raw, c.text);

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Plain text → escaped paragraphs, one per non-empty line: markup in a cell is shown as text. */
function summaryHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${line.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!)}</p>`)
    .join('');
}

const FIELD_COLUMNS: Record<string, NominationColumn> = {
  kind: 'kind',
  awardFormId: 'awardForm',
  summaryHtml: 'summary',
  achievementRef: 'achievementRef',
  fullName: 'name',
  name: 'name',
  gender: 'gender',
  birthYear: 'birthYear',
  ethnicity: 'ethnicity',
  position: 'position',
  occupationGroup: 'occupationGroup',
  field: 'field',
  phone: 'phone',
  collectiveType: 'collectiveType',
  headName: 'headName',
  memberCount: 'memberCount',
  womenSharePercent: 'womenSharePercent',
  meetingDate: 'meetingDate',
  membersPresent: 'membersPresent',
  votesFor: 'votesFor',
  votesTotal: 'votesTotal',
};

function columnOfPath(path: PropertyKey[]): NominationColumn {
  for (let i = path.length - 1; i >= 0; i--) {
    const col = FIELD_COLUMNS[String(path[i])];
    if (col) return col;
  }
  return 'name';
}
