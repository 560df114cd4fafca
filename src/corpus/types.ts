// An article as read from a corpus file, before geoparsing. `origin` says where it came from
// ("seeds/a.txt", "feed.jsonl:12") so errors about it (duplicate ids) can name the source.

export interface CorpusArticle {
  id: string;
  title: string;
  text: string;
  /** ISO date YYYY-MM-DD, when the source gives one. */
  date?: string;
  source?: string;
  url?: string;
  origin: string;
}

/** The result of reading one file: its articles and what was wrong but skipped. */
export interface ParsedFile {
  articles: CorpusArticle[];
  /** One-line problems, each starting with the origin ("feed.jsonl:3: invalid JSON ..."). */
  warnings: string[];
}
