// One audit entry in words: the action ("Trả lại hồ sơ đề nghị"), the object ("Hồ sơ đề nghị
// vinh danh — Trần Thị Hường") and its lines ("Trạng thái: Đã gửi → Bị trả lại", "Lý do trả lại:
// …"). Pure: the audit page, the history panels and the XLSX export all show what this returns.
import type { Catalog } from '../i18n/vi';
import type { AuditEntryView } from '../schemas/audit';
import {
  type AuditContext,
  type AuditNames,
  fieldLabel,
  fill,
  formatValue,
  isBlank,
  isHiddenField,
  isTally,
  MAX_TEXT,
  own,
  textValue,
  UUID,
} from './audit-values';
import { truncate } from './display-format';

export type { AuditNames } from './audit-values';

/** One line under an entry: "label: after" or, for a change, "label: before → after". */
export type AuditLine = { label: string; before?: string; after: string };

export type AuditText = {
  action: string;
  objectType: string;
  subject: string;
  lines: AuditLine[];
  /** How many more lines there were than shown. */
  more: number;
};

type Entry = Pick<AuditEntryView, 'action' | 'entityType' | 'entityId' | 'conferenceId' | 'before' | 'after'>;
type Path = (string | number)[];
type Leaf = { path: Path; key: string; parent?: string; siblings?: Record<string, unknown> };
type Change = Leaf & { before: unknown; after: unknown };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields whose value reads as one phrase, compared and shown whole. */
const WHOLE = new Set([
  'roles',
  'approvalRule',
  'attributes',
  'electorate',
  'tallyCommittee',
  'excluded',
  'subgroups',
  'delegateIds',
  'nominationIds',
  'brokenRules',
  'handovers',
  'printers',
]);

/** Lists of rows that are told apart by the objects they name (one line per object). */
const KEYED: Record<string, readonly string[]> = {
  cells: ['unitId', 'awardFormId'],
  results: ['nominationId'],
  items: ['nominationId'],
};

/** Containers that add nothing to a label ("Cá nhân › Năm sinh" reads "Năm sinh"). */
const TRANSPARENT = new Set(['individual', 'collective']);

/** The fields a summary starts with (the rest keep their order). */
const FIRST = [
  'fullName',
  'kind',
  'type',
  'status',
  'unitId',
  'awardFormId',
  'fromUnitId',
  'toUnitId',
  'category',
  'summaryHtml',
];
const firstOrder = (k: string) => {
  const i = FIRST.indexOf(k);
  return i < 0 ? FIRST.length : i;
};

/** The conference-level objects whose name is the conference's. */
const OF_CONFERENCE = new Set([
  'delegate_list',
  'program_session',
  'document_settings',
  'certificate_settings',
]);

// ---- labels ----------------------------------------------------------------------------------

function segmentLabel(ctx: AuditContext, path: Path, i: number): string {
  const s = path[i]!;
  if (typeof s === 'number') return fill(ctx.catalog.audit.item, { n: s + 1 });
  if (UUID.test(s)) return own<string>(ctx.names, s) ?? ctx.catalog.audit.missing;
  const parent = i > 0 ? path.slice(0, i).findLast((p): p is string => typeof p === 'string') : undefined;
  return fieldLabel(ctx, s, parent) ?? ctx.catalog.audit.otherField;
}

const pathLabel = (ctx: AuditContext, path: Path) =>
  path
    .flatMap((s, i) => (i < path.length - 1 && typeof s === 'string' && TRANSPARENT.has(s) ? [] : [i]))
    .map((i) => segmentLabel(ctx, path, i))
    .join(' › ');

// ---- walking snapshots -------------------------------------------------------------------------

const keyOf = (row: unknown, fields: readonly string[]) =>
  isObject(row) ? fields.map((f) => String(row[f] ?? '')).join('|') : '';

/** The rest of a keyed row, as one phrase ("8 đồng ý, 1 không đồng ý — Đạt", "3"). */
function keyedRest(ctx: AuditContext, key: string, row: unknown): string | undefined {
  if (!isObject(row)) return undefined;
  const fields = KEYED[key]!;
  const rest = Object.fromEntries(
    Object.entries(row).filter(([k, v]) => !fields.includes(k) && !isHiddenField(ctx, k, 1) && !isBlank(v)),
  );
  const keys = Object.keys(rest);
  if (keys.length === 0) return undefined;
  if (keys.length === 1) return formatValue(ctx, keys[0]!, rest[keys[0]!], { parent: key });
  return formatValue(ctx, key, rest);
}

const keyedLabel = (ctx: AuditContext, key: string, row: unknown) =>
  isObject(row)
    ? KEYED[key]!.map((f) => (typeof row[f] === 'string' ? formatValue(ctx, f, row[f]) : ''))
        .filter(Boolean)
        .join(' – ')
    : '';

