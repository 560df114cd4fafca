// Relative locations: the words before a name that place something relative to it —
// "غربي سرت", "جنوب غرب طرابلس", "شمال شرقي ليبيا", "إلى الجنوب من طرابلس",
// "900 كلم جنوب طرابلس", "50 كيلومترا غرب مدينة سرت", "على بعد 30 كم من مصراتة". The mention stays on the named
// place; the relation records the direction and, when given, the distance.

import { offsetAfterLetters } from '../arabic/tokenize.ts';
import type { Direction, Relation } from './types.ts';
import { CUE_NOUNS, DIRECTION_WORDS, DISTANCE_UNITS } from './lexicon.ts';
import type { NameMatch } from './recognise.ts';
import type { TextView } from './text-view.ts';

type Axis = 'N' | 'S' | 'E' | 'W';

export function relationOf(view: TextView, m: NameMatch): Relation | undefined {
  let k = view.before(m.first);
  if (k < 0 || m.proclitic) return undefined;
  // "شرق مدينة سرت": a cue noun may stand between the compass word and the name.
  if (CUE_NOUNS.has(view.bareWord(k))) k = view.before(k);
  // "إلى الجنوب (الغربي) من طرابلس"
  let viaMin = false;
  if (k >= 0 && view.tokens[k]!.norm === 'من') {
    viaMin = true;
    k = view.before(k);
  }
  const axes: Axis[] = [];
  let firstWord = -1;
  // Up to two compass words, read right to left: "جنوب غرب" ← "غرب" then "جنوب".
  while (k >= 0 && axes.length < 2) {
    const axis = DIRECTION_WORDS.get(view.bareWord(k));
    if (!axis) break;
    axes.unshift(axis);
    firstWord = k;
    // "غربي وجنوبي سرت" names two sides, not the south-west: stop at the conjunction.
    if (view.tokens[k]!.norm !== view.bareWord(k)) break;
    k = view.before(k);
  }
  if (axes.length === 0) return viaMin && k >= 0 ? distanceOnly(view, k, m.first - 1) : undefined;
  const direction = combine(axes);
  if (!direction) return undefined;
  let startTok = firstWord;
  if (viaMin && k >= 0 && (view.tokens[k]!.norm === 'الي' || view.tokens[k]!.norm === 'الى')) {
    startTok = k;
    k = view.before(k);
  }
  const relation: Relation = { direction, text: '' };
  const distance = k >= 0 ? distanceBefore(view, k) : undefined;
  if (distance) {
    relation.distance_km = distance.km;
    startTok = distance.startTok;
  }
  const endTok = viaMin ? m.first - 1 : lastDirectionToken(view, firstWord, axes.length);
  // "وغرب طرابلس": the conjunction is not part of the qualifier.
  const first = view.tokens[startTok]!;
  const proclitic = first.norm.length - view.bareWord(startTok).length;
  const from = proclitic > 0 ? offsetAfterLetters(view.text, first.start, proclitic) : first.start;
  relation.text = view.text.slice(from, view.tokens[endTok]!.end);
  return relation;
}

/** "على بعد 50 كيلومترا من طرابلس": a distance without a direction. */
function distanceOnly(view: TextView, k: number, endTok: number): Relation | undefined {
  const distance = distanceBefore(view, k);
  if (!distance) return undefined;
  const text = view.text.slice(view.tokens[distance.startTok]!.start, view.tokens[endTok]!.end);
  return { distance_km: distance.km, text };
}

function lastDirectionToken(view: TextView, firstWord: number, count: number): number {
  let k = firstWord;
  for (let i = 1; i < count; i++) k = view.after(k);
  return k;
}

/** "900 كلم", "50 كيلومترا", "2.5 كم", "٣٠ ميلا" ending at token k. */
function distanceBefore(view: TextView, k: number): { km: number; startTok: number } | undefined {
  const unit = DISTANCE_UNITS.get(view.tokens[k]!.norm);
  if (unit === undefined) return undefined;
  const n = view.before(k);
  if (n < 0 || !/^\d+$/.test(view.tokens[n]!.norm)) return undefined;
  let value = Number(view.tokens[n]!.norm);
  let startTok = n;
  // A decimal written with "." or the Arabic decimal separator "٫" splits into two tokens.
  if (n > 0 && /^\d+$/.test(view.tokens[n - 1]!.norm)) {
    const sep = view.text.slice(view.tokens[n - 1]!.end, view.tokens[n]!.start);
    if (sep === '.' || sep === '٫' || sep === ',') {
      value = Number(`${view.tokens[n - 1]!.norm}.${view.tokens[n]!.norm}`);
      startTok = n - 1;
    }
  }
  const km = Math.round(value * unit * 1000) / 1000;
  return Number.isFinite(km) && km > 0 ? { km, startTok } : undefined;
}

function combine(axes: Axis[]): Direction | undefined {
  if (axes.length === 1) return axes[0];
  const [a, b] = axes as [Axis, Axis];
  const ns = a === 'N' || a === 'S' ? a : b === 'N' || b === 'S' ? b : undefined;
  const ew = a === 'E' || a === 'W' ? a : b === 'E' || b === 'W' ? b : undefined;
  if (!ns || !ew) return axes[axes.length - 1];
  return `${ns}${ew}` as Direction;
}
