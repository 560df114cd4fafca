// Name lookup on top of the gazetteer index: exact keys plus compounds that are written
// both joined and spaced ("أبوظبي"/"أبو ظبي", "عبدالله"/"عبد الله", "بنغشير"/"بن غشير"), so
// either spelling in the text finds a name the gazetteer holds in the other.

import { normalizeKey } from '../arabic/normalize.ts';
import { nisbaForms } from '../arabic/nisba.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import type { PlaceRecord } from '../gazetteer/types.ts';
import { forEachProcliticReading, mayHaveProclitic } from '../arabic/proclitics.ts';
import type { Evidence } from './filters.ts';
import { CUE_NOUNS, LEXICON_WORDS } from './lexicon.ts';

/** Words after a facility's own name that news often leaves out ("قاعدة الوطية الجوية"). */
const FACILITY_TAILS = new Set(['الجويه', 'الجوي', 'النفطي', 'النفطيه', 'الدولي', 'العسكري', 'العسكريه']);

/** First words of Arabic compound names that are often written fused with the next word. */
const FUSING_WORDS = new Set(['ابو', 'ابي', 'ام', 'بن', 'بني', 'عبد', 'راس', 'عين', 'بير', 'سيدي', 'ذو', 'ذي']);

export class NameIndex {
  readonly maxWords: number;
  /** Gazetteer names with a fusing first word, keyed by their fused form ("ابوظبي"). */
  private readonly fused = new Map<string, PlaceRecord[]>();
  private readonly fusedPrefixes = new Set<string>();
  /** Every name key with its records, the other spelling's included (see mergeSpellings). */
  private readonly merged = new Map<string, PlaceRecord[]>();
  /** The merged keys as a tree of words, by first word (see buildWordTree). */
  private readonly roots = new Map<string, NameNode>();

  /** Nisba adjectives of country names ("الليبية", "التركي", "المصريين") → the country. */
  private readonly adjectives = new Map<string, PlaceRecord>();

  /** Words that name a country, by name or nisba adjective ("لبنان", "اللبنانية") → its code. */
  private readonly countryWords = new Map<string, string>();

  /** Facilities by the name they are called after ("الوطية" → قاعدة الوطية الجوية). */
  private readonly facilities = new Map<string, PlaceRecord[]>();

  /** First words of every name, fused or not: most tokens start none. */
  private readonly firstWords = new Set<string>(FUSING_WORDS);
  /** Signatures of firstWords and adjectives: rules most tokens out without hashing them. */
  private readonly firstWordSigs = new SignatureSet();
  private readonly adjectiveSigs = new SignatureSet();

  constructor(private readonly gazetteer: Gazetteer) {
    this.maxWords = gazetteer.maxNameWords;
    const seen = new Set<string>();
    for (const place of gazetteer.places) {
      if (place.kind === 'country') this.addAdjectives(place);
      if (place.kind === 'facility') this.addFacility(place);
      for (const name of place.names_ar) {
        const key = normalizeKey(name);
        const space = key.indexOf(' ');
        this.firstWords.add(space < 0 ? key : key.slice(0, space));
        if (space < 0 || !FUSING_WORDS.has(key.slice(0, space))) continue;
        const fusedKey = key.slice(0, space) + key.slice(space + 1);
        const id = fusedKey + '\u0000' + place.id;
        if (seen.has(id)) continue;
        seen.add(id);
        const list = this.fused.get(fusedKey);
        if (list) list.push(place);
        else this.fused.set(fusedKey, [place]);
        const words = fusedKey.split(' ');
        this.firstWords.add(words[0]!);
        for (let i = 1; i < words.length; i++) this.fusedPrefixes.add(words.slice(0, i).join(' '));
      }
    }
    for (const word of this.firstWords) this.firstWordSigs.add(word);
    this.mergeSpellings();
    this.buildWordTree();
    this.indexCountryWords();
  }

  /**
   * countryWord's answers, precomputed: a name's first country record, else the country of
   * the nisba adjective. A small map, instead of probing every name for a country.
   */
  private indexCountryWords(): void {
    for (const [key, records] of this.merged) {
      for (const r of records) {
        if (r.kind !== 'country') continue;
        this.countryWords.set(key, r.country);
        break;
      }
    }
    for (const [form, country] of this.adjectives) if (!this.countryWords.has(form)) this.countryWords.set(form, country.country);
  }

  /** The country a word names ("لبنان") or is the adjective of ("اللبنانية"), if any. */
  countryWord(word: string): string | undefined {
    return this.countryWords.get(word);
  }

  /**
   * Every merged key as a path of words, so the recogniser extends a match by one map probe
   * per token instead of concatenating and hashing ever longer key strings. Each node keeps
   * its key's records and whether a longer name may start with it (canExtend).
   */
  private buildWordTree(): void {
    for (const key of this.merged.keys()) {
      const words = key.split(' ');
      let node = this.roots.get(words[0]!);
      if (!node) this.roots.set(words[0]!, (node = this.nodeFor(words[0]!)));
      for (let i = 1; i < words.length; i++) {
        node.next ??= new Map();
        let child = node.next.get(words[i]!);
        if (!child) node.next.set(words[i]!, (child = this.nodeFor(i === words.length - 1 ? key : `${node.key} ${words[i]!}`)));
        node = child;
      }
    }
  }

