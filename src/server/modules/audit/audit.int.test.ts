import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { auditLog, units } from '../../db/schema/index';
import { createUnit } from '../units/mutations';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('the audit log', () => {
  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const db = t.database.db;
    const [before] = await db.select({ n: count() }).from(auditLog);
    expect(before!.n).toBeGreaterThan(0);
    for (const statement of [
      sql`UPDATE audit_log SET action = 'forged'`,
      sql`DELETE FROM audit_log`,
      sql`TRUNCATE audit_log`,
    ]) {
      const err = await db.execute(statement).then(
        () => null,
        (e: Error & { cause?: Error }) => e,
      );
      expect(err?.cause?.message ?? err?.message).toMatch(/audit_log is append-only/);
    }
    const [after] = await db.select({ n: count() }).from(auditLog);
    expect(after!.n).toBe(before!.n);
  });

  it('is written in the same transaction as the change: a crash mid-write leaves neither', async () => {
    const db = t.database.db;
    const [unitsBefore] = await db.select({ n: count() }).from(units);
    const [auditBefore] = await db.select({ n: count() }).from(auditLog);
    await expect(
      db.transaction(async (tx) => {
        await createUnit(tx, null, t.demo.organizationId, {
          name: 'Đơn vị dở dang',
          type: 'other',
          headName: '',
          phone: '',
          sortOrder: 0,
        });
        throw new Error('simulated crash after the write');
      }),
    ).rejects.toThrow('simulated crash');
    const [unitsAfter] = await db.select({ n: count() }).from(units);
    const [auditAfter] = await db.select({ n: count() }).from(auditLog);
    expect(unitsAfter!.n).toBe(unitsBefore!.n);
    expect(auditAfter!.n).toBe(auditBefore!.n);
  });

  it('is readable by the admin, the chair and the secretary only', async () => {
    const path = `/api/organizations/${t.demo.organizationId}/audit`;
    for (const [who, status] of [
      ['admin', 200],
      ['chutich', 200],
      ['thuky', 200],
      ['uyvien', 403],
      ['tdp5', 403],
      ['letan', 403],
    ] as const) {
      const res = await t.send('GET', path, await t.login(who));
      expect(res.statusCode, who).toBe(status);
    }
  });
});