/** Lines telling what a snapshot holds (a creation, a deletion, an action's data). */
function summarize(
  ctx: AuditContext,
  value: unknown,
  path: Path,
  out: AuditLine[],
  siblings?: Record<string, unknown>,
): void {
  const key = path.findLast((p): p is string => typeof p === 'string') ?? '';
  const parent = path.slice(0, -1).findLast((p): p is string => typeof p === 'string');
  if (isObject(value) && !WHOLE.has(key) && !isTally(value)) {
    const entries = Object.entries(value).sort(([a], [b]) => firstOrder(a) - firstOrder(b));
    for (const [k, v] of entries) {
      if (isHiddenField(ctx, k, path.length) || isBlank(v)) continue;
      if (Array.isArray(v) && own(KEYED, k)) summarizeKeyed(ctx, k, v, [...path, k], out);
      else if (k === 'ids' && Array.isArray(v)) out.push(orderLine(ctx, [...path, k], v));
      else summarize(ctx, v, [...path, k], out, value);
    }
    return;
  }
  out.push({ label: pathLabel(ctx, path), after: formatValue(ctx, key, value, { parent, siblings }) });
}

function summarizeKeyed(ctx: AuditContext, key: string, rows: unknown[], path: Path, out: AuditLine[]) {
  const rests = rows.map((r) => keyedRest(ctx, key, r));
  if (rests.every((r) => r === undefined)) {
    const names = rows.map((r) => keyedLabel(ctx, key, r));
    out.push({ label: pathLabel(ctx, path), after: formatValue(ctx, key, names) });
    return;
  }
  rows.forEach((r, i) => {
    out.push({ label: `${pathLabel(ctx, path)} › ${keyedLabel(ctx, key, r)}`, after: rests[i] ?? '' });
  });
}

/** A new order of agenda items: each moved item with its place before and after. */
function orderChanges(ctx: AuditContext, path: Path, before: unknown[], after: unknown[]): AuditLine[] {
  const label = pathLabel(ctx, path);
  const pos = (n: number) => fill(ctx.catalog.audit.position, { n: n + 1 });
  return after.flatMap((id, i) => {
    const was = before.indexOf(id);
    if (was === i) return [];
    return [
      {
        label: `${label} › ${formatValue(ctx, 'ids', id)}`,
        before: was < 0 ? ctx.catalog.audit.blank : pos(was),
        after: pos(i),
      },
    ];
  });
}

const orderLine = (ctx: AuditContext, path: Path, ids: unknown[]): AuditLine => ({
  label: pathLabel(ctx, path),
  after: ids.map((id, i) => `${i + 1}. ${formatValue(ctx, 'ids', id)}`).join('; '),
});

/** The changed leaves between two snapshots (bookkeeping left out). */
function diff(ctx: AuditContext, before: unknown, after: unknown, path: Path, out: Change[]): void {
  if (equal(before, after) || (isBlank(before) && isBlank(after))) return;
  const key = path.findLast((p): p is string => typeof p === 'string') ?? '';
  const parent = path.slice(0, -1).findLast((p): p is string => typeof p === 'string');
  const whole = WHOLE.has(key) || isTally(before) || isTally(after);
  if (!whole && isObject(before) && isObject(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (isHiddenField(ctx, k, path.length)) continue;
      diff(ctx, before[k], after[k], [...path, k], out);
    }
    return;
  }
  if (!whole && Array.isArray(before) && Array.isArray(after) && !own(KEYED, key) && key !== 'ids') {
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      diff(ctx, before[i], after[i], [...path, i], out);
    return;
  }
  out.push({ path, key, parent, before, after });
}

/** The rich-text or long text that changed: the part around the change, or "only formatting". */
function textChange(ctx: AuditContext, before: string, after: string): [string, string] {
  const b = textValue(before, Number.MAX_SAFE_INTEGER);
  const a = textValue(after, Number.MAX_SAFE_INTEGER);
  if (b === a) return [truncate(b, MAX_TEXT), ctx.catalog.audit.formatOnly];
  if (b.length <= MAX_TEXT && a.length <= MAX_TEXT) return [b, a];
  let start = 0;
  while (start < b.length && start < a.length && b[start] === a[start]) start++;
  let end = 0;
  while (end < b.length - start && end < a.length - start && b.at(-1 - end) === a.at(-1 - end)) end++;
  const from = Math.max(0, start - 30);
  const cut = (s: string) => {
    const part = s.slice(from, Math.max(from, s.length - Math.max(0, end - 30)));
    return `${from > 0 ? '…' : ''}${truncate(part, MAX_TEXT)}${s.length - end + 30 < s.length ? '…' : ''}`;
  };
  return [cut(b), cut(a)];
}

