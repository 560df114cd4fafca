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
  return k === 0 || (view.gaps[k - 1] === Gap.Hard && hasLineBreak(view.text, view.tokens[k - 1]!.end, view.tokens[k]!.start));
}

/** Whether text[from, to) holds a line feed; scanned in place, as most hard gaps are a comma or a full stop. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
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

interface Dateline {
  /** First token of the line: the place. */
  line: number;
  /** The dash follows this token. */
  dash: number;
  /** Last token of the source after the dash, or -1 when the line goes on as a story. */
  sourceEnd: number;
}

/** The datelines of a text, found once per view (most texts have none or one). */
const cache = new WeakMap<TextView, readonly Dateline[]>();

function datelinesOf(view: TextView): readonly Dateline[] {
  let found = cache.get(view);
  if (found) return found;
  const list: Dateline[] = [];
  for (let k = 0; k < view.tokens.length; k++) {
    if (!startsLine(view, k)) continue;
    const dash = datelineDash(view, k);
    if (dash >= 0) list.push({ line: k, dash, sourceEnd: sourceEnd(view, dash) });
  }
  found = list;
  cache.set(view, found);
  return found;
}

/** The source is the rest of the line, or what comes before a colon that opens the story. */
function sourceEnd(view: TextView, dash: number): number {
  const n = view.tokens.length;
  for (let j = dash + 1; j - dash <= MAX_SOURCE_TOKENS && j < n; j++) {
    if (j === n - 1) return j;
    const gap = gapText(view, j);
    if (gap.includes('\n') || /[:：]/.test(gap)) return j;
    if (/[.,،؛]/.test(gap)) return -1;
  }
  return -1;
}

/** "place": the filing place of a dateline; "source": the agency or outlet after its dash. */
export function datelineRole(view: TextView, first: number, last: number): 'place' | 'source' | null {
  for (const d of datelinesOf(view)) {
    if (first === d.line) return d.dash >= last ? 'place' : null;
    if (first > d.dash && last <= d.sourceEnd) return 'source';
  }
  return null;
}
