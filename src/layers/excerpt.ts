// The excerpt shown for a mention: the sentence around it, capped to a window on word
// boundaries when the sentence is very long, with the mention's offsets inside the excerpt.

export interface Excerpt {
  text: string;
  /** Offsets of the mention inside `text`. */
  start: number;
  end: number;
}

/** Characters on either side of a mention kept from an overlong sentence. */
const EXCERPT_SIDE_CHARS = 200;
const ELLIPSIS = '…';

function isTerminator(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '\r' || c === '!' || c === '?' || c === '؟') return true;
  // A full stop between digits is a decimal point ("3.5"), not the end of a sentence.
  return c === '.' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

/** [from, to) of the sentence containing text[start, end), whitespace trimmed, end punctuation kept. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !isTerminator(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isTerminator(text, to)) to++;
  if (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return [from, to];
}

export function excerptAround(text: string, start: number, end: number, side = EXCERPT_SIDE_CHARS): Excerpt {
  let [from, to] = sentenceAround(text, start, end);
  const cutLeft = start - from > side;
  const cutRight = to - end > side;
  if (cutLeft) {
    from = start - side;
    // Start on a word: skip the rest of a word cut in half.
    while (from < start && !/\s/.test(text[from - 1]!)) from++;
    while (from < start && /\s/.test(text[from]!)) from++;
  }
  if (cutRight) {
    to = end + side;
    while (to > end && !/\s/.test(text[to]!)) to--;
    while (to > end && /\s/.test(text[to - 1]!)) to--;
  }
  const prefix = cutLeft ? ELLIPSIS : '';
  const body = text.slice(from, to);
  return {
    text: prefix + body + (cutRight ? ELLIPSIS : ''),
    start: prefix.length + start - from,
    end: prefix.length + end - from,
  };
}
