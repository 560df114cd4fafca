// The geoparser: Arabic text in, place mentions out, with offsets into the original text.
//   recognise (longest gazetteer match, proclitics) → filter (outlets, people, adjectives)
//   → accept (evidence vs. how ordinary the word is, document countries) → resolve
//   (qualifiers, context, distance, prominence; one sense per name) → qualify (relations).
// Pure: no Node or DOM imports, so the CLI and the browser worker share it.

import type { Gazetteer } from '../gazetteer/index.ts';
import { acceptInContext, acceptStandalone, isCoordinated, joinedByWa } from './accept.ts';
import type { Candidate } from './candidate.ts';
import { addAdjectiveCountries, addMentionCountries, CountryContext } from './document.ts';
import { evidence, rejection } from './filters.ts';
import { nameIndex, type NameIndex } from './names.ts';
import { CUE_NOUNS, DETACHABLE_CUES } from './lexicon.ts';
import { distanceKm } from './geo.ts';
import { preferFacilities } from './facility.ts';
import { tier } from './prominence.ts';
import { relationOf } from './qualify.ts';
import { matchesAt, type NameMatch } from './recognise.ts';
import { resolveAll } from './resolve.ts';
import { TextView } from './text-view.ts';
import type { Mention } from './types.ts';

export interface GeoparseOptions {
  /** Drop mentions below this confidence (0–1). Default 0: keep every accepted mention. */
  minConfidence?: number;
}

export function geoparse(text: string, gazetteer: Gazetteer, options: GeoparseOptions = {}): Mention[] {
  if (!text) return [];
  const view = new TextView(text);
  const names = nameIndex(gazetteer);
  const candidates = recognise(view, names);
  const adjectives = new CountryContext();
  addAdjectiveCountries(adjectives, view, names);
  accept(view, candidates, adjectives);
  const ctx = adjectives.copy();
  addMentionCountries(ctx, candidates);
  resolveAll(view, names, candidates, ctx);
  preferFacilities(view, names, candidates);
  const minConfidence = options.minConfidence ?? 0;
  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (!c.accepted || !c.place) continue;
    const confidence = confidenceOf(c, ctx);
    if (confidence < minConfidence) continue;
    const mention: Mention = {
      start: c.match.start,
      end: c.match.end,
      text: text.slice(c.match.start, c.match.end),
      place: c.place,
      confidence,
    };
    const relation = relationOf(view, c.match);
    if (relation) mention.relation = relation;
    mentions.push(mention);
  }
  return mentions;
}

/** Greedy left to right: at each token the best match no filter rejects. */
function recognise(view: TextView, names: NameIndex): Candidate[] {
  const candidates: Candidate[] = [];
  const n = view.tokens.length;
  for (let i = 0; i < n; ) {
    let taken: Candidate | undefined;
    // An indexed loop: most tokens get the shared empty (frozen) list, and for-of over it
    // would build an iterator per token.
    const matches = matchesAt(view, names, i);
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]!;
      if (rejection(view, names, m)) continue;
      if (cueLedNameOfSamePlace(view, names, m)) break;
      taken = { match: m, evidence: evidence(view, m), tier: tier(m.records, m.last - m.first + 1), accepted: false };
      break;
    }
    if (taken) {
      candidates.push(taken);
      i = taken.match.last + 1;
    } else i++;
  }
  shareDualCues(view, candidates);
  return candidates;
}

/**
 * A dual cue noun names two places: "ميناءي السدرة وراس لانوف", "مدينتي هون وسوكنة". The
 * second name, joined by و, takes the cue of the first.
 */
function shareDualCues(view: TextView, candidates: Candidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const c = candidates[k]!;
    const next = candidates[k + 1]!;
    if (!c.evidence.cue || next.evidence.cue || !joinedByWa(view, c, next)) continue;
    const prev = view.before(c.match.first);
    const cueWord = prev >= 0 ? view.bareWord(prev) : '';
    if (cueWord.endsWith('ي') && CUE_NOUNS.get(cueWord) === c.evidence.cue) next.evidence.cue = c.evidence.cue;
  }
}

/**
 * "مدينة طبرق" is in the gazetteer, but so is "طبرق", for the same place: the span should
 * be the name, with "مدينة" as its cue (the gold protocol's spans, too).
 */
function cueLedNameOfSamePlace(view: TextView, names: NameIndex, m: NameMatch): boolean {
  if (m.first === m.last || !DETACHABLE_CUES.has(view.bareWord(m.first))) return false;
  // Only when the bare name itself would stand ("منطقة أبيي" stays whole if "أبيي" is rejected).
  const rest = matchesAt(view, names, m.first + 1).find((r) => r.last === m.last && !r.proclitic && !rejection(view, names, r));
  if (!rest) return false;
  return rest.records.some((a) => m.records.some((b) => distanceKm(a.lon, a.lat, b.lon, b.lat) < 30));
}

function accept(view: TextView, candidates: Candidate[], adjectives: CountryContext): void {
  const confirmed = new Set<string>();
  for (const c of candidates) {
    c.accepted = acceptStandalone(c);
    if (c.accepted) confirmed.add(c.match.key);
  }
  const ctx = adjectives.copy();
  addMentionCountries(ctx, candidates);
  candidates.forEach((c, k) => {
    if (c.accepted || c.evidence.wordClass === 'stop') return;
    // One sense per discourse: a name confirmed elsewhere in the article is a place here too.
    c.coordinated = isCoordinated(view, ctx, c, candidates[k - 1], candidates[k + 1]);
    c.accepted = confirmed.has(c.match.key) || acceptInContext(c, ctx, c.coordinated);
  });
}

/**
 * Recognition evidence times resolution certainty, rounded to two decimals. Calibrated on
 * the seed and development sets so that a typical correct mention (a known name with a cue,
 * a compass word, a preposition or its country in the article) scores ≥ 0.7, and a bare
 * ordinary word or a close call between two places scores lower.
 */
function confidenceOf(c: Candidate, ctx: CountryContext): number {
  const e = c.evidence;
  let recognition = c.tier === 'strong' ? 0.8 : c.tier === 'medium' ? 0.7 : 0.6;
  if (e.cue) recognition += 0.15;
  if (e.direction) recognition += 0.15;
  if (e.locative) recognition += e.locative === 'strong' ? 0.08 : 0.04;
  if (c.place && c.place.kind !== 'country' && ctx.has(c.place.country)) recognition += 0.08;
  if (c.coordinated) recognition += 0.08;
  // An ordinary word is doubtful bare, much less so after a cue noun or a compass word.
  if (e.wordClass !== 'name') recognition -= e.cue || e.direction ? 0.05 : 0.15;
  recognition = Math.min(0.98, Math.max(0.05, recognition));
  const margin = c.margin ?? Infinity;
  const certainty = margin === Infinity ? 1 : 1 - Math.exp(-4 * margin);
  return Math.round(recognition * (0.7 + 0.3 * certainty) * 100) / 100;
}

export type { Mention, Relation, Direction } from './types.ts';
