// Finding the phrases that name a zone ("منطقة منزوعة السلاح", "الهلال النفطي", "إخلاء") in an
// article, on normalised word tokens so spelling variants, diacritics and proclitics
// ("لإخلاء", "بالمنطقة العازلة", "وللمنطقة العازلة") still match.
import { normalizeKey } from '../arabic/normalize.ts';
import type { Token } from '../arabic/tokenize.ts';

export interface PhraseHit {
  /** Offsets in the article text. */
  start: number;
  end: number;
  /** Index of the first and after the last token of the hit. */
  firstToken: number;
  endToken: number;
}

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/** Phrases ready for matching: each first word under every proclitic spelling → the phrases. */
export interface PhraseIndex {
  byFirstToken: Map<string, (readonly string[])[]>;
}

export function compilePhrases(phrases: readonly string[]): PhraseIndex {
  const byFirstToken = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const words = normalizeKey(phrase).split(' ').filter(Boolean);
    if (!words.length) continue;
    for (const form of firstWordForms(words[0]!)) {
      const list = byFirstToken.get(form) ?? [];
      list.push(words);
      byFirstToken.set(form, list);
    }
  }
  return { byFirstToken };
}

/** How a phrase's first word can be written: with proclitics, and with or without the article. */
function firstWordForms(word: string): Set<string> {
  const forms = new Set<string>();
  for (const p of PROCLITICS) {
    forms.add(p + word);
    if (!word.startsWith('ال')) forms.add(p + 'ال' + word);
    // ل + ال contracts to لل: "للمنطقة" is ل + "المنطقة".
    else if (p.endsWith('ل')) forms.add(p + word.slice(1));
  }
  return forms;
}

/** Every occurrence of any of the phrases in the token stream. */
export function findPhrases(tokens: readonly Token[], index: PhraseIndex): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.byFirstToken.get(tokens[i]!.norm);
    if (!candidates) continue;
    for (const words of candidates) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]!.norm === words[k];
      if (ok) hits.push({ start: tokens[i]!.start, end: tokens[i + words.length - 1]!.end, firstToken: i, endToken: i + words.length });
    }
  }
  return hits;
}
