// HTML news pages → title, metadata and the article text the reader shows. A small tolerant
// scanner, not a full HTML parser: tags are dropped, scripts/styles and page furniture (nav,
// asides, footers) skipped, entities decoded, block elements and <br> become line
// breaks. Mention offsets refer to the text returned here, which articles.json keeps.
import { decodeEntities } from './html-entities.ts';

export interface HtmlArticle {
  title: string;
  text: string;
  date?: string;
  source?: string;
  url?: string;
}

/** Elements whose content is raw text up to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template']);
/**
 * Elements whose content is not article text. Not <form>: ASP.NET pages wrap the whole body
 * in one.
 */
const SKIPPED = new Set(['head', 'nav', 'aside', 'footer', 'svg', 'math', 'button', 'select', 'object', 'figure', 'menu']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements that start a new line of text. */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Which container the text came from: the first of article > main > body that has text wins. */
type Scope = 'article' | 'main' | 'body';

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Map<string, string>;
  end: number;
}

export function parseHtml(html: string): HtmlArticle {
  const meta = new Map<string, string>();
  const out: Record<Scope, string[]> = { article: [], main: [], body: [] };
  let titleTag = '';
  let firstH1: string[] | undefined;
  let inH1 = false;
  let url: string | undefined;
  let timeDate: string | undefined;
  let articleDepth = 0;
  let mainDepth = 0;
  let preDepth = 0;
  const skipStack: string[] = [];

  const emit = (s: string): void => {
    if (skipStack.length) return;
    if (articleDepth) out.article.push(s);
    if (mainDepth) out.main.push(s);
    out.body.push(s);
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) {
      const raw = decodeEntities(html.slice(i, textEnd));
      const text = preDepth ? raw : raw.replace(/[ \t\r\n\f]+/g, ' ');
      emit(text);
      if (inH1 && !skipStack.length) firstH1!.push(text);
    }
    if (lt < 0) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const close = html.indexOf('>', i);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) {
      // A "<" that starts no tag is text ("a < b").
      emit('<');
      i++;
      continue;
    }
    i = tag.end;
    const { name } = tag;
    if (!tag.closing && RAW_TEXT.has(name)) {
      const close = findEndTag(html, i, name);
      if (name === 'title' && !titleTag) titleTag = decodeEntities(html.slice(i, close.start));
      i = close.end;
      continue;
    }
    if (!tag.closing && name === 'meta') readMeta(tag.attrs, meta);
    if (!tag.closing && name === 'link' && /(^|\s)canonical(\s|$)/i.test(tag.attrs.get('rel') ?? '')) url ??= tag.attrs.get('href');
    if (!tag.closing && name === 'time') timeDate ??= tag.attrs.get('datetime');
    if (SKIPPED.has(name)) {
      if (!tag.closing && !tag.selfClosing) skipStack.push(name);
      else if (tag.closing) {
        const at = skipStack.lastIndexOf(name);
        if (at >= 0) skipStack.length = at;
      }
      continue;
    }
    if (VOID.has(name) && tag.closing) continue;
    const delta = tag.closing ? -1 : tag.selfClosing || VOID.has(name) ? 0 : 1;
    if (name === 'article') articleDepth = Math.max(0, articleDepth + delta);
    if (name === 'main') mainDepth = Math.max(0, mainDepth + delta);
    if (name === 'pre') preDepth = Math.max(0, preDepth + delta);
    if (name === 'h1' && !skipStack.length) {
      if (!tag.closing && !firstH1) {
        firstH1 = [];
        inH1 = true;
      } else if (tag.closing) inH1 = false;
    }
    if (BLOCK.has(name)) emit('\n');
  }

  const scope: Scope = hasText(out.article) ? 'article' : hasText(out.main) ? 'main' : 'body';
  const article: HtmlArticle = {
    title: oneLine(meta.get('og:title') ?? (firstH1 ? firstH1.join('') : '') ?? '') || oneLine(titleTag),
    text: tidyLines(out[scope].join('')),
  };
  const date = meta.get('article:published_time') ?? meta.get('datepublished') ?? meta.get('date') ?? meta.get('pubdate') ?? meta.get('dc.date') ?? timeDate;
  if (date) article.date = date;
  const source = meta.get('og:site_name');
  if (source) article.source = oneLine(source);
  url = meta.get('og:url') ?? url;
  if (url) article.url = url.trim();
  return article;
}

/** Read the tag starting at `<` at `at`, or undefined when no tag starts there. */
function readTag(html: string, at: number): Tag | undefined {
  const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(at, at + 64));
  if (!m) return undefined;
  const attrs = new Map<string, string>();
  const attr = /\s*([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\/(?!>)/y;
  let i = at + m[0].length;
  for (;;) {
    attr.lastIndex = i;
    const a = attr.exec(html);
    if (!a || a[0].length === 0) break;
    if (a[1]) attrs.set(a[1].toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    i = attr.lastIndex;
  }
  while (i < html.length && /\s/.test(html[i]!)) i++;
  let selfClosing = false;
  if (html.startsWith('/>', i)) {
    selfClosing = true;
    i += 2;
  } else if (html[i] === '>') i += 1;
  else {
    // Unterminated or odd tag: end it at the next ">" so the rest of the page still parses.
    const close = html.indexOf('>', i);
    i = close < 0 ? html.length : close + 1;
  }
  return { name: m[2]!.toLowerCase(), closing: m[1] === '/', selfClosing, attrs, end: i };
}

function findEndTag(html: string, from: number, name: string): { start: number; end: number } {
  const re = new RegExp(`</${name}\\s*>`, 'ig');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? { start: m.index, end: m.index + m[0].length } : { start: html.length, end: html.length };
}

function readMeta(attrs: Map<string, string>, meta: Map<string, string>): void {
  const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop'))?.toLowerCase();
  const content = attrs.get('content');
  if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
}

function hasText(parts: string[]): boolean {
  return parts.some((p) => /\S/.test(p));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Trim every line and drop blank ones: paragraphs become single lines. */
function tidyLines(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/^[ \t\u00A0]+|[ \t\u00A0]+$/g, ''))
    .filter((line) => line.length > 0)
    .join('\n');
}
