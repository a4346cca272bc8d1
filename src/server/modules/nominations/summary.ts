import sanitizeHtml from 'sanitize-html';
import { SUMMARY_ALLOWED_TAGS, SUMMARY_TAG_ALIASES } from '../../../shared/rules/rich-text';

/**
 * Tóm tắt thành tích: rich text limited to safe formatting. Only the shared allow-list survives
 * (b and i become strong and em), with no attributes at all, so no script, handler, style or link
 * can ever run where it is shown.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...SUMMARY_ALLOWED_TAGS],
  transformTags: SUMMARY_TAG_ALIASES,
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
