// Nhập khen thưởng cũ — all or nothing, in one transaction: every parsed row is checked against
// the catalogue, the register and the rows before it; any problem refuses the whole file with
// every error ("Dòng 7, cột 'Số quyết định': …"), else every row is written and audited once.
import type { Actor } from '../../../shared/rules/permissions';
import type { HonourImportResultView, HonourInput } from '../../../shared/schemas/honours';
import type { Db } from '../../db/client';
import { type ImportError, importRefusal } from '../../xlsx/import-errors';
import { writeAudit } from '../audit/mutations';
import { type CheckedHonour, checkHonour, insertHonour, loadRegisterContext } from './mutations';
import { HONOUR_HEADERS, type HonourColumn } from './xlsx';

export type ImportRow = { row: number; input: HonourInput };

/** The column an input field is read from (a problem with the movement is the row's). */
const columnOf = (field: keyof HonourInput): string =>
  field === 'movementId' ? '' : HONOUR_HEADERS[field as HonourColumn];

export async function importHonours(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  rows: ImportRow[];
  /** Problems the sheet already had (parse): reported together with the register's. */
  errors?: ImportError[];
}): Promise<HonourImportResultView> {
  const { db, actor, organizationId, rows } = opts;
  return db.transaction(async (tx) => {
    const ctx = await loadRegisterContext(
      tx,
      organizationId,
      rows.map((r) => r.input.decisionNumber),
    );
    const errors: ImportError[] = [...(opts.errors ?? [])];
    const checked: CheckedHonour[] = [];
    for (const { row, input } of rows) {
      const result = await checkHonour(tx, ctx, input, row);
      if (result.ok) checked.push(result.honour);
      else
        for (const p of result.problems) errors.push({ row, column: columnOf(p.field), message: p.message });
    }
    if (errors.length > 0) {
      throw importRefusal(errors.sort((a, b) => a.row - b.row));
    }
    let subjectsCreated = 0;
    for (const h of checked) {
      const { subjectCreated } = await insertHonour(tx, actor, organizationId, h, 'import');
      if (subjectCreated) subjectsCreated++;
    }
    const result = { imported: checked.length, subjectsCreated };
    await writeAudit(tx, actor, {
      organizationId,
      action: 'honour.imported',
      entityType: 'organization',
      entityId: organizationId,
      after: result,
    });
    return result;
  });
}
