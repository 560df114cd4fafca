// JSON Lines / NDJSON corpora: one article object per line, {id, title, date, source, url, text}.
// A malformed line is reported as "file:line: problem" and skipped; the rest still builds.
import type { CorpusArticle, ParsedFile } from './types.ts';
import { firstLineTitle, idFromFileName, isoDate } from './title.ts';

export function parseJsonl(path: string, content: string): ParsedFile {
  const articles: CorpusArticle[] = [];
  const warnings: string[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const origin = `${path}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      warnings.push(`${origin}: invalid JSON (${err instanceof Error ? err.message : String(err)}), line skipped`);
      continue;
    }
    // Records without an id get one from the file and line: "feed-12".
    const parsed = articleFromRecord(value, origin, `${idFromFileName(path)}-${i + 1}`);
    if (typeof parsed === 'string') warnings.push(`${origin}: ${parsed}, line skipped`);
    else {
      articles.push(parsed.article);
      warnings.push(...parsed.warnings.map((w) => `${origin}: ${w}`));
    }
  }
  return { articles, warnings };
}

/** An article from one decoded record, or the reason it is not one. */
function articleFromRecord(value: unknown, origin: string, fallbackId: string): { article: CorpusArticle; warnings: string[] } | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const r = value as Record<string, unknown>;
  if (typeof r.text !== 'string') return 'no "text" string';
  let id: string;
  if (typeof r.id === 'string' && r.id.trim()) id = r.id.trim();
  else if (typeof r.id === 'number' && Number.isFinite(r.id)) id = String(r.id);
  else if (r.id === undefined || r.id === null || r.id === '') id = fallbackId;
  else return '"id" is neither a non-empty string nor a number';
  const warnings: string[] = [];
  const article: CorpusArticle = {
    id,
    title: typeof r.title === 'string' && r.title.trim() ? r.title.trim() : firstLineTitle(r.text),
    text: r.text,
    origin,
  };
  if (r.date !== undefined && r.date !== null && r.date !== '') {
    const date = typeof r.date === 'string' ? isoDate(r.date) : undefined;
    if (date) article.date = date;
    else warnings.push(`"date" ${JSON.stringify(r.date)} is not an ISO date (YYYY-MM-DD), ignored`);
  }
  if (typeof r.source === 'string' && r.source.trim()) article.source = r.source.trim();
  if (typeof r.url === 'string' && r.url.trim()) article.url = r.url.trim();
  return { article, warnings };
}
