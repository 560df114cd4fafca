// Recognition: gazetteer names in the token stream by longest match, reading each word
// as written first and then with proclitics stripped ("وبني وليد", "بالغردقة", "للجزائر").

import { offsetAfterLetters } from '../arabic/tokenize.ts';
import type { PlaceRecord } from '../gazetteer/types.ts';
import type { NameIndex, NameNode, StartReading } from './names.ts';
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
  /** The name's node in the word tree (key and records come from it). */
  node: NameNode;
}

/**
 * Every name that starts at token `i`, best first: more words first, then the reading that
 * strips fewer letters (so "بنغازي", "لبنان", "فرنسا" stay whole).
 */
export function matchesAt(view: TextView, names: NameIndex, i: number): readonly NameMatch[] {
  const readings = names.startReadings(view.tokens[i]!.norm);
  if (readings.length === 0) return NONE;
  let found: NameMatch[] | undefined;
  for (const r of readings) found = extend(view, names, i, r, found);
  if (!found) return NONE;
  if (found.length > 1) found.sort((a, b) => b.last - a.last || a.proclitic.length - b.proclitic.length);
  return found;
}

const NONE: readonly NameMatch[] = Object.freeze([]);

/** Adds the names that start with reading `r` of token i, walking the word tree token by token. */
function extend(view: TextView, names: NameIndex, i: number, r: StartReading, found: NameMatch[] | undefined): NameMatch[] | undefined {
  const first = view.tokens[i]!;
  let node = r.node;
  let j = i;
  for (;;) {
    if (node.records.length > 0) {
      found ??= [];
      found.push({
        start: r.letters ? offsetAfterLetters(view.text, first.start, r.letters) : first.start,
        end: view.tokens[j]!.end,
        first: i,
        last: j,
        key: node.key,
        proclitic: r.proclitic,
        records: node.records,
        node,
      });
    }
    if (j - i + 1 >= names.maxWords || j + 1 >= view.tokens.length || view.gaps[j] !== Gap.Space) break;
    if (!node.extendable) break;
    j++;
    const child = node.next?.get(view.tokens[j]!.norm);
    if (!child) break;
    node = child;
  }
  return found;
}
