// Word tokenisation that keeps offsets into the original text. A token is a maximal run of
// letters (Arabic or Latin), digits and the marks that normalisation deletes (diacritics,
// tatweel, zero-width/bidi marks), so "عربي21" stays one token and "ليـبيا" is one word.

import { isIgnorableMark, normalizeKey } from './normalize.ts';

export interface Token {
  /** Offset of the first code unit in the original text. */
  start: number;
  /** Offset after the last code unit in the original text. */
  end: number;
  /** Normalised form (normalizeKey) of text.slice(start, end). */
  norm: string;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640\u200C\u200D]/u;

function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch) || isIgnorableMark(ch);
}

/** Split text into word tokens with original offsets; everything else is a separator. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Surrogate pairs (emoji, rare scripts) are never word characters here; skip both halves.
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      i++;
      continue;
    }
    if (!isWordChar(text[i]!) || isIgnorableMark(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) break;
      if (!isWordChar(text[i]!)) break;
      i++;
    }
    // Trailing marks (e.g. a zero-width joiner) are not part of the word.
    let end = i;
    while (end > start && isIgnorableMark(text[end - 1]!) && !/\p{M}/u.test(text[end - 1]!)) end--;
    const norm = normalizeKey(text.slice(start, end));
    if (norm) tokens.push({ start, end, norm });
  }
  return tokens;
}

/**
 * Offset in the original text after the first `letters` non-mark characters of the token
 * starting at `start`, and after any marks that follow them. Used to move a mention's start
 * past a proclitic ("بِالغردقة" → start of "الغردقة").
 */
export function offsetAfterLetters(text: string, start: number, letters: number): number {
  let i = start;
  let seen = 0;
  while (i < text.length && seen < letters) {
    if (!isIgnorableMark(text[i]!)) seen++;
    i++;
  }
  while (i < text.length && isIgnorableMark(text[i]!)) i++;
  return i;
}

/** Offset in the original text of the end of the first `letters` non-mark characters. */
export function offsetOfLetters(text: string, start: number, letters: number): number {
  let i = start;
  let seen = 0;
  while (i < text.length && seen < letters) {
    if (!isIgnorableMark(text[i]!)) seen++;
    i++;
  }
  return i;
}
