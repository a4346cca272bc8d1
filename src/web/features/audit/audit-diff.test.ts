import { describe, expect, it } from 'vitest';
import { diffSnapshots, entityName } from './audit-diff';

describe('diffSnapshots', () => {
  it('lists changed fields and skips bookkeeping', () => {
    const before = { id: 'm1', version: 1, updatedAt: 'a', startDate: '2020-03-23', title: 'A', done: false };
    const after = { id: 'm1', version: 2, updatedAt: 'b', startDate: '2020-03-24', title: 'A', done: true };
    expect(diffSnapshots(before, after)).toEqual([
      { path: ['startDate'], before: '2020-03-23', after: '2020-03-24' },
      { path: ['done'], before: false, after: true },
    ]);
  });

  it('walks nested plans down to the changed leaf', () => {
    const before = {
      delegateRules: { cap: 100, categories: [{ key: 'a', sharePercent: 70 }] },
      purposes: ['x'],
    };
    const after = {
      delegateRules: { cap: 120, categories: [{ key: 'a', sharePercent: 70 }] },
      purposes: ['x', 'y'],
    };
    expect(diffSnapshots(before, after)).toEqual([
      { path: ['delegateRules', 'cap'], before: 100, after: 120 },
      { path: ['purposes', 1], before: undefined, after: 'y' },
    ]);
  });

  it('names the object of an entry', () => {
    expect(entityName({ title: 'Họp Hội đồng' })).toBe('Họp Hội đồng');
    expect(entityName({ plan: { name: 'Hội nghị' } })).toBe('Hội nghị');
    expect(entityName(null)).toBe('');
  });
});
