// Node-only: expands CORPUS arguments (files and folders, walked recursively in name order)
// into corpus files, reads and decodes them, and parses their articles.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticle } from '../io/read-text.ts';
import type { CorpusArticle } from './types.ts';
import { checkUniqueIds, isCorpusFile, parseCorpusFile } from './read.ts';

export interface Corpus {
  articles: CorpusArticle[];
  warnings: string[];
}

/** Read every article under the given paths; throws one-line errors naming the file. */
export async function readCorpus(paths: readonly string[]): Promise<Corpus> {
  const files: string[] = [];
  for (const p of paths) files.push(...(await expand(p)));
  const articles: CorpusArticle[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const decoded = await readArticle(file);
    if (!decoded.ok) throw new Error(`${file}: ${decoded.problem}`);
    if (decoded.warning) warnings.push(`${file}: ${decoded.warning}`);
    const parsed = parseCorpusFile(file, decoded.text);
    for (const a of parsed.articles) articles.push(a);
    warnings.push(...parsed.warnings);
  }
  checkUniqueIds(articles);
  return { articles, warnings };
}

async function expand(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Error(`${path}: no such file or directory`);
  }
  if (info.isFile()) {
    if (!isCorpusFile(path)) throw new Error(`${path}: not a corpus file (expected .txt, .html, .htm, .jsonl or .ndjson)`);
    return [path];
  }
  const out: string[] = [];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const child = join(path, e.name);
    if (e.isDirectory()) out.push(...(await expand(child)));
    else if (e.isFile() && isCorpusFile(e.name)) out.push(child);
  }
  return out;
}
