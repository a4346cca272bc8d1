import { describe, expect, it } from 'vitest';
import { checkUnitOrder, moveInOrder, nextSortNumber, sortNumbers } from './unit-order';

describe('checkUnitOrder', () => {
  it.each([
    [['a', 'b', 'c'], ['c', 'a', 'b'], true],
    [['a', 'b', 'c'], ['a', 'b'], false],
    [['a', 'b'], ['a', 'b', 'x'], false],
    [['a', 'b'], ['a', 'x'], false],
    [['a', 'b'], ['a', 'a'], false],
    [[], [], true],
  ])('%j ← %j: %s', (current, requested, ok) => {
    expect(checkUnitOrder(current, requested).ok).toBe(ok);
  });

  it('names what went wrong', () => {
    expect(checkUnitOrder(['a', 'b'], ['a', 'a'])).toEqual({
      ok: false,
      message: 'Một đơn vị xuất hiện hai lần trong thứ tự',
    });
    expect(checkUnitOrder(['a', 'b'], ['a'])).toMatchObject({ ok: false, message: /vừa thay đổi/ });
  });
});

describe('moveInOrder', () => {
  it.each([
    ['b', -1, ['b', 'a', 'c']],
    ['b', 1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 1, ['a', 'b', 'c']],
    ['x', 1, ['a', 'b', 'c']],
  ] as const)('%s by %d → %j', (id, delta, out) => {
    expect(moveInOrder(['a', 'b', 'c'], id, delta)).toEqual(out);
  });
});

describe('sort numbers', () => {
  it('stores an order as 10, 20, 30…', () => {
    expect([...sortNumbers(['c', 'a', 'b'])]).toEqual([
      ['c', 10],
      ['a', 20],
      ['b', 30],
    ]);
  });
  it.each([
    [[], 10],
    [[10, 20, 30], 40],
    [[0, 0], 10],
    [[15], 20],
  ])('after %j comes %d', (existing, next) => {
    expect(nextSortNumber(existing)).toBe(next);
  });
});
