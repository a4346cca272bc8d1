import { createElement, type ReactNode, useMemo } from 'react';
import { SUMMARY_ALLOWED_TAGS, SUMMARY_TAG_ALIASES, type SummaryTag } from '../../../shared/rules/rich-text';

// Tóm tắt thành tích: rich text limited to the shared allow-list, no attributes. The server
// sanitizes what it stores; the web keeps the editor's output to the list and renders what it
// receives through the same list as React elements, never as raw HTML.

const ALLOWED = new Set<string>(SUMMARY_ALLOWED_TAGS);
/** Elements whose content is never text to show. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'noscript',
  'svg',
  'math',
]);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Parsed inertly: nothing runs, nothing loads. */
const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

/** The allowed tag an element stands for (b → strong), null to keep only its content, 'drop'. */
function tagOf(el: Element): SummaryTag | null | 'drop' {
  const tag = el.tagName.toLowerCase();
  if (DROPPED.has(tag)) return 'drop';
  if (ALLOWED.has(tag)) return tag as SummaryTag;
  return SUMMARY_TAG_ALIASES[tag] ?? null;
}

function toHtml(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return esc(node.textContent ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const tag = tagOf(node as Element);
  if (tag === 'drop') return '';
  const inner = [...node.childNodes].map(toHtml).join('');
  if (!tag) return inner;
  return tag === 'br' ? '<br>' : `<${tag}>${inner}</${tag}>`;
}

/** Any HTML string → only the allow-listed tags, without attributes. */
export function keepAllowedTags(html: string): string {
  return html.trim() ? toHtml(parse(html)) : '';
}

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const tag = tagOf(node as Element);
  if (tag === 'drop') return null;
  const children = [...node.childNodes].map(toReact);
  if (!tag) return children;
  return tag === 'br' ? createElement('br', { key }) : createElement(tag, { key }, ...children);
}

/** Renders a stored summary through the allow-list, as React elements. */
export function SummaryView({ html }: { html: string }) {
  const nodes = useMemo(() => (html.trim() ? [...parse(html).childNodes].map(toReact) : null), [html]);
  return <div className="vd-summary">{nodes}</div>;
}
