import { createElement, type ReactNode, useMemo } from 'react';

// Tóm tắt thành tích: rich text limited to p, br, strong, em, u, ul, ol, li — no attributes.
// The server sanitizes what it stores; the web app cleans again what it sends (the editor's DOM)
// and renders what it receives through this allow-list, never as raw HTML.

const MARKS: Record<string, 'strong' | 'em' | 'u'> = {
  B: 'strong',
  STRONG: 'strong',
  I: 'em',
  EM: 'em',
  U: 'u',
};
const LISTS = new Set(['UL', 'OL']);
const BLOCKS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'TABLE',
  'TR',
]);
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'NOSCRIPT',
  'SVG',
  'MATH',
]);

const esc = (s: string) =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** Bold/italic/underline given by style (pasted text) rather than by tag. */
function styleMarks(el: HTMLElement): ('strong' | 'em' | 'u')[] {
  const s = el.style;
  if (!s) return [];
  const marks: ('strong' | 'em' | 'u')[] = [];
  if (s.fontWeight === 'bold' || Number(s.fontWeight) >= 600) marks.push('strong');
  if (s.fontStyle === 'italic') marks.push('em');
  if ((s.textDecoration || s.textDecorationLine || '').includes('underline')) marks.push('u');
  return marks;
}

function inline(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return esc(node.textContent ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as HTMLElement;
  const tag = el.tagName.toUpperCase();
  if (DROPPED.has(tag)) return '';
  if (tag === 'BR') return '<br>';
  const inner = [...el.childNodes].map(inline).join('');
  if (BLOCKS.has(tag) || tag === 'LI' || LISTS.has(tag)) return inner ? `${inner}<br>` : '';
  const mark = MARKS[tag];
  const marks = mark ? [mark] : styleMarks(el);
  if (!inner.replace(/<br>/g, '').trim()) return inner;
  return marks.reduceRight((acc, m) => `<${m}>${acc}</${m}>`, inner);
}

const trimBreaks = (s: string) => s.replace(/^(\s|<br>)+|(\s|<br>)+$/g, '');

function listItem(li: Element): string {
  let out = '';
  for (const child of li.childNodes) {
    const tag = child.nodeType === Node.ELEMENT_NODE ? (child as Element).tagName.toUpperCase() : '';
    out += LISTS.has(tag) ? list(child as Element) : inline(child);
  }
  return trimBreaks(out);
}

function list(el: Element): string {
  const tag = el.tagName.toUpperCase() === 'OL' ? 'ol' : 'ul';
  const items: string[] = [];
  for (const child of el.childNodes) {
    const ctag = child.nodeType === Node.ELEMENT_NODE ? (child as Element).tagName.toUpperCase() : '';
    const content = ctag === 'LI' ? listItem(child as Element) : trimBreaks(inline(child));
    if (content.replace(/<[^>]+>/g, '').trim() || content.includes('<ul>') || content.includes('<ol>'))
      items.push(`<li>${content}</li>`);
  }
  return items.length ? `<${tag}>${items.join('')}</${tag}>` : '';
}

function blocks(parent: Node): string {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const p = trimBreaks(run);
    if (p.replace(/<[^>]+>/g, '').trim()) out.push(`<p>${p}</p>`);
    run = '';
  };
  for (const child of parent.childNodes) {
    const tag = child.nodeType === Node.ELEMENT_NODE ? (child as Element).tagName.toUpperCase() : '';
    if (LISTS.has(tag)) {
      flush();
      out.push(list(child as Element));
    } else if (BLOCKS.has(tag) || tag === 'LI') {
      flush();
      out.push(blocks(child));
    } else if (!DROPPED.has(tag)) {
      run += inline(child);
    }
  }
  flush();
  return out.join('');
}

/** The editor's DOM (or any DOM) as allow-listed HTML; '' when there is no text. */
export function serializeSummary(root: Node): string {
  return blocks(root);
}

/** Any HTML string → allow-listed HTML (parsed inertly: nothing runs, nothing loads). */
export function cleanSummaryHtml(html: string): string {
  if (!html.trim()) return '';
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return serializeSummary(doc.body);
}

const ALLOWED = new Set(['p', 'br', 'strong', 'em', 'u', 'ul', 'ol', 'li']);

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const tag = (node as Element).tagName.toLowerCase();
  const children = [...node.childNodes].map(toReact);
  if (!ALLOWED.has(tag)) return children;
  return tag === 'br' ? createElement('br', { key }) : createElement(tag, { key }, ...children);
}

/** Renders a stored summary through the allow-list, as React elements. */
export function SummaryView({ html }: { html: string }) {
  const nodes = useMemo(() => {
    const clean = cleanSummaryHtml(html);
    if (!clean) return null;
    const doc = new DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html');
    return [...doc.body.childNodes].map(toReact);
  }, [html]);
  return <div className="vd-summary">{nodes}</div>;
}
