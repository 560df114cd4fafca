// What the geoparser returns: one Mention per toponym occurrence, with offsets into the
// original text (JavaScript string units) and the resolved place.

import type { PlaceRecord } from '../gazetteer/types.ts';

export type Direction = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';

/** A qualifier the text puts on the place: "غربي سرت", "900 كلم جنوب طرابلس". */
export interface Relation {
  direction?: Direction;
  distance_km?: number;
  /** The qualifying words as written, e.g. "جنوب غرب" or "50 كيلومترا غرب". */
  text: string;
}

export interface Mention {
  start: number;
  end: number;
  /** Exactly text.slice(start, end) of the original text. */
  text: string;
  place: PlaceRecord;
  /** 0–1: how sure the recogniser and resolver are, together. */
  confidence: number;
  relation?: Relation;
}
