// Recognition: gazetteer names in the token stream by longest match, reading each word
// as written first and then with proclitics stripped ("وبني وليد", "بالغردقة", "للجزائر").

import { offsetAfterLetters } from '../arabic/tokenize.ts';
import { procliticReadings } from '../arabic/proclitics.ts';
import type { PlaceRecord } from '../gazetteer/types.ts';
import type { NameIndex } from './names.ts';
import { Gap, type TextView } from './text-view.ts';

/** A stretch of text that spells a gazetteer name. */
export interface NameMatch {
  /** Offsets into the original text: proclitics excluded, the article ال included. */
  start: number;
  end: number;
  /** Token range, inclusive. */
  first: number;
  last: number;
  /** The normalised name as matched ("بني وليد"). */
  key: string;
  /** Leading proclitic letters of the first token left outside the span ("و", "بال" → "ب"). */
  proclitic: string;
  records: readonly PlaceRecord[];
}

/**
 * Every name that starts at token `i`, best first: more words first, then the reading that
 * strips fewer letters (so "بنغازي", "لبنان", "فرنسا" stay whole).
 */
export function matchesAt(view: TextView, names: NameIndex, i: number): NameMatch[] {
  const first = view.tokens[i]!;
  const found: NameMatch[] = [];
  const readings = [{ letters: 0, key: first.norm }, ...procliticReadings(first.norm)];
  for (const reading of readings) {
    let key = reading.key;
    let j = i;
    for (;;) {
      const records = names.lookup(key);
      if (records.length > 0) {
        const start = reading.letters ? offsetAfterLetters(view.text, first.start, reading.letters) : first.start;
        found.push({
          start,
          end: view.tokens[j]!.end,
          first: i,
          last: j,
          key,
          proclitic: first.norm.slice(0, reading.letters),
          records,
        });
      }
      if (j - i + 1 >= names.maxWords || j + 1 >= view.tokens.length || view.gaps[j] !== Gap.Space) break;
      if (!names.canExtend(key)) break;
      j++;
      key = key + ' ' + view.tokens[j]!.norm;
    }
  }
  return found.sort((a, b) => b.last - a.last || a.proclitic.length - b.proclitic.length);
}
