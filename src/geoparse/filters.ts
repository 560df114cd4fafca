// What the words around a name say about it: evidence that it is a place (a cue noun, a
// compass word, a locative preposition) and signs that it is something else (an outlet, a
// person's name, a nisba adjective, an ordinary word). Pure functions of the text view.

import { nisbaBases } from '../arabic/nisba.ts';
import { procliticReadings } from '../arabic/proclitics.ts';
import type { PlaceRecord } from '../gazetteer/types.ts';
import {
  AMBIGUOUS_NAMES,
  CUE_NOUNS,
  DIRECTION_WORDS,
  GIVEN_NAMES,
  LEXICON_WORDS,
  LOCATIVE_WORDS,
  WEAK_LOCATIVE_WORDS,
  MEDIA_HEADS,
  OUTLET_HEADS,
  OUTLET_SUFFIXES,
  PATRONYM_MARKERS,
  PLACE_EPITHETS,
  PERSON_HEADS,
  PERSON_TITLES,
  STOP_WORDS,
  type CueKind,
} from './lexicon.ts';
import type { NameIndex } from './names.ts';
import type { NameMatch } from './recognise.ts';
import { datelineRole } from './dateline.ts';
import { prominence } from './prominence.ts';
import { Gap, type TextView } from './text-view.ts';

export interface Evidence {
  /** A cue noun before the name ("مدينة", "مطار"), or "العاصمة" after it. */
  cue: CueKind | null;
  /** A compass word right before ("غربي سرت", "إلى الجنوب من طرابلس"). */
  direction: boolean;
  /**
   * A preposition before: "في", "إلى", "نحو", an attached ب (strong); "من", "على", an
   * attached ل, which also take people (weak).
   */
  locative: 'strong' | 'weak' | null;
  /** How ordinary the word is: a function word, or a name that is also a common word. */
  wordClass: 'stop' | 'ambiguous' | 'name';
}

/** Why a match is not a place at all, or null when nothing speaks against it. */
export function rejection(view: TextView, names: NameIndex, m: NameMatch): string | null {
  const single = m.first === m.last;
  if (m.key.length < 2) return 'too short';
  const next = view.after(m.last);
  if (next >= 0 && isOutletSuffix(view.tokens[next]!.norm)) return 'outlet name';
  const prev = view.before(m.first);
  const prevWord = prev >= 0 && !m.proclitic ? view.bareWord(prev) : '';
  if (prevWord && OUTLET_HEADS.has(prevWord)) return 'outlet or organisation name';
  if (datelineRole(view, m.first, m.last) === 'source') return 'source of a dateline';
  // A detached "لـ" addresses whom a statement was made to: "قال لـ«الجزيرة»", "أكد لـ عيسى",
  // "قال لـ«الشرق الأوسط»".
  if (prev >= 0 && view.tokens[prev]!.norm === 'ل') return 'addressee of لـ';
  if (!single) return null;
  if (isBracketedMediaAcronym(view, m)) return 'acronym of a news medium';
  // "الصحفي محمد عمان", "عبدالله بن زايد": even a country name is a family name here.
  if (prevWord && view.gaps[prev] === Gap.Space && (GIVEN_NAMES.has(prevWord) || PATRONYM_MARKERS.has(prevWord))) {
    return 'person name';
  }
  if (namesCountry(m.records)) return isAccusativeAdjective(view, m, prev) || isAgreeingAdjective(view, m, prev) ? 'adjective' : null;
  if (prevWord && PERSON_TITLES.has(prevWord)) return 'person name';
  if (m.proclitic && isClippedForeignName(m)) return 'proclitic split of a foreign name';
  if (next >= 0 && view.gaps[m.last] === Gap.Space && PATRONYM_MARKERS.has(view.tokens[next]!.norm)) {
    return 'person name';
  }
  // "الرئيس الروسي فلاديمير", "وزير الخارجية التركي مولود": a title, then a nationality, then
  // the person (unlike "قصف الطيران التركي مصراتة", where the name is the object).
  if (prevWord && adjectiveCountry(names, prevWord)) {
    const prev2 = view.before(prev);
    if (prev2 >= 0 && PERSON_HEADS.has(view.bareWord(prev2))) return 'person name';
  }
  if (isAdjectiveOfBiggerPlace(names, m)) return 'adjective';
  return null;
}

