// Splits a text into plain and highlighted segments from character offsets, so components can
// render every piece as a text node (article text is data, never markup).

export interface Range {
  start: number;
  end: number;
  /** Anything the caller wants back on the highlighted segment (a mention id, a place id). */
  key: string;
}

export type Segment = { text: string; range?: Range };

/** Ranges must not overlap; out-of-bounds or overlapping ones are skipped, not guessed at. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at || r.end > text.length || r.end <= r.start) continue;
    if (r.start > at) out.push({ text: text.slice(at, r.start) });
    out.push({ text: text.slice(r.start, r.end), range: r });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
