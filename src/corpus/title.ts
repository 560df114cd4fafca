// Titles and dates as the corpus readers normalise them.

const MAX_TITLE_CHARS = 200;

/** The first non-blank line of a text, trimmed and capped: the title of a plain-text article. */
export function firstLineTitle(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) return t.length > MAX_TITLE_CHARS ? `${t.slice(0, MAX_TITLE_CHARS - 1)}…` : t;
  }
  return '';
}

/**
 * An ISO calendar date (YYYY-MM-DD) from a date or date-time string ("2020-11-09",
 * "2020-11-09T14:03:00Z"), or undefined when the string is not one.
 */
export function isoDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${mo}-${d}`;
}

/** "seeds/001_abc.txt" → "001_abc": the stable id of a one-article file. */
export function idFromFileName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
