import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/helpers/test-db';
import { organizationInputSchema } from '../../../shared/schemas/organizations';
import type { Database } from '../../db/client';
import { databaseErrorAsAppError, findDatabaseError } from '../../db/errors';
import { councilMembers } from '../../db/schema/index';
import { createOrganization } from './mutations';

let database: Database;
let organizationId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (
    await createOrganization(
      database.db,
      null,
      organizationInputSchema.parse({ name: 'Phường Thử', level: 'ward' }),
    )
  ).id;
});
afterAll(async () => database?.close());

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => e,
  );

describe('database errors as answers (both drivers, through Drizzle)', () => {
  it('finds the SQLSTATE and constraint inside Drizzle’s wrapper', async () => {
    const err = await failureOf(
      database.db.insert(councilMembers).values({
        organizationId,
        term: '2025-2030',
        fullName: 'Thử',
        position: 'member',
        unitId: randomUUID(),
      }),
    );
    expect(findDatabaseError(err)).toMatchObject({
      code: '23503',
      constraint: 'council_members_unit_id_units_id_fk',
    });
    expect(databaseErrorAsAppError(err)?.message).toBe(
      'Không lưu được thành viên Hội đồng: đơn vị được chọn không còn tồn tại (có thể vừa bị xóa). Hãy tải lại trang rồi chọn lại.',
    );
  });

  it('maps a check violation to 409 naming the table', async () => {
    const err = await failureOf(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`alter table units add constraint units_name_not_blank check (name <> '')`);
        await tx.execute(
          sql`insert into units (organization_id, name, type) values (${organizationId}, '', 'other')`,
        );
      }),
    );
    const mapped = databaseErrorAsAppError(err);
    expect(mapped?.code).toBe('CONFLICT');
    expect(mapped?.message).toBe(
      'Không lưu được đơn vị: dữ liệu không thỏa điều kiện kiểm tra của cơ sở dữ liệu (units_name_not_blank)',
    );
  });

  it('leaves other errors alone', async () => {
    expect(databaseErrorAsAppError(new Error('x'))).toBeNull();
    expect(databaseErrorAsAppError(await failureOf(database.db.execute(sql`select 1/0`)))).toBeNull();
  });
});
