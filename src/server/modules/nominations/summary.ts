import sanitizeHtml from 'sanitize-html';

/**
 * Tóm tắt thành tích: rich text limited to safe formatting. Only these tags survive, with no
 * attributes at all, so no script, handler, style or link can ever run where it is shown.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li'],
  allowedAttributes: {},
  disallowedTagsMode: 'escape',
  parser: { lowerCaseTags: true },
};

export function sanitizeSummary(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), OPTIONS).trim();
}

/** The summary as plain text (exports, documents). */
export function summaryText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|li)>|<br\s*\/?>/gi, '\n'), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{2,}/g, '\n')
    .trim();
}
