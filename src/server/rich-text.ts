// Rich text written in the app's editors, one home for sanitizing it: the achievement summary
// (tóm tắt thành tích) and the article body (tin bài), each kept to its allow-list in
// shared/rules/rich-text.ts. Whatever is not allowed is shown as text, never run.
import sanitizeHtml from 'sanitize-html';
import {
  ARTICLE_ALLOWED_TAGS,
  ARTICLE_LINK_SCHEMES,
  SUMMARY_ALLOWED_TAGS,
  SUMMARY_TAG_ALIASES,
} from '../shared/rules/rich-text';

const COMMON: sanitizeHtml.IOptions = {
  transformTags: SUMMARY_TAG_ALIASES,
  disallowedTagsMode: 'escape',
  parser: { lowerCaseTags: true },
};

/**
 * Tóm tắt thành tích: only the shared allow-list survives (b and i become strong and em), with no
 * attributes at all, so no script, handler, style or link can ever run where it is shown.
 */
const SUMMARY: sanitizeHtml.IOptions = {
  ...COMMON,
  allowedTags: [...SUMMARY_ALLOWED_TAGS],
  allowedAttributes: {},
};

/**
 * Tin bài: the summary's tags plus h2, h3, blockquote and links; a link keeps its http(s) href
 * only (javascript:, data:, relative and protocol-relative addresses are dropped) and gets
 * rel="noopener noreferrer".
 */
const ARTICLE: sanitizeHtml.IOptions = {
  ...COMMON,
  allowedTags: [...ARTICLE_ALLOWED_TAGS],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: [...ARTICLE_LINK_SCHEMES],
  allowedSchemesByTag: { a: [...ARTICLE_LINK_SCHEMES] },
  allowProtocolRelative: false,
  transformTags: {
    ...SUMMARY_TAG_ALIASES,
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim() ?? '';
      const attrs: sanitizeHtml.Attributes = /^https?:\/\//i.test(href)
        ? { href, rel: 'noopener noreferrer' }
        : {};
      return { tagName, attribs: attrs };
    },
  },
};

export function sanitizeSummary(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), SUMMARY).trim();
}

export function sanitizeArticle(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), ARTICLE).trim();
}

/** Rich text as plain text (exports, documents, feed summaries). */
export function summaryText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|li|h2|h3|blockquote)>|<br\s*\/?>/gi, '\n'), {
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
