// Name lookup on top of the gazetteer index: exact keys plus compounds that are written
// both joined and spaced ("أبوظبي"/"أبو ظبي", "عبدالله"/"عبد الله", "بنغشير"/"بن غشير"), so
// either spelling in the text finds a name the gazetteer holds in the other.

import { normalizeKey } from '../arabic/normalize.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import type { PlaceRecord } from '../gazetteer/types.ts';

/** First words of Arabic compound names that are often written fused with the next word. */
const FUSING_WORDS = new Set(['ابو', 'ابي', 'ام', 'بن', 'بني', 'عبد', 'راس', 'عين', 'بير', 'سيدي', 'ذو', 'ذي']);

export class NameIndex {
  readonly maxWords: number;
  /** Gazetteer names with a fusing first word, keyed by their fused form ("ابوظبي"). */
  private readonly fused = new Map<string, PlaceRecord[]>();
  private readonly fusedPrefixes = new Set<string>();

  constructor(private readonly gazetteer: Gazetteer) {
    this.maxWords = gazetteer.maxNameWords;
    const seen = new Set<string>();
    for (const place of gazetteer.places) {
      for (const name of place.names_ar) {
        // Cheap pre-test before normalising: only spaced names can fuse.
        if (!name.includes(' ')) continue;
        const key = normalizeKey(name);
        const space = key.indexOf(' ');
        if (space < 0 || !FUSING_WORDS.has(key.slice(0, space))) continue;
        const fusedKey = key.slice(0, space) + key.slice(space + 1);
        const id = fusedKey + '\u0000' + place.id;
        if (seen.has(id)) continue;
        seen.add(id);
        const list = this.fused.get(fusedKey);
        if (list) list.push(place);
        else this.fused.set(fusedKey, [place]);
        const words = fusedKey.split(' ');
        for (let i = 1; i < words.length; i++) this.fusedPrefixes.add(words.slice(0, i).join(' '));
      }
    }
  }

  /** Places named by this normalised key, spaced or fused. */
  lookup(key: string): readonly PlaceRecord[] {
    const exact = this.gazetteer.lookup(key);
    const fused = this.fused.get(key);
    let spacedFused: readonly PlaceRecord[] = EMPTY;
    const space = key.indexOf(' ');
    if (space > 0 && FUSING_WORDS.has(key.slice(0, space))) {
      spacedFused = this.gazetteer.lookup(key.slice(0, space) + key.slice(space + 1));
    }
    if (!fused && spacedFused.length === 0) return exact;
    const all = [...exact];
    for (const p of [...(fused ?? []), ...spacedFused]) if (!all.includes(p)) all.push(p);
    return all;
  }

  /** True when a longer name may start with these words. */
  canExtend(key: string): boolean {
    return this.gazetteer.isPrefix(key) || this.fusedPrefixes.has(key) || FUSING_WORDS.has(key);
  }
}

const EMPTY: readonly PlaceRecord[] = Object.freeze([]);
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