/**
 * "وكالة الأنباء القطرية (قنا)", "وكالة الأنباء السورية (سانا)": one word alone in brackets
 * right after the name of a news medium is its acronym, however much it looks like a town.
 */
function isBracketedMediaAcronym(view: TextView, m: NameMatch): boolean {
  const { text, tokens } = view;
  const before = m.first > 0 ? text.slice(tokens[m.first - 1]!.end, tokens[m.first]!.start) : '';
  const after = m.last + 1 < tokens.length ? text.slice(tokens[m.last]!.end, tokens[m.last + 1]!.start) : text.slice(tokens[m.last]!.end);
  if (!before.includes('(') || !after.trimStart().startsWith(')')) return false;
  // The medium's name: up to four words back in the same phrase.
  for (let k = m.first - 1, n = 0; k >= 0 && n < 4; k = view.before(k), n++) {
    if (MEDIA_HEADS.has(view.bareWord(k))) return true;
  }
  return false;
}

function namesCountry(records: readonly PlaceRecord[]): boolean {
  for (const r of records) if (r.kind === 'country') return true;
  return false;
}

/**
 * "وفدا حكوميا سوريا", "مسؤولا روسيا": after an indefinite accusative noun or adjective
 * (ending in tanween alif), a country name in يا is the nisba adjective + alif, "Syrian".
 */
function isAccusativeAdjective(view: TextView, m: NameMatch, prev: number): boolean {
  if (m.proclitic || prev < 0 || view.gaps[prev] !== Gap.Space || !m.key.endsWith('يا')) return false;
  const w = view.tokens[prev]!.norm;
  return w.length >= 3 && w.endsWith('ا') && !w.endsWith('وا') && !LEXICON_WORDS.has(w) && /^[\u0621-\u064a]+$/.test(w);
}

/**
 * "وزارة الطاقة السعودية", "السلطات السعودية": a country named like its own feminine nisba
 * (السعودية) right after a definite feminine or plural noun agrees with it as an adjective.
 */
function isAgreeingAdjective(view: TextView, m: NameMatch, prev: number): boolean {
  if (m.proclitic || prev < 0 || view.gaps[prev] !== Gap.Space) return false;
  if (!m.key.startsWith('ال') || !m.key.endsWith('يه')) return false;
  const w = view.tokens[prev]!.norm;
  return w.startsWith('ال') && (w.endsWith('ه') || w.endsWith('ات')) && !STOP_WORDS.has(w);
}

/**
 * "بارا" is no ب + "ارا" (Arrah, India): a stem of three letters or fewer left by a proclitic
 * counts only for places in the Arab world or very large cities ("بقم", Qom).
 */
function isClippedForeignName(m: NameMatch): boolean {
  if (m.key.length > 3) return false;
  return !m.records.some((r) => ARAB_WORLD.has(r.country) || (r.population ?? 0) >= 1_000_000);
}

/** Arab League members and Western Sahara: short Arabic names there are real spellings. */
const ARAB_WORLD = new Set('AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE'.split(' '));