  private nodeFor(key: string): NameNode {
    return { key, records: this.lookup(key), extendable: this.canExtend(key), next: undefined, wordClass: undefined };
  }

  /**
   * Indexes every name key, extended by the other spelling: the fused form of a spaced name
   * ("ابوظبي" also finds أبو ظبي) and the spaced form of a fused one ("عبد الله" finds
   * عبدالله), so lookup is one map probe and returns the same array each time.
   */
  private mergeSpellings(): void {
    const add = (key: string, records: readonly PlaceRecord[]) => {
      let list = this.merged.get(key);
      if (!list) this.merged.set(key, (list = [...this.gazetteer.lookup(key)]));
      for (const r of records) if (!list.includes(r)) list.push(r);
    };
    for (const [fusedKey, records] of this.fused) add(fusedKey, records);
    const done = new Set<string>();
    for (const place of this.gazetteer.places) {
      for (const name of place.names_ar) {
        const key = normalizeKey(name);
        if (done.has(key)) continue;
        done.add(key);
        if (!this.merged.has(key)) this.merged.set(key, this.gazetteer.lookup(key) as PlaceRecord[]);
        for (const w of FUSING_WORDS) {
          if (key.length >= w.length + 2 && key.startsWith(w) && key[w.length] !== ' ') {
            add(w + ' ' + key.slice(w.length), this.gazetteer.lookup(key));
          }
        }
      }
    }
  }

  private addAdjectives(country: PlaceRecord): void {
    for (const name of country.names_ar) {
      const key = normalizeKey(name);
      if (key.includes(' ')) continue;
      for (const form of nisbaForms(key)) {
        // A form that is itself a place name ("مالي") is that place, not an adjective.
        if (!this.adjectives.has(form) && this.gazetteer.lookup(form).length === 0) {
          this.adjectives.set(form, country);
          this.adjectiveSigs.add(form);
        }
      }
    }
  }

  /** "قاعدة الوطية الجوية" is filed under "الوطية": a cue noun first, a tail dropped. */
  private addFacility(place: PlaceRecord): void {
    for (const name of place.names_ar) {
      const words = normalizeKey(name).split(' ');
      if (words.length < 2 || CUE_NOUNS.get(words[0]!) !== 'facility') continue;
      let rest = words.slice(1);
      if (rest.length > 1 && FACILITY_TAILS.has(rest[rest.length - 1]!)) rest = rest.slice(0, -1);
      const key = rest.join(' ');
      const list = this.facilities.get(key);
      if (!list) this.facilities.set(key, [place]);
      else if (!list.includes(place)) list.push(place);
    }
  }

  /** Facilities called after this name ("الوطية"), or none. */
  facilitiesNamed(key: string): readonly PlaceRecord[] {
    return this.facilities.get(key) ?? EMPTY;
  }

  /** The country a nisba adjective refers to ("الإماراتي" → UAE), or undefined. */
  adjectiveCountry(word: string): PlaceRecord | undefined {
    return this.adjectiveSigs.mayHave(word) ? this.adjectives.get(word) : undefined;
  }

  /**
   * Memo of startReadings, direct-mapped by the word's signature hash (a colliding word just
   * takes the slot over): news repeats its words, so most tokens are answered here without
   * a Map probe, which would hash each new token string once more.
   */
  private readonly memoWords: (string | undefined)[] = new Array<string | undefined>(MEMO_SLOTS).fill(undefined);
  private readonly memoReadings: (readonly StartReading[])[] = new Array<readonly StartReading[]>(MEMO_SLOTS).fill(EMPTY_READINGS);

  /**
   * The readings of a token that may begin a name: as written (0 letters stripped), then
   * without proclitics ("وبني" → "بني"). A common word as written is that word: "بلاد" is
   * not ب + "لاد", "بين" not ب + "ين". Memoised per token; empty for most words.
   */
  startReadings(norm: string): readonly StartReading[] {
    const h = this.startHash(norm);
    if (h === undefined) return EMPTY_READINGS;
    const slot = bitOf(h) & (MEMO_SLOTS - 1);
    if (this.memoWords[slot] === norm) return this.memoReadings[slot]!;
    const readings = this.readingsOf(norm);
    this.memoWords[slot] = norm;
    this.memoReadings[slot] = readings;
    return readings;
  }

