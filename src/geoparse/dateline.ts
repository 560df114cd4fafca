// Datelines: an article (or a wire item inside a longer text) often opens with a line like
// "طرابلس - وكالات", "بيروت – الشرق الأوسط" or "الخرطوم (رويترز) -". The name before the
// dash is where the story was filed, a city (Tunis, not Tunisia; Algiers, not Algeria); the
// words after the dash name the source (an agency or an outlet), not a place.

import { Gap, type TextView } from './text-view.ts';

/** Tokens a dateline's place and its source may span. */
const MAX_PLACE_TOKENS = 3;
const MAX_SOURCE_TOKENS = 4;

const DASHES = new Set(['-', '–', '—', '‒', '−']);

/** Whether token k opens a line (or the text). */
function startsLine(view: TextView, k: number): boolean {
  // A line break is a hard gap: test the cheap gap class before the text.
  return k === 0 || (view.gaps[k - 1] === Gap.Hard && view.text.slice(view.tokens[k - 1]!.end, view.tokens[k]!.start).includes('\n'));
}

/** The separator text between tokens k and k + 1. */
function gapText(view: TextView, k: number): string {
  return view.text.slice(view.tokens[k]!.end, view.tokens[k + 1]!.start);
}

function hasDash(s: string): boolean {
  for (const ch of s) if (DASHES.has(ch)) return true;
  return false;
}

/**
 * The dash token gap of a dateline whose place starts at token `lineStart`: the index g such
 * that the dash follows token g, or -1 when the line is no dateline. The place may be
 * followed by a parenthesised source: "الخرطوم (رويترز) -".
 */
function datelineDash(view: TextView, lineStart: number): number {
  const n = view.tokens.length;
  for (let g = lineStart; g < Math.min(n - 1, lineStart + MAX_PLACE_TOKENS + 2); g++) {
    const gap = gapText(view, g);
    if (gap.includes('\n')) return -1;
    if (hasDash(gap)) return g;
    if (/[.,،:؛]/.test(gap)) return -1;
  }
  return -1;
}

/** "place": the filing place of a dateline; "source": the agency or outlet after its dash. */
export function datelineRole(view: TextView, first: number, last: number): 'place' | 'source' | null {
  if (startsLine(view, first)) return datelineDash(view, first) >= last ? 'place' : null;
  let k = first;
  while (k > 0 && first - k <= MAX_PLACE_TOKENS + MAX_SOURCE_TOKENS && !startsLine(view, k)) k--;
  if (!startsLine(view, k)) return null;
  const g = datelineDash(view, k);
  if (g < 0 || first <= g) return null;
  // The source is the rest of the line, or what comes before a colon that opens the story.
  const n = view.tokens.length;
  for (let j = g + 1; j - g <= MAX_SOURCE_TOKENS; j++) {
    if (j === n - 1) return 'source';
    const gap = gapText(view, j);
    if (gap.includes('\n') || /[:：]/.test(gap)) return j >= last ? 'source' : null;
    if (/[.,،؛]/.test(gap)) return null;
  }
  return null;
}
