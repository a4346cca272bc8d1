import { describe, expect, it } from 'vitest';
import { describeError } from './error-log';

describe('describeError (what the 500 log keeps)', () => {
  it('keeps the class, SQLSTATE and constraint, never the query parameters or key values', () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "units_org_name_uq"'),
      {
        code: '23505',
        constraint: 'units_org_name_uq',
        table: 'units',
        detail: 'Key (organization_id, name)=(1, Nguyễn Văn A) already exists.',
      },
    );
    const err = Object.assign(
      new Error('Failed query: insert into "units" ("name") values ($1)\nparams: Nguyễn Văn A,0912345678'),
      { name: 'DrizzleQueryError', cause },
    );
    const logged = describeError(err);
    expect(JSON.stringify(logged)).not.toMatch(/Nguyễn Văn A|0912345678/);
    expect(logged).toMatchObject({
      type: 'DrizzleQueryError',
      message: 'Failed query: insert into "units" ("name") values ($1)',
      code: '23505',
      constraint: 'units_org_name_uq',
      table: 'units',
    });
  });

  it('hides the quoted value of a driver message', () => {
    const err = Object.assign(new Error('invalid input syntax for type uuid: "Trần Thị B"'), {
      code: '22P02',
    });
    expect(JSON.stringify(describeError(err))).not.toContain('Trần Thị B');
  });
});
