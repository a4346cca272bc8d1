// The words of one audit field: its label and its value as the screens write it (dates
// dd/mm/yyyy, money with đ, Có/Không, names instead of ids, rich text as plain text). Pure; the
// catalog (vi or en) and the names the server resolved come in as arguments.
import type { Catalog } from '../i18n/vi';
import { formatDate, formatDateTime, plainText, truncate } from './display-format';
import { formatVnd } from './prize-money';

/** Names of the objects an entry refers to, by id (and `category:<key>` for delegate categories). */
export type AuditNames = Readonly<Record<string, string>>;

export type AuditContext = {
  catalog: Catalog;
  names: AuditNames;
  entityType: string;
};

type Words = Readonly<Record<string, string>>;

/** `obj[key]` when obj has its own such key (no prototype lookups such as "constructor"). */
export function own<T>(obj: object | undefined, key: string): T | undefined {
  return obj && Object.hasOwn(obj, key) ? ((obj as Record<string, T>)[key] as T) : undefined;
}

/** Fills "{{name}}" placeholders. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(own(params, k) ?? ''));
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const HTML_TAG = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i;

/** Bookkeeping at the top of a snapshot: nobody edits it by hand, nobody needs to read it. */
const BOOKKEEPING = new Set([
  'id',
  'version',
  'rowVersion',
  'createdAt',
  'updatedAt',
  'organizationId',
  'conferenceId',
  'sortOrder',
  'sortKey',
  'searchName',
  'locale',
  'isSystemAdmin',
  'model',
  'previousId',
  'createdBy',
  'issuedBy',
  'completedAt',
  'currentStartedAt',
  'runStartedAt',
  'listVersion',
  'mimeType',
  'year',
]);

/** Fields that are bookkeeping for one kind of object only (or already said by another field). */
const BOOKKEEPING_OF: Record<string, readonly string[]> = {
  agenda_item: ['position'],
  meeting: ['councilMemberId', 'quorumDenominator'],
  delegate: ['unitId', 'nominationId'],
  nomination: ['gender', 'occupationGroup'],
  performance: ['unitName'],
  speech: ['unitId', 'nominationId', 'unitType', 'honoreeName'],
  delegation_member: ['nominationId'],
  issued_document: ['type'],
  conference: ['plan', 'milestones'],
  ballot: ['ownerInstance'],
  public_comment: ['clientKey'],
  media_asset: ['variants'],
};

/** Fields that look like bookkeeping but are the object's own content. */
const CONTENT_OF: Record<string, readonly string[]> = { issued_document: ['version'] };

/** Secrets and fingerprints are never shown, wherever they sit. */
export const isSecretField = (key: string) => /hash|token|sha256|password|secret/i.test(key);

/** Is this field left out of what the reader sees? (`depth` 0 = a top-level field.) */
export function isHiddenField(ctx: AuditContext, key: string, depth: number): boolean {
  if (isSecretField(key) || key === 'id') return true;
  if (depth > 0) return false;
  if (CONTENT_OF[ctx.entityType]?.includes(key)) return false;
  return BOOKKEEPING.has(key) || !!BOOKKEEPING_OF[ctx.entityType]?.includes(key);
}

/** The conference's plan fields are labelled by the plan form's own catalog. */
const planLabel = (ctx: AuditContext, key: string): string | undefined =>
  own<string>(ctx.catalog.planField, key);

/** The label of a field, read where it sits (under `parent`, in an object of the entry's type). */
export function fieldLabel(ctx: AuditContext, key: string, parent?: string): string | null {
  const a = ctx.catalog.audit;
  return (
    (parent ? own<Words>(a.fieldsIn, parent)?.[key] : undefined) ??
    (parent ? undefined : own<Words>(a.fieldsIn, ctx.entityType)?.[key]) ??
    own<string>(a.fields, key) ??
    (parent !== undefined || ctx.entityType === 'conference' ? planLabel(ctx, key) : undefined) ??
    null
  );
}

