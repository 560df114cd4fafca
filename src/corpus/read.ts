// One decoded corpus file → its articles, by extension. Pure (no fs), so the browser can read
// dropped files with the same code the CLI uses.
import type { CorpusArticle, ParsedFile } from './types.ts';
import { parseTxt } from './txt.ts';
import { parseJsonl } from './jsonl.ts';
import { parseHtml } from './html.ts';
import { firstLineTitle, idFromFileName, isoDate } from './title.ts';

const CORPUS_EXTENSIONS = ['.txt', '.html', '.htm', '.jsonl', '.ndjson'] as const;

export function isCorpusFile(path: string): boolean {
  const lower = path.toLowerCase();
  return CORPUS_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function parseCorpusFile(path: string, text: string): ParsedFile {
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return parseJsonl(path, text);
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return parseHtmlFile(path, text);
  return { articles: [parseTxt(path, text)], warnings: [] };
}

function parseHtmlFile(path: string, html: string): ParsedFile {
  const page = parseHtml(html);
  const warnings: string[] = [];
  const article: CorpusArticle = {
    id: idFromFileName(path),
    title: page.title || firstLineTitle(page.text),
    text: page.text,
    origin: path,
  };
  if (page.date) {
    const date = isoDate(page.date);
    if (date) article.date = date;
    else warnings.push(`${path}: publication date ${JSON.stringify(page.date)} is not an ISO date, ignored`);
  }
  if (page.source) article.source = page.source;
  if (page.url) article.url = page.url;
  return { articles: [article], warnings };
}

/**
 * Refuse duplicate article ids, naming both sources: two articles claiming one id would
 * silently merge their mentions on the map.
 */
export function checkUniqueIds(articles: readonly CorpusArticle[]): void {
  const seen = new Map<string, string>();
  for (const a of articles) {
    const first = seen.get(a.id);
    if (first !== undefined) throw new Error(`duplicate article id "${a.id}": ${first} and ${a.origin}`);
    seen.set(a.id, a.origin);
  }
}
