// Cleaning the Arabic spellings that OSM tags and GeoNames alternate names carry. Source
// lists mix Arabic with Persian, Urdu, Kurdish and Uyghur spellings in the same script; only
// spellings an Arabic text could contain are kept.

import { removeFormatMarks } from '../../arabic/normalize.ts';

/** Letters of the Arabic alphabet proper (hamza … yeh, without tatweel) and alef wasla. */
const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671]/;
/** Diacritics and the superscript alef: allowed inside a name, removed by normalizeKey. */
const ARABIC_MARK = /[\u064B-\u065F\u0670\u0640]/;

/**
 * True when `s` is written in Arabic letters only (spaces, hyphens and marks
 * allowed) and reads as Arabic, not Persian/Urdu/Kurdish/Uyghur: letters such as پ چ ژ گ ک ی
 * ے ە fail the letter test; Uyghur/Kurdish spellings begin words with ئ or put ى mid-word,
 * which Arabic orthography never does.
 */
export function isArabicSpelling(s: string): boolean {
  if (!s.trim()) return false;
  for (const ch of s) {
    if (ARABIC_LETTER.test(ch) || ARABIC_MARK.test(ch) || ch === ' ' || ch === '-') continue;
    return false;
  }
  for (const word of s.split(/[\s-]+/)) {
    if (!word) continue;
    if (word.startsWith('\u0626')) return false;
    const maqsura = word.indexOf('\u0649');
    if (maqsura !== -1 && maqsura !== word.length - 1) return false;
  }
  return true;
}

/**
 * The usable Arabic spelling inside a raw source name, or undefined: format marks removed,
 * a trailing disambiguator in parentheses dropped ("الجزائر (مدينة)" → "الجزائر"), spaces
 * collapsed. A name qualified after a comma ("تويوكاوا، آيتشي", "طرابلس، لبنان") gives the part
 * before it: the qualifier names the containing region, not the place.
 */
export function cleanArabicName(raw: string): string | undefined {
  // Bidi and zero-width marks that GeoNames and copy-paste leave in names.
  const s = removeFormatMarks(raw)
    .split(/[،,]/)[0]
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return isArabicSpelling(s) ? s : undefined;
}

/** Clean spellings of `raws`, first occurrence order, without exact duplicates. */
export function arabicNames(raws: Iterable<string>): string[] {
  const out: string[] = [];
  for (const raw of raws) {
    const name = cleanArabicName(raw);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The display spelling among unordered alternates (GeoNames lists them alphabetically): the
 * name others extend ("الجزائر" of "الجزائر العاصمة"), then a careful spelling (ta marbuta,
 * hamza), then fewer words, then the longer word ("روما" over "روم").
 */
export function preferredName(names: readonly string[]): string {
  const rank = (n: string) => {
    const extendedBy = names.filter((o) => o.startsWith(`${n} `)).length;
    const careful = /[\u0629\u0621-\u0626]/.test(n) ? 1 : 0;
    return [extendedBy, careful, -n.split(' ').length, n.length];
  };
  let best = names[0];
  let bestRank = rank(best);
  for (const n of names.slice(1)) {
    const r = rank(n);
    const i = r.findIndex((v, k) => v !== bestRank[k]);
    if (i !== -1 && r[i] > bestRank[i]) {
      best = n;
      bestRank = r;
    }
  }
  return best;
}
