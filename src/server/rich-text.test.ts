import { describe, expect, it } from 'vitest';
import { sanitizeArticle, sanitizeSummary, summaryText } from './rich-text';

describe('achievement summary', () => {
  it('keeps safe formatting and drops every attribute', () => {
    expect(
      sanitizeSummary('<p onclick="x()">Hoàn thành <strong style="color:red">xuất sắc</strong></p>'),
    ).toBe('<p>Hoàn thành <strong>xuất sắc</strong></p>');
  });

  it('shows script and markup as text', () => {
    const out = sanitizeSummary(
      '<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:x">y</a>',
    );
    expect(out).not.toMatch(/<script|<img|<a /i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('does not take the article-only tags', () => {
    const out = sanitizeSummary('<h2>Tiêu đề</h2><blockquote>Trích</blockquote><a href="https://x.vn">x</a>');
    expect(out).not.toMatch(/<h2|<blockquote|<a /);
    expect(out).toContain('&lt;h2&gt;Tiêu đề&lt;/h2&gt;');
  });

  it('reads back as plain text', () => {
    expect(summaryText('<p>Dòng 1 &amp; 2</p><ul><li>Ý a</li><li>Ý b</li></ul>')).toBe(
      'Dòng 1 & 2\nÝ a\nÝ b',
    );
  });
});

describe('article body', () => {
  it('keeps the summary tags plus headings, quotes and http(s) links with rel=noopener', () => {
    expect(
      sanitizeArticle(
        '<h2 class="x">Kết quả</h2><h3>Phong trào</h3><blockquote><p>Trích <b>QĐ</b></p></blockquote>' +
          '<p><a href="https://vanyen.hatinh.gov.vn/tin" target="_blank" onclick="x()">Xem</a></p>',
      ),
    ).toBe(
      '<h2>Kết quả</h2><h3>Phong trào</h3><blockquote><p>Trích <strong>QĐ</strong></p></blockquote>' +
        '<p><a href="https://vanyen.hatinh.gov.vn/tin" rel="noopener noreferrer">Xem</a></p>',
    );
  });

  it('drops a link address that is not http or https, keeping its text', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example/x',
      '/login',
      'JaVaScRiPt:x',
    ]) {
      const out = sanitizeArticle(`<p><a href="${href}">bấm</a></p>`);
      expect(out).toBe('<p><a>bấm</a></p>');
    }
    expect(sanitizeArticle('<a href="http://a.vn">a</a>')).toBe(
      '<a href="http://a.vn" rel="noopener noreferrer">a</a>',
    );
  });

  it('still shows scripts, images, styles and other headings as text', () => {
    const out = sanitizeArticle(
      '<script>alert(1)</script><img src=x onerror=alert(1)><h1>H</h1><style>p{}</style>',
    );
    expect(out).not.toMatch(/<script|<img|<h1|<style/i);
    expect(out).toContain('&lt;script&gt;');
  });
});
