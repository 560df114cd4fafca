// The in-memory gazetteer: place records indexed by the normalised key (normalizeKey) of every
// Arabic spelling. Pure: no Node or DOM imports, so the CLI and the browser worker share it.

import { normalizeKey } from '../arabic/normalize.ts';
import type { CompiledGazetteer, PlaceRecord } from './types.ts';

export const GAZETTEER_FORMAT = 'marsad-gazetteer/1';

export class Gazetteer {
  readonly places: readonly PlaceRecord[];
  /** The most words any name has ("قاعدة الوطية الجوية" → 3). */
  readonly maxNameWords: number;
  private readonly byKey = new Map<string, PlaceRecord[]>();
  private readonly byId = new Map<string, PlaceRecord>();
  /** Every proper word-prefix of a multi-word key, so longest-match can stop early. */
  private readonly prefixes = new Set<string>();

  constructor(places: readonly PlaceRecord[]) {
    this.places = places;
    let maxWords = 1;
    for (const place of places) {
      if (this.byId.has(place.id)) throw new Error(`gazetteer: duplicate place id ${place.id}`);
      this.byId.set(place.id, place);
      for (const name of place.names_ar) {
        const key = normalizeKey(name);
        if (!key) continue;
        const list = this.byKey.get(key);
        if (!list) this.byKey.set(key, [place]);
        else if (!list.includes(place)) list.push(place);
        const words = key.split(' ');
        maxWords = Math.max(maxWords, words.length);
        for (let i = 1; i < words.length; i++) this.prefixes.add(words.slice(0, i).join(' '));
      }
    }
    this.maxNameWords = maxWords;
  }

  static fromCompiled(data: unknown): Gazetteer {
    const c = data as Partial<CompiledGazetteer> | null;
    if (!c || c.format !== GAZETTEER_FORMAT || !Array.isArray(c.places)) {
      throw new Error(`not a compiled Marsad gazetteer (expected format "${GAZETTEER_FORMAT}")`);
    }
    return new Gazetteer(c.places);
  }

  /** Places one of whose names has this normalised key. */
  lookup(key: string): readonly PlaceRecord[] {
    return this.byKey.get(key) ?? EMPTY;
  }

  /** True when some multi-word name starts with these whole words. */
  isPrefix(key: string): boolean {
    return this.prefixes.has(key);
  }

  get(id: string): PlaceRecord | undefined {
    return this.byId.get(id);
  }
}

const EMPTY: readonly PlaceRecord[] = Object.freeze([]);
