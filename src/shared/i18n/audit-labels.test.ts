import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_ACTIONS } from '../schemas/program';
import { enAudit } from './en-audit';
import { viAudit } from './vi-audit';

// The history panel and the audit log show each action by its label: an action the server writes
// without a label would appear to the clerk as a code such as "agenda_item.updated".

const serverDir = join(import.meta.dirname, '../../server');

function serverSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return serverSources(path);
    return e.name.endsWith('.ts') && !e.name.includes('.test.') && !e.name.endsWith('.int.ts') ? [path] : [];
  });
}

/** Every literal action passed to the audit writer, plus the ones built from a variable. */
function writtenActions(): string[] {
  const found = new Set<string>();
  for (const file of serverSources(serverDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/action:[^,\n]*?'([a-z_]+(?:\.[a-z_]+)+)'/g)) found.add(m[1]!);
    // a module's own audit(tx, actor, conf, 'budget_line.created', …) helper
    for (const m of text.matchAll(/audit\([^)']*'([a-z_]+(?:\.[a-z_]+)+)'/g)) found.add(m[1]!);
    // an INSERT INTO audit_log written as SQL (check-ins)
    for (const m of text.matchAll(/INSERT INTO audit_log[\s\S]*?'([a-z_]+(?:\.[a-z_]+)+)'/g))
      found.add(m[1]!);
    // insertAudited / updateAudited / deleteAudited(tx, actor, conf, table, 'budget_line', …)
    const done = { insert: 'created', update: 'updated', delete: 'deleted' } as const;
    for (const m of text.matchAll(/(insert|update|delete)Audited\([^)']*'([a-z_]+)'/g))
      found.add(`${m[2]}.${done[m[1] as keyof typeof done]}`);
    // auditedRowWrites(budgetLines, 'budget_line', …): its update and its remove
    for (const m of text.matchAll(/auditedRowWrites\(\s*\w+,\s*'([a-z_]+)'/g))
      for (const d of ['updated', 'deleted']) found.add(`${m[1]}.${d}`);
    // upsertAudited(tx, actor, conf, table, 'unit_report', …): created, then updated
    for (const m of text.matchAll(/upsertAudited\([^)']*'([a-z_]+)'/g))
      for (const d of ['created', 'updated']) found.add(`${m[1]}.${d}`);
  }
  for (const a of ['submit', 'return', 'accept', 'reject']) found.add(`nomination.${a}`);
  for (const a of ['submit', 'return', 'accept']) found.add(`unit_report.${a}`);
  for (const a of RUN_ACTIONS) found.add(`program.run.${a}`);
  for (const which of ['signature', 'seal'])
    for (const what of ['set', 'removed']) found.add(`certificate_settings.${which}_image_${what}`);
  return [...found].sort();
}

/** Every kind of object the server logs entries about. */
function writtenEntityTypes(): string[] {
  const found = new Set<string>();
  for (const file of serverSources(serverDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/entityType: '([a-z_]+)'/g)) found.add(m[1]!);
    for (const m of text.matchAll(/const ENTITY = '([a-z_]+)'/g)) found.add(m[1]!);
    for (const m of text.matchAll(/conferenceAuditor\('([a-z_]+)'\)/g)) found.add(m[1]!);
    for (const m of text.matchAll(/(?:insert|update|delete|upsert)Audited\([^)']*'([a-z_]+)'/g))
      found.add(m[1]!);
    for (const m of text.matchAll(/auditedRowWrites\(\s*\w+,\s*'([a-z_]+)'/g)) found.add(m[1]!);
    for (const m of text.matchAll(/INSERT INTO audit_log[\s\S]*?'[a-z_]+\.[a-z_]+',\s*'([a-z_]+)'/g))
      found.add(m[1]!);
  }
  return [...found].sort();
}

const label = (catalog: { actions: object }, action: string): unknown =>
  action.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], catalog.actions);

describe('audit action labels', () => {
  const actions = writtenActions();

  it('finds the actions the server writes', () => {
    expect(actions).toContain('agenda_item.updated');
    expect(actions).toContain('budget_line.created');
    expect(actions).toContain('task.status_changed');
    expect(actions).toContain('delegate.checked_in');
    expect(actions.length).toBeGreaterThan(60);
  });

  it.each([
    ['vi', viAudit],
    ['en', enAudit],
  ])('has a %s label for every one of them', (_lang, catalog) => {
    const missing = actions.filter((a) => typeof label(catalog, a) !== 'string');
    expect(missing).toEqual([]);
  });
});

describe('audit object type labels', () => {
  const types = writtenEntityTypes();

  it('finds the object types the server writes', () => {
    expect(types).toContain('budget_line');
    expect(types).toContain('issued_document');
    expect(types).toContain('delegate');
    expect(types.length).toBeGreaterThan(20);
  });

  it.each([
    ['vi', viAudit],
    ['en', enAudit],
  ])('has a %s label for every one of them', (_lang, catalog) => {
    expect(types.filter((t) => !Object.hasOwn(catalog.entityType, t))).toEqual([]);
  });
});
