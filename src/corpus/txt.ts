// Plain-text articles: the whole text is the article, its first line the title.
import type { CorpusArticle } from './types.ts';
import { firstLineTitle, idFromFileName } from './title.ts';

export function parseTxt(path: string, text: string): CorpusArticle {
  return { id: idFromFileName(path), title: firstLineTitle(text), text, origin: path };
}
