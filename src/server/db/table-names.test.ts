import { describe, expect, it } from 'vitest';
import { FOREIGN_KEYS, TABLE_NAMES, TABLE_NOUNS } from './table-names';

describe('table nouns', () => {
  it('names every table of the schema in Vietnamese, and only those', () => {
    expect(Object.keys(TABLE_NOUNS).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('knows the foreign keys by the names the migrations gave them', () => {
    expect(FOREIGN_KEYS.get('council_members_unit_id_units_id_fk')).toEqual({
      table: 'council_members',
      references: 'units',
    });
  });
});