/** The labels of a coded value (status, kind, role …), where the field has them. */
function codeWords(ctx: AuditContext, key: string, parent?: string): Words | undefined {
  const c = ctx.catalog;
  const v = c.audit.values;
  const e = parent ?? ctx.entityType;
  switch (key) {
    case 'status':
      return own<Words>(
        {
          nomination: c.nom.status,
          unit_report: c.nom.status,
          conference_task: c.prep.status,
          meeting: c.rev.meetingStatus,
          ballot: c.rev.ballotStatus,
          issued_document: v.documentStatus,
        },
        e,
      );
    case 'kind':
      return own<Words>(
        {
          nomination: c.nom.kind,
          delegation_member: c.nom.kind,
          delegate: v.delegateKind,
          agenda_item: c.agendaKind,
          agendaTemplate: c.agendaKind,
          conference_task: v.taskKind,
          milestone: c.nom.milestoneKind,
          milestones: c.nom.milestoneKind,
          speech: v.speechKind,
          parts: v.speechKind,
          issued_document: v.documentKind,
        },
        e,
      );
    case 'source':
      return own<Words>({ delegate: v.delegateSource, conference_task: v.taskSource }, e);
    case 'type':
      return e === 'unit' ? c.unitType : undefined;
    case 'position':
      return e === 'council_member' ? c.rev.position : undefined;
    case 'role':
    case 'roles':
      return c.role;
    case 'method':
      return e === 'movement' ? c.mov.method : v.checkinMethod;
    case 'scope':
      return e === 'movement' ? c.mov.scope : undefined;
    case 'launchLevel':
      return c.mov.launchLevel;
    case 'mode':
      return c.rev.mode;
    case 'operator':
      return parent === 'extraRules' ? c.operator : undefined;
    case 'attribute':
    case 'attributes':
      return c.delegateAttribute;
    default:
      return own<Words>(
        {
          unitType: c.unitType,
          level: c.orgLevel,
          gender: c.nom.gender,
          occupationGroup: c.nom.occupationGroup,
          appliesTo: c.nom.appliesTo,
          ownerRole: c.prep.ownerRole,
          rsvpStatus: c.del.rsvp,
          group: c.prep.budget.groups,
          presenterKind: v.presenterKind,
          prizeRounding: c.doc.settings.roundings,
          defaultMode: v.certificateMode,
          shareOperator: v.shareOperator,
          voidReason: c.rev.ballotVoidCause,
        },
        key,
      );
  }
}

const MONEY = new Set(['unitPrice', 'actualAmount', 'amount', 'estimate']);
const PERCENT = new Set(['sharePercent', 'womenSharePercent', 'percent', 'directWorkerSharePercent']);
const YEAR = new Set(['birthYear', 'year', 'periodStart', 'periodEnd']);
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const MAX_TEXT = 120;
const MAX_LIST = 160;

/** A text as read: rich text without its tags, shortened. */
export function textValue(s: string, max = MAX_TEXT): string {
  const text = HTML_TAG.test(s) ? plainText(s) : s.replace(/\s+/g, ' ').trim();
  return truncate(text, max);
}

/** The name behind an id (a deleted object reads as such, never as its id). */
export const nameOf = (ctx: AuditContext, id: string): string =>
  own<string>(ctx.names, id) ?? ctx.catalog.audit.missing;

/** Is this value empty to a reader? */
export const isBlank = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** "8 đồng ý, 1 không đồng ý" for a count object (ballot results, paper counts). */
export const isTally = (v: unknown): boolean =>
  isObject(v) && typeof v.agree === 'number' && typeof v.disagree === 'number';

function tallyText(ctx: AuditContext, t: Record<string, unknown>): string {
  const a = ctx.catalog.audit;
  const counts = { agree: Number(t.agree), disagree: Number(t.disagree), abstain: Number(t.abstain ?? 0) };
  const text = fill(counts.abstain ? a.tallyAbstain : a.tally, counts);
  return typeof t.passed === 'boolean' ? `${text} — ${a.booleans.passed[t.passed ? 'yes' : 'no']}` : text;
}

/** Lists read in full: each item is a sentence the office must see whole (its numbers). */
const FULL_LISTS = new Set(['acknowledgedWarnings']);

function listText(ctx: AuditContext, key: string, items: unknown[], parent?: string): string {
  const parts = items.map((item) => formatValue(ctx, key, item, { parent }));
  if (FULL_LISTS.has(key)) return parts.join('; ');
  const list = parts.join(parts.some((p) => p.includes(',')) ? '; ' : ', ');
  if (list.length <= MAX_LIST) return list;
  return fill(ctx.catalog.audit.listTotal, { list: truncate(list, MAX_LIST), count: items.length });
}

