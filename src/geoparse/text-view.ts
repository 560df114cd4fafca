// The tokens of one text with what separates them, so the recogniser can ask "which word
// comes right before this one, in the same phrase?" without re-scanning the text.

import { isIgnorableCode, tokenize, type Token } from '../arabic/tokenize.ts';
import { mayHaveProclitic, stripProclitics } from '../arabic/proclitics.ts';
import { LEXICON_WORDS } from './lexicon.ts';

/** How two neighbouring tokens are separated. */
export const Gap = {
  /** Only spaces: the words can form one name ("بني وليد"). */
  Space: 0,
  /** Quotes or brackets: still one phrase ("مطار «معيتيقة»", "طبرق (شمال ليبيا)"). */
  Soft: 1,
  /** Sentence or clause punctuation, a dash, a line break, or other symbols. */
  Hard: 2,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

const SOFT_CHARS = new Set(['"', "'", '«', '»', '“', '”', '‘', '’', '(', ')', '[', ']', '{', '}', '<', '>', 'ـ']);

export class TextView {
  readonly tokens: Token[];
  /** gaps[k]: separation between tokens[k] and tokens[k + 1]. */
  readonly gaps: Uint8Array;
  private readonly bare: (string | undefined)[];

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    const n = this.tokens.length;
    this.gaps = new Uint8Array(Math.max(0, n - 1));
    for (let k = 0; k + 1 < n; k++) this.gaps[k] = classifyGap(text, this.tokens[k]!.end, this.tokens[k + 1]!.start);
    this.bare = new Array(n);
  }

  /**
   * The normalised token without proclitics ("بمدينة" → "مدينه"), memoised; a word of the
   * lexicon stays whole ("بين", "فوق", "كما").
   */
  bareWord(k: number): string {
    let w = this.bare[k];
    if (w === undefined) {
      const norm = this.tokens[k]!.norm;
      // Most words start with no proclitic letter: skip the lexicon probe for them.
      w = !mayHaveProclitic(norm) || LEXICON_WORDS.has(norm) ? norm : stripProclitics(norm);
      this.bare[k] = w;
    }
    return w;
  }

  /** Index of the token before k in the same phrase (space or soft gap), or -1. */
  before(k: number): number {
    return k > 0 && this.gaps[k - 1]! !== Gap.Hard ? k - 1 : -1;
  }

  /** Index of the token after k in the same phrase, or -1. */
  after(k: number): number {
    return k + 1 < this.tokens.length && this.gaps[k]! !== Gap.Hard ? k + 1 : -1;
  }
}

function classifyGap(text: string, from: number, to: number): Gap {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return Gap.Space; // the usual case
  let gap: Gap = Gap.Space;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0xa0 || c === 0x09 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f) continue;
    if (isIgnorableCode(c)) continue;
    if (SOFT_CHARS.has(text[i]!)) {
      gap = Gap.Soft;
      continue;
    }
    return Gap.Hard;
  }
  return gap;
}
