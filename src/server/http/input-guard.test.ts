import { describe, expect, it } from 'vitest';
import { findBadText, NUL_MESSAGE, SURROGATE_MESSAGE } from './input-guard';

describe('findBadText', () => {
  it('accepts Vietnamese, emoji (a surrogate pair) and other control characters', () => {
    expect(findBadText({ a: ['Nguyễn Thị Ánh 😀', { b: 'tab\there\nnewline' }] }, 'body')).toBeNull();
  });

  it('names the dotted path of a NUL or a lone surrogate, in arrays and objects', () => {
    expect(findBadText({ a: [{ b: 'x' }, { b: 'y\u0000' }] }, 'body')).toEqual({
      path: 'a.1.b',
      message: NUL_MESSAGE,
    });
    expect(findBadText({ s: { t: '\udc00 lẻ' } }, 'body')).toEqual({
      path: 's.t',
      message: SURROGATE_MESSAGE,
    });
    expect(findBadText('a\u0000', 'body')).toEqual({ path: 'body', message: NUL_MESSAGE });
  });

  it('checks object keys, showing the key without the bad character', () => {
    expect(findBadText({ choices: { 'k\u0000': 'agree' } }, 'body')).toEqual({
      path: 'choices.k\uFFFD',
      message: NUL_MESSAGE,
    });
  });

  it('walks a body nested 100,000 deep without exhausting the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\ud800"${']'.repeat(100_000)}`);
    expect(findBadText(deep, 'body')?.message).toBe(SURROGATE_MESSAGE);
  });

  it('leaves buffers (uploaded bytes) alone', () => {
    expect(findBadText(Buffer.from([0, 0xd8, 0]), 'body')).toBeNull();
  });
});
