import { getTableColumns, type Table } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { type Catalog, vi } from '../../../shared/i18n/vi';
import { type AuditContext, fieldLabel, isHiddenField } from '../../../shared/rules/audit-values';
import { fieldLayoutSchema, printerCalibrationSchema } from '../../../shared/schemas/certificates';
import { eligibilityParamsSchema } from '../../../shared/schemas/honours';
import {
  collectiveDetailsSchema,
  individualDetailsSchema,
  reportNumbersSchema,
  reportSectionsSchema,
  unitReviewSchema,
} from '../../../shared/schemas/nominations';
import { planBaseSchema } from '../../../shared/schemas/plan';
import { enteredCountsBodySchema } from '../../../shared/schemas/review';
import * as t from '../../db/schema/index';

// The audit log shows every field by its label: a column (or a plan field) without one would read
// "Thông tin khác". This walks what the writers put into audit snapshots — the audited tables'
// columns, the extra keys of action entries, the nested JSON fields — and asks for a label in
// both catalogs (or that the field is bookkeeping nobody reads).

/** The audited tables and the object type their rows are logged under. */
const TABLES: [string, Table][] = [
  ['organization', t.organizations],
  ['unit', t.units],
  ['unit', t.deadlineExtensions],
  ['user', t.users],
  ['conference', t.conferences],
  ['milestone', t.milestones],
  ['award_form', t.awardForms],
  ['base_salary', t.baseSalaries],
  ['nomination', t.nominations],
  ['nomination', t.attachments],
  ['unit_report', t.unitReports],
  ['council_member', t.councilMembers],
  ['meeting', t.reviewMeetings],
  ['ballot', t.ballots],
  ['speech', t.speeches],
  ['delegation_member', t.delegationMembers],
  ['delegate', t.delegates],
  ['issued_document', t.issuedDocuments],
  ['document_settings', t.documentSettings],
  ['certificate_settings', t.certificateSettings],
  ['agenda_item', t.agendaItems],
  ['performance', t.performances],
  ['program_session', t.programSessions],
  ['conference_task', t.conferenceTasks],
  ['budget_line', t.budgetLines],
  ['honour', t.honours],
  ['honour_form', t.honourForms],
  ['movement', t.movements],
  ['movement_registration', t.movementRegistrations],
  ['eligibility_rule', t.eligibilityRules],
  ['public_notice', t.publicNotices],
  ['public_comment', t.publicComments],
  ['media_asset', t.mediaAssets],
  ['album', t.albums],
  ['article', t.articles],
  ['board_entry', t.boardEntries],
  ['thread', t.threads],
  ['thread', t.threadAttachments],
];

/** Keys the writers add to a snapshot besides the row's columns (see each writeAudit call). */
const EXTRA: [string, string[]][] = [
  ['user', ['roles']],
  [
    'conference',
    ['milestones', 'quotaTotal', 'cells', 'awardFormId', 'fromUnitId', 'toUnitId', 'count', 'reason'],
  ],
  ['unit', ['source', 'nominationIds', 'files']],
  ['nomination', ['status', 'returnReason']],
  ['meeting', ['councilMemberId', 'fullName', 'present']],
  [
    'ballot',
    ['items', 'quorum', 'electorate', 'results', 'mode', 'counts', 'tallyCommittee', 'votersDiscarded'],
  ],
  ['speech', ['honoreeName', 'unitName', 'unitType']],
  ['delegation_member', ['name', 'kind', 'targetName']],
  ['delegate', ['hasInvitation', 'method', 'at', 'fullName']],
  ['delegate_list', ['total', 'ok', 'brokenRules', 'overrideReason', 'delegateIds']],
  ['delegate_list', ['finalized', 'finalizedAt', 'finalizedByName', 'listVersion']],
  ['issued_document', ['numberLine', 'kind', 'version', 'documentDate', 'signerName', 'signedAt']],
  ['program_session', ['currentItemId', 'ids']],
  ['organization', ['ids', 'imported', 'subjectsCreated']],
  ['thread', ['bodyHtml']],
  ['honour_subject', ['mergedIntoId', 'mergedIds', 'disciplinePending', 'disciplineNote']],
];

type Def = {
  type: string;
  shape?: object;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
};
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/** [parent, key] of every object field nested in a schema (lists and wrappers looked through). */
function nestedKeys(schema: unknown, parent: string, out: [string, string][]): [string, string][] {
  const def = defOf(schema);
  if (def.type === 'object')
    for (const [k, v] of Object.entries(def.shape!)) {
      out.push([parent, k]);
      nestedKeys(v, k, out);
    }
  else if (def.type === 'array') nestedKeys(def.element, parent, out);
  else if (def.type === 'pipe') nestedKeys(def.in, parent, out);
  else if (def.type === 'union') for (const o of def.options!) nestedKeys(o, parent, out);
  else if (def.innerType) nestedKeys(def.innerType, parent, out);
  return out;
}

/** The nested JSON of audited rows: [object type, field that holds it, its schema]. */
const NESTED: [string, string, unknown][] = [
  ['conference', '', planBaseSchema],
  ['nomination', 'individual', individualDetailsSchema],
  ['nomination', 'collective', collectiveDetailsSchema],
  ['nomination', 'unitReview', unitReviewSchema],
  ['unit_report', 'sections', reportSectionsSchema],
  ['unit_report', 'numbers', reportNumbersSchema],
  ['certificate_settings', 'layout', fieldLayoutSchema],
  ['certificate_settings', 'printers', printerCalibrationSchema],
  ['ballot', 'counts', enteredCountsBodySchema.shape.counts],
  ['eligibility_rule', 'params', eligibilityParamsSchema],
];

function unlabelled(catalog: Catalog): string[] {
  const missing: string[] = [];
  const check = (entityType: string, key: string, parent?: string) => {
    const ctx: AuditContext = { catalog, names: {}, entityType };
    if (isHiddenField(ctx, key, parent ? 1 : 0)) return;
    if (fieldLabel(ctx, key, parent) === null)
      missing.push(`${entityType}: ${parent ? `${parent}.` : ''}${key}`);
  };
  for (const [type, table] of TABLES) for (const key of Object.keys(getTableColumns(table))) check(type, key);
  for (const [type, keys] of EXTRA) for (const key of keys) check(type, key);
  for (const [type, field, schema] of NESTED)
    for (const [parent, key] of nestedKeys(schema, field, [])) check(type, key, parent || undefined);
  return missing;
}

describe('audit field labels', () => {
  it('walks the plan and the nested JSON fields', () => {
    const plan = nestedKeys(planBaseSchema, '', []);
    expect(plan).toContainEqual(['delegateRules', 'cap']);
    expect(plan).toContainEqual(['categories', 'sharePercent']);
    expect(nestedKeys(individualDetailsSchema, 'individual', [])).toContainEqual(['individual', 'birthYear']);
  });

  it.each([
    ['vi', vi],
    ['en', en],
  ])('has a %s label for every field an entry may show', (_lang, catalog) => {
    expect(unlabelled(catalog as Catalog)).toEqual([]);
  });
});