  private readingsOf(norm: string): readonly StartReading[] {
    let found: StartReading[] | undefined;
    // A first word with no node starts no name (canStart may pass fusing words that don't).
    const whole = this.canStart(norm) ? this.roots.get(norm) : undefined;
    if (whole) found = [{ letters: 0, proclitic: '', node: whole }];
    if (mayHaveProclitic(norm) && !LEXICON_WORDS.has(norm)) {
      forEachProcliticReading(norm, (letters, key) => {
        const node = this.canStart(key) ? this.roots.get(key) : undefined;
        if (node) (found ??= []).push({ letters, proclitic: norm.slice(0, letters), node });
      });
    }
    return found ?? EMPTY_READINGS;
  }

  /**
   * The word's signature hash, or undefined when neither the word nor any proclitic reading
   * of it can start a name, decided on signatures without slicing: most tokens stop here.
   */
  private startHash(norm: string): number | undefined {
    const n = norm.length;
    // Suffix hashes run from the end, so one pass yields the word's and its two shortest
    // proclitic readings' signatures.
    let h = HASH_SEED;
    let h1 = 0;
    let h2 = 0;
    for (let i = n - 1; i >= 0; i--) {
      h = Math.imul(h ^ norm.charCodeAt(i), HASH_PRIME);
      if (i === 2) h2 = h;
      else if (i === 1) h1 = h;
    }
    const sigs = this.firstWordSigs;
    if (sigs.hasHash(h)) return h;
    if (!mayHaveProclitic(norm)) return undefined;
    if (n >= 3 && sigs.hasHash(h1)) return h;
    if (n >= 4 && sigs.hasHash(h2)) return h;
    // "للجزائر" reads ل + "الجزائر", a stem with a letter the word lacks: let the memo decide.
    const lam = 0x644;
    const c0 = norm.charCodeAt(0);
    const at = c0 === lam ? 0 : c0 === 0x648 || c0 === 0x641 ? 1 : -1; // ل، or و/ف then ل
    return at >= 0 && norm.charCodeAt(at) === lam && norm.charCodeAt(at + 1) === lam ? h : undefined;
  }

  /** False when no name starts with this word, so no lookup is needed. */
  canStart(word: string): boolean {
    return this.firstWordSigs.mayHave(word) && this.firstWords.has(word);
  }

  /** Places named by this normalised key, spaced or fused. */
  lookup(key: string): readonly PlaceRecord[] {
    return this.merged.get(key) ?? EMPTY;
  }

  /** True when a longer name may start with these words. */
  private canExtend(key: string): boolean {
    return this.gazetteer.isPrefix(key) || this.fusedPrefixes.has(key) || FUSING_WORDS.has(key);
  }
}

const EMPTY: readonly PlaceRecord[] = Object.freeze([]);

/** A way to read a token as the first word of a name: `letters` proclitic letters, then `node`. */
export interface StartReading {
  letters: number;
  /** The first `letters` letters of the token ("وب"), or "". */
  proclitic: string;
  node: NameNode;
}

/** A sequence of words that begins at least one name (one node per word-prefix of a key). */
export interface NameNode {
  /** The normalised words so far, space-separated ("بني وليد"). */
  readonly key: string;
  /** Places named exactly `key` (as lookup(key)); often none for a prefix. */
  readonly records: readonly PlaceRecord[];
  /** Whether the recogniser may read on: a longer name starts with `key`. */
  readonly extendable: boolean;
  /** Next words, or undefined at a leaf. */
  next: Map<string, NameNode> | undefined;
  /** How ordinary the name is as a word: filled in by the filters on first match. */
  wordClass: Evidence['wordClass'] | undefined;
}

const EMPTY_READINGS: readonly StartReading[] = Object.freeze([]);
/** Slots of the startReadings memo: room for a news vocabulary's name-like word forms. */
const MEMO_SLOTS = 1 << 16;

/**
 * A Bloom-style filter of one hash: a word whose signature is absent is certainly not in the
 * set, decided without slicing the word or building a string key.
 */
class SignatureSet {
  private static readonly BITS = 1 << 20;
  private readonly bits = new Uint32Array(SignatureSet.BITS >>> 5);

  add(word: string): void {
    const b = bitOf(signature(word));
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  mayHave(word: string): boolean {
    return this.hasHash(signature(word));
  }

  /** Whether a word with this raw hash (see signature) may be in the set. */
  hasHash(h: number): boolean {
    const b = bitOf(h);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;
const SIG_MASK = (1 << 20) - 1;

function bitOf(h: number): number {
  return (h ^ (h >>> 15)) & SIG_MASK;
}

/** FNV-style hash of the characters, last to first (so suffix hashes come in one pass). */
function signature(s: string): number {
  let h = HASH_SEED;
  for (let i = s.length - 1; i >= 0; i--) h = Math.imul(h ^ s.charCodeAt(i), HASH_PRIME);
  return h;
}
const cache = new WeakMap<Gazetteer, NameIndex>();

/** The NameIndex of a gazetteer, built once. */
export function nameIndex(gazetteer: Gazetteer): NameIndex {
  let index = cache.get(gazetteer);
  if (!index) {
    index = new NameIndex(gazetteer);
    cache.set(gazetteer, index);
  }
  return index;
}
