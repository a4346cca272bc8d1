import { describe, expect, it } from 'vitest';
import { sanitizeSummary, summaryText } from './summary';

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

  it('reads back as plain text', () => {
    expect(summaryText('<p>Dòng 1 &amp; 2</p><ul><li>Ý a</li><li>Ý b</li></ul>')).toBe(
      'Dòng 1 & 2\nÝ a\nÝ b',
    );
  });
});