function changeLines(ctx: AuditContext, c: Change): AuditLine[] {
  const label = pathLabel(ctx, c.path);
  if (own(KEYED, c.key) && Array.isArray(c.before) && Array.isArray(c.after)) {
    const fields = KEYED[c.key]!;
    const was = new Map(c.before.map((r) => [keyOf(r, fields), r]));
    const now = new Map(c.after.map((r) => [keyOf(r, fields), r]));
    return [...new Set([...was.keys(), ...now.keys()])].flatMap((k) => {
      const b = was.get(k);
      const a = now.get(k);
      if (equal(b, a)) return [];
      const blank = ctx.catalog.audit.blank;
      return [
        {
          label: `${label} › ${keyedLabel(ctx, c.key, a ?? b)}`,
          before: b === undefined ? blank : (keyedRest(ctx, c.key, b) ?? blank),
          after: a === undefined ? blank : (keyedRest(ctx, c.key, a) ?? blank),
        },
      ];
    });
  }
  if (c.key === 'ids' && Array.isArray(c.before) && Array.isArray(c.after))
    return orderChanges(ctx, c.path, c.before, c.after);
  if (typeof c.before === 'string' && typeof c.after === 'string' && !UUID.test(c.before)) {
    const plain = formatValue(ctx, c.key, c.before, { parent: c.parent }) === textValue(c.before);
    if (plain) {
      const [before, after] = textChange(ctx, c.before, c.after);
      return [{ label, before, after }];
    }
  }
  const format = (v: unknown) => formatValue(ctx, c.key, v, { parent: c.parent, siblings: c.siblings });
  return [{ label, before: format(c.before), after: format(c.after) }];
}

// ---- the entry ---------------------------------------------------------------------------------

/** The action in words ("Đóng phiên bỏ phiếu"); an unknown one never shows its code. */
export function auditActionLabel(catalog: Catalog, entry: Pick<Entry, 'action' | 'after'>): string {
  const a = catalog.audit;
  const after = entry.after as Record<string, unknown> | null;
  if (entry.action === 'nomination.submit' && after?.status === 'resubmitted')
    return a.variants.nominationResubmit;
  if (entry.action === 'unit_report.submit' && after?.status === 'resubmitted')
    return a.variants.unitReportResubmit;
  if (entry.action === 'meeting.attendance' && after?.present === false) return a.variants.attendanceAbsent;
  const label = entry.action
    .split('.')
    .reduce<unknown>((node, k) => (isObject(node) ? own(node, k) : undefined), a.actions);
  return typeof label === 'string' ? label : a.otherAction;
}

/** The kind of object in words ("Phiên họp Hội đồng"). */
export const auditTypeLabel = (catalog: Catalog, entityType: string): string =>
  own<string>(catalog.audit.entityType, entityType) ?? catalog.audit.otherType;

function subjectOf(ctx: AuditContext, e: Entry): string {
  const live = own<string>(ctx.names, e.entityId);
  if (live) return live;
  const s = (e.after ?? e.before) as Record<string, unknown> | null;
  for (const k of ['name', 'fullName', 'title', 'honoreeName', 'numberLine', 'username', 'formCode']) {
    if (typeof s?.[k] === 'string' && s[k]) return textValue(s[k] as string, 100);
  }
  const plan = s?.plan as { name?: unknown } | undefined;
  if (typeof plan?.name === 'string') return plan.name;
  if (OF_CONFERENCE.has(e.entityType) && e.conferenceId) return own<string>(ctx.names, e.conferenceId) ?? '';
  return '';
}

/** Everything the reader sees of one entry, in the catalog's language. */
export function describeAuditEntry(
  entry: Entry,
  names: AuditNames,
  catalog: Catalog,
  maxLines = 8,
): AuditText {
  const ctx: AuditContext = { catalog, names, entityType: entry.entityType };
  const lines: AuditLine[] = [];
  if (entry.before && entry.after) {
    const changes: Change[] = [];
    diff(ctx, entry.before, entry.after, [], changes);
    for (const c of changes) {
      const siblings = (c.path.length === 1 ? entry.after : undefined) as Record<string, unknown> | undefined;
      lines.push(...changeLines(ctx, { ...c, siblings }));
    }
  } else if (entry.after || entry.before) {
    summarize(ctx, entry.after ?? entry.before, [], lines);
  }
  const subject = subjectOf(ctx, entry);
  // a creation's name is already the object's name
  const shown = lines.filter((l) => l.before !== undefined || l.after !== subject);
  return {
    action: auditActionLabel(catalog, entry),
    objectType: auditTypeLabel(catalog, entry.entityType),
    subject,
    lines: shown.slice(0, maxLines),
    more: Math.max(0, shown.length - maxLines),
  };
}

/** "Trạng thái: Đã gửi → Bị trả lại" — one line as plain text (exports, tests). */
export const auditLineText = (l: AuditLine): string =>
  l.before === undefined ? `${l.label}: ${l.after}` : `${l.label}: ${l.before} → ${l.after}`;

/** The lines of an entry as plain text, the "… và N thông tin khác" line included. */
export function auditTextLines(t: AuditText, catalog: Catalog): string[] {
  const out = t.lines.map(auditLineText);
  if (t.more > 0) out.push(fill(catalog.audit.more, { count: t.more }));
  return out;
}
