import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache';

describe('ReadCache', () => {
  it('serves an entry until a write bumps the generation or the TTL passes', () => {
    const cache = new ReadCache<string>(1000);
    cache.set('a', 'v1', 0, 0);
    expect(cache.get('a', 0, 500)).toBe('v1');
    expect(cache.get('a', 1, 500)).toBeUndefined();
    cache.set('a', 'v2', 1, 500);
    expect(cache.get('a', 1, 1600)).toBeUndefined();
  });

  it('stays bounded', () => {
    const cache = new ReadCache<number>(1000, 2);
    cache.set('a', 1, 0, 0);
    cache.set('b', 2, 0, 0);
    cache.set('c', 3, 0, 0);
    expect(cache.get('a', 0, 0)).toBeUndefined();
    expect(cache.get('c', 0, 0)).toBe(3);
  });
});
