/**
 * Tóm tắt thành tích: the one allow-list of rich-text tags, no attributes. The server sanitizer
 * keeps only these (b and i become strong and em), the web editor produces only these and the
 * web view renders only these.
 */
export const SUMMARY_ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'u', 'ul', 'ol', 'li'] as const;
export type SummaryTag = (typeof SUMMARY_ALLOWED_TAGS)[number];

/** Tags that mean the same as an allowed one (pasted or older content). */
export const SUMMARY_TAG_ALIASES: Readonly<Record<string, SummaryTag>> = { b: 'strong', i: 'em' };

/**
 * Tin bài (article bodies): the summary's tags, plus sub-headings, quotes and links. A link keeps
 * only its `href` (http or https) and always opens without access to this page (rel="noopener").
 */
export const ARTICLE_ALLOWED_TAGS = [...SUMMARY_ALLOWED_TAGS, 'h2', 'h3', 'blockquote', 'a'] as const;
export type ArticleTag = (typeof ARTICLE_ALLOWED_TAGS)[number];
export const ARTICLE_LINK_SCHEMES = ['http', 'https'] as const;
