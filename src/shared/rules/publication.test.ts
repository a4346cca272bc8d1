import { describe, expect, it } from 'vitest';
import { articleShows, articleState, noticeIsPublic, noticeState, noticeTakesComments } from './publication';

describe('publication rules', () => {
  const now = new Date('2026-03-20T03:00:00Z');
  it('an article shows once published and its time has come', () => {
    expect(articleShows({ status: 'draft', publishAt: null }, now)).toBe(false);
    expect(articleShows({ status: 'published', publishAt: null }, now)).toBe(true);
    expect(articleState({ status: 'published', publishAt: '2026-03-21T00:00:00Z' }, now)).toBe('scheduled');
    expect(articleState({ status: 'published', publishAt: '2026-03-20T02:59:59Z' }, now)).toBe('published');
  });
  it('a notice is open from its first to its last day, both included, unless withdrawn', () => {
    const n = {
      publishedAt: '2026-03-01T00:00:00Z',
      withdrawnAt: null,
      opensOn: '2026-03-10',
      closesOn: '2026-03-20',
    };
    expect(noticeState(n, '2026-03-09')).toBe('scheduled');
    expect(noticeState(n, '2026-03-10')).toBe('open');
    expect(noticeState(n, '2026-03-20')).toBe('open');
    expect(noticeState(n, '2026-03-21')).toBe('closed');
    expect(noticeState({ ...n, publishedAt: null }, '2026-03-15')).toBe('draft');
    expect(noticeState({ ...n, withdrawnAt: '2026-03-12T00:00:00Z' }, '2026-03-15')).toBe('withdrawn');
    expect(noticeIsPublic('closed')).toBe(true);
    expect(noticeIsPublic('draft')).toBe(false);
    expect(noticeTakesComments('closed')).toBe(false);
    expect(noticeTakesComments('open')).toBe(true);
  });
});