/** The supporting evidence around a match. */
export function evidence(view: TextView, m: NameMatch): Evidence {
  const prev = view.before(m.first);
  const prevWord = prev >= 0 ? view.bareWord(prev) : '';
  let cue: CueKind | null = (prevWord && CUE_NOUNS.get(prevWord)) || null;
  if (!cue && prev >= 0 && (prevWord.endsWith('ي') || prevWord.endsWith('يه'))) {
    // "العاصمة الليبية طرابلس": the cue noun sits before the adjective.
    const prev2 = view.before(prev);
    if (prev2 >= 0) cue = CUE_NOUNS.get(view.bareWord(prev2)) ?? null;
  }
  const next = view.after(m.last);
  if (!cue && next >= 0 && view.tokens[next]!.norm === 'العاصمه') cue = 'settlement';
  if (!cue && followedByEpithet(view, m.last)) cue = 'settlement';
  if (!cue && datelineRole(view, m.first, m.last) === 'place') cue = 'settlement';
  let direction = !!prevWord && DIRECTION_WORDS.has(prevWord);
  if (!direction && prev >= 0 && (prevWord === 'من' || CUE_NOUNS.has(prevWord))) {
    const prev2 = view.before(prev);
    direction = prev2 >= 0 && DIRECTION_WORDS.has(view.bareWord(prev2));
  }
  // The preposition, if any, is the last proclitic letter ("وب", "فل").
  const attached = m.proclitic[m.proclitic.length - 1];
  const locative: Evidence['locative'] =
    LOCATIVE_WORDS.has(prevWord) || attached === 'ب' ? 'strong' : WEAK_LOCATIVE_WORDS.has(prevWord) || attached === 'ل' ? 'weak' : null;
  return { cue, direction, locative, wordClass: wordClassOf(m) };
}

/** "الكفرة، الواقعة", "صور الساحلية": the next word, past a comma, is a place epithet. */
function followedByEpithet(view: TextView, last: number): boolean {
  const k = last + 1;
  if (k >= view.tokens.length || !PLACE_EPITHETS.has(view.tokens[k]!.norm)) return false;
  return view.gaps[last] !== Gap.Hard || /^[\s,،]*$/.test(view.text.slice(view.tokens[last]!.end, view.tokens[k]!.start));
}

/** "نيوز", "نت", "TV", "24" (Latin suffixes in any case). */
function isOutletSuffix(word: string): boolean {
  return OUTLET_SUFFIXES.has(word) || (word.charCodeAt(0) < 0x80 && OUTLET_SUFFIXES.has(word.toLowerCase()));
}

/**
 * How ordinary a matched name is as a word, memoised on the name's node in the word tree
 * (one per gazetteer name or prefix; single-word matches are always root nodes).
 */
function wordClassOf(m: NameMatch): Evidence['wordClass'] {
  return (m.node.wordClass ??= classifyWord(m.key, m.first === m.last));
}

function classifyWord(key: string, single: boolean): Evidence['wordClass'] {
  const firstWord = key.split(' ')[0]!;
  return single && isFunctionWord(key)
    ? 'stop'
    : AMBIGUOUS_NAMES.has(key) || GIVEN_NAMES.has(key) || GIVEN_NAMES.has(firstWord)
      ? 'ambiguous'
      : 'name';
}

/**
 * A stop word or cue noun, also behind proclitics: "وان" is و + أن before it is the town of
 * Van, "فان" is ف + أن. Only readings that leave a stop word count, so "بنغازي" is no "نغازي".
 */
function isFunctionWord(word: string): boolean {
  if (STOP_WORDS.has(word) || CUE_NOUNS.has(word)) return true;
  for (const r of procliticReadings(word)) if (STOP_WORDS.has(r.key)) return true;
  return false;
}

/** The country a nisba adjective derives from ("الروسي", "التركية", "الليبيين"), if any. */
export function adjectiveCountry(names: NameIndex, word: string): PlaceRecord | null {
  return names.adjectiveCountry(word) ?? null;
}

const adjectiveVerdicts = new WeakMap<readonly PlaceRecord[], boolean>();

/**
 * A single word that is the adjective of a more prominent place: "سوري" is Syrian before it
 * is a town called Suri. Memoised per record list (one per gazetteer name).
 */
function isAdjectiveOfBiggerPlace(names: NameIndex, m: NameMatch): boolean {
  let verdict = adjectiveVerdicts.get(m.records);
  if (verdict === undefined) {
    verdict = false;
    const own = Math.max(...m.records.map(prominence));
    for (const base of nisbaBases(m.key)) {
      if (base === m.key) continue;
      for (const r of names.lookup(base)) if (prominence(r) > own) verdict = true;
    }
    adjectiveVerdicts.set(m.records, verdict);
  }
  return verdict;
}