/** An object value shown as one phrase (roles, approval rules, counts …), else null. */
function objectText(ctx: AuditContext, key: string, v: Record<string, unknown>): string | null {
  const a = ctx.catalog.audit;
  if (isTally(v)) return tallyText(ctx, v);
  if (key === 'approvalRule')
    return fill(a.approvalRule, {
      operator: own<string>(a.values.approvalOperator, String(v.operator)) ?? a.otherValue,
      percent: numberFormat.format(Number(v.percent)),
      base: own<string>(a.values.approvalBase, String(v.base)) ?? a.otherValue,
    });
  if (key === 'roles' && typeof v.role === 'string') {
    const role = own<string>(ctx.catalog.role, v.role) ?? a.otherValue;
    const scope = [v.unitId, v.conferenceId].filter((x): x is string => typeof x === 'string');
    return scope.length
      ? fill(a.roleIn, { role, scope: scope.map((id) => nameOf(ctx, id)).join(', ') })
      : role;
  }
  if (key === 'handovers' && typeof v.awardFormId === 'string')
    return `${nameOf(ctx, v.awardFormId)}: ${textValue(String(v.presenter ?? '')) || a.blank}`;
  // Cảnh báo kế hoạch the secretary accepted on a plan save: its message says it all.
  if (key === 'acknowledgedWarnings' && typeof v.message === 'string') return v.message;
  if (key === 'printers' && typeof v.name === 'string')
    return `${v.name} (${numberFormat.format(Number(v.dx))}; ${numberFormat.format(Number(v.dy))} mm)`;
  return null;
}

/**
 * A value as the screens write it. `key` is its field (or the field of the list it is in);
 * `parent` the field it sits under; `siblings` the object it sits in.
 */
export function formatValue(
  ctx: AuditContext,
  key: string,
  v: unknown,
  opts: { parent?: string; siblings?: Record<string, unknown> } = {},
): string {
  const a = ctx.catalog.audit;
  if (isBlank(v)) return a.blank;
  if (Array.isArray(v)) return listText(ctx, key, v, opts.parent);
  if (isObject(v)) {
    const phrase = objectText(ctx, key, v);
    if (phrase !== null) return phrase;
    const inner = Object.entries(v)
      .filter(([k, x]) => !isHiddenField(ctx, k, 1) && !isBlank(x))
      .map(
        ([k, x]) => `${fieldLabel(ctx, k, key) ?? a.otherField}: ${formatValue(ctx, k, x, { parent: key })}`,
      );
    return truncate(inner.join('; '), MAX_LIST) || a.blank;
  }
  if (typeof v === 'boolean') {
    const words = own<{ yes: string; no: string }>(a.booleans, key);
    if (words) return v ? words.yes : words.no;
    return v ? ctx.catalog.common.yes : ctx.catalog.common.no;
  }
  if (typeof v === 'number') {
    if (key === 'quorumNumerator' && typeof opts.siblings?.quorumDenominator === 'number')
      return fill(a.fraction, { numerator: v, denominator: opts.siblings.quorumDenominator });
    if (MONEY.has(key)) return fill(a.money, { amount: formatVnd(Math.round(v)) });
    if (PERCENT.has(key)) return `${numberFormat.format(v)}%`;
    if (YEAR.has(key)) return String(v);
    if (key === 'size' && v >= 1024) {
      const mb = v >= 1024 * 1024;
      return fill(mb ? a.megabytes : a.kilobytes, {
        size: numberFormat.format(v / (mb ? 1024 * 1024 : 1024)),
      });
    }
    return numberFormat.format(v);
  }
  const s = String(v);
  if (key === 'category') return own<string>(ctx.names, `category:${s}`) ?? a.otherValue;
  const words = codeWords(ctx, key, opts.parent);
  if (words) return own<string>(words, s) ?? a.otherValue;
  if (UUID.test(s)) return nameOf(ctx, s);
  if (ISO_DATE.test(s)) return formatDate(s);
  if (ISO_INSTANT.test(s)) return formatDateTime(s);
  return textValue(s);
}
