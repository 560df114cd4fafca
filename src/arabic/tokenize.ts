// Word tokenisation that keeps offsets into the original text. A token is a maximal run of
// letters (Arabic or Latin), digits and the marks that normalisation deletes (diacritics,
// tatweel, zero-width/bidi marks), so "عربي21" stays one token and "ليـبيا" is one word.
//
// Hot path of the geoparser: one pass over UTF-16 code units with two lookup tables
// (character classes here, filled in as characters are first seen; normalizeKey's
// per-character fold in normalize.ts).

import { isIgnorableMark, keyFoldTable } from './normalize.ts';

export interface Token {
  /** Offset of the first code unit in the original text. */
  start: number;
  /** Offset after the last code unit in the original text. */
  end: number;
  /** Normalised form (normalizeKey) of text.slice(start, end). */
  norm: string;
}

const WORD = 1;
const IGNORABLE = 2;
const COMBINING = 4;

const UNKNOWN = 0x80;
/** Character class bits per BMP code unit, filled in on first sight; surrogates are 0. */
let classes: Uint8Array | undefined;
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640\u200C\u200D]/u;
const COMBINING_MARK = /\p{M}/u;

function classTable(): Uint8Array {
  if (!classes) {
    classes = new Uint8Array(0x10000).fill(UNKNOWN);
    classes.fill(0, 0xd800, 0xe000);
  }
  return classes;
}

function classify(table: Uint8Array, c: number): number {
  const ch = String.fromCharCode(c);
  let bits = 0;
  if (WORD_CHAR.test(ch)) bits |= WORD;
  if (isIgnorableMark(ch)) bits |= WORD | IGNORABLE;
  if (COMBINING_MARK.test(ch)) bits |= COMBINING;
  table[c] = bits;
  return bits;
}

/** The class bits of code unit c. */
function classOf(table: Uint8Array, c: number): number {
  const bits = table[c]!;
  return bits & UNKNOWN ? classify(table, c) : bits;
}

/** isIgnorableMark for one UTF-16 code unit, from the class table (no one-char string, no regex). */
export function isIgnorableCode(c: number): boolean {
  return (classOf(classTable(), c) & IGNORABLE) !== 0;
}

/** Reused buffer for building normalised forms. */
let buffer = new Uint16Array(256);

/** Split text into word tokens with original offsets; everything else is a separator. */
export function tokenize(text: string): Token[] {
  const cls = classTable();
  const fold = keyFoldTable();
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // A token starts at a word character that normalisation keeps.
    if ((classOf(cls, text.charCodeAt(i)) & (WORD | IGNORABLE)) !== WORD) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && classOf(cls, text.charCodeAt(i)) & WORD) i++;
    // Trailing marks (e.g. a zero-width joiner, a tatweel) are not part of the word; combining
    // marks (harakat) stay with their letter.
    let end = i;
    while (end > start) {
      const bits = cls[text.charCodeAt(end - 1)]!;
      if (!(bits & IGNORABLE) || bits & COMBINING) break;
      end--;
    }
    const norm = normalizedSlice(text, start, end, fold);
    if (norm) tokens.push({ start, end, norm });
  }
  return tokens;
}

/** normalizeKey(text.slice(start, end)) for a slice without whitespace (a token). */
function normalizedSlice(text: string, start: number, end: number, fold: Int32Array): string {
  let changed = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (fold[c] !== c) {
      changed = true;
      break;
    }
  }
  if (!changed) return text.slice(start, end);
  if (buffer.length < end - start) buffer = new Uint16Array(end - start);
  let len = 0;
  for (let k = start; k < end; k++) {
    const f = fold[text.charCodeAt(k)]!;
    if (f >= 0) buffer[len++] = f;
  }
  return String.fromCharCode.apply(null, buffer.subarray(0, len) as unknown as number[]);
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
    if (!isIgnorableCode(text.charCodeAt(i))) seen++;
    i++;
  }
  while (i < text.length && isIgnorableCode(text.charCodeAt(i))) i++;
  return i;
}
