// Resolution: pick one record per accepted name. Candidates are ranked by what the text
// says right next to the name (a country or its adjective: "طرابلس شمال لبنان",
// "العاصمة الإيطالية روما"; the kind of cue: "مدينة الجزائر" vs "الجزائر"), then by the
// article's countries, closeness to the places resolved without doubt, and prominence.
// One sense per name per document, unless a mention carries its own local evidence.

import type { PlaceKind, PlaceRecord } from '../gazetteer/types.ts';
import type { Candidate } from './candidate.ts';
import type { CountryContext } from './document.ts';
import { adjectiveCountry } from './filters.ts';
import { distanceKm } from './geo.ts';
import type { CueKind } from './lexicon.ts';
import type { NameIndex } from './names.ts';
import { prominence } from './prominence.ts';
import type { TextView } from './text-view.ts';

/** Records closer than this are one place told twice (e.g. by OSM and GeoNames). */
const SAME_PLACE_KM = 30;
/** How far after a name a qualifying country may stand: "طرابلس (شمال لبنان)". */
const QUALIFIER_WINDOW = 4;

const CUE_PREFERS: Record<CueKind, readonly PlaceKind[]> = {
  settlement: ['city', 'town', 'village', 'district'],
  facility: ['facility'],
  area: ['region', 'admin', 'district', 'landmark'],
  admin: ['country', 'admin', 'region'],
};

interface Anchor {
  key: string;
  lon: number;
  lat: number;
}

export function resolveAll(view: TextView, names: NameIndex, candidates: Candidate[], ctx: CountryContext): void {
  const accepted = candidates.filter((c) => c.accepted);
  let anchors: Anchor[] | undefined;
  const groups = new Map<string, { candidate: Candidate; local: Map<PlaceRecord, number> | null }[]>();
  for (const c of accepted) {
    // Most names denote one place: nothing to rank.
    if (c.match.records.length === 1) {
      c.place = c.match.records[0]!;
      c.margin = Infinity;
      continue;
    }
    const qualifier = qualifierCountry(view, names, c);
    const cue = c.evidence.cue;
    const local =
      qualifier || cue
        ? new Map(c.match.records.map((r) => [r, localScore(r, qualifier, cue)] as const))
        : null;
    const list = groups.get(c.match.key);
    if (list) list.push({ candidate: c, local });
    else groups.set(c.match.key, [{ candidate: c, local }]);
  }
  for (const [key, members] of groups) {
    const records = members[0]!.candidate.match.records;
    anchors ??= unambiguousAnchors(accepted);
    const shared = new Map(records.map((r) => [r, contextScore(r, key, ctx, anchors!)] as const));
    const sharedBest = rank(shared);
    for (const { candidate, local } of members) {
      if (!local) {
        candidate.place = sharedBest.place;
        candidate.margin = sharedBest.margin;
        continue;
      }
      const own = new Map(records.map((r) => [r, shared.get(r)! + local.get(r)!] as const));
      const best = rank(own);
      candidate.place = best.place;
      candidate.margin = best.margin;
    }
  }
}

function localScore(r: PlaceRecord, qualifier: string | null, cue: CueKind | null): number {
  let s = 0;
  if (qualifier && r.country === qualifier) s += 2;
  if (cue) {
    if (CUE_PREFERS[cue].includes(r.kind)) s += 0.8;
    else if (cue === 'settlement' && r.kind === 'country') s -= 0.5;
  }
  return s;
}

function contextScore(r: PlaceRecord, key: string, ctx: CountryContext, anchors: readonly Anchor[]): number {
  let s = prominence(r) + ctx.share(r.country);
  if (r.kind !== 'country') {
    let nearest = Infinity;
    for (const a of anchors) {
      if (a.key === key) continue;
      nearest = Math.min(nearest, distanceKm(r.lon, r.lat, a.lon, a.lat));
    }
    if (nearest < Infinity) s += 0.6 * Math.exp(-nearest / 250);
  }
  return s;
}

/** The best record, and its lead over the best record that is a different place. */
function rank(scores: Map<PlaceRecord, number>): { place: PlaceRecord; margin: number } {
  let place: PlaceRecord | undefined;
  let top = -Infinity;
  for (const [r, s] of scores) {
    if (s > top) {
      top = s;
      place = r;
    }
  }
  let second = -Infinity;
  for (const [r, s] of scores) {
    if (r === place || isSamePlace(r, place!)) continue;
    second = Math.max(second, s);
  }
  return { place: place!, margin: second === -Infinity ? Infinity : top - second };
}

/** Two records told of one place, or a country and a place inside it (Algeria, Algiers). */
function isSamePlace(a: PlaceRecord, b: PlaceRecord): boolean {
  if (a.country !== b.country) return false;
  if (a.kind === 'country' || b.kind === 'country') return true;
  return a.kind === b.kind && distanceKm(a.lon, a.lat, b.lon, b.lat) < SAME_PLACE_KM;
}

/** Points of accepted names that denote one place only (countries excluded). */
function unambiguousAnchors(accepted: readonly Candidate[]): Anchor[] {
  const anchors = new Map<string, Anchor>();
  for (const c of accepted) {
    const key = c.match.key;
    const recs = c.match.records;
    const r0 = recs[0]!;
    if (anchors.has(key) || r0.kind === 'country') continue;
    if (recs.length === 1 || recs.every((r) => distanceKm(r.lon, r.lat, r0.lon, r0.lat) < SAME_PLACE_KM)) {
      anchors.set(key, { key, lon: r0.lon, lat: r0.lat });
    }
  }
  return [...anchors.values()];
}

/**
 * A country the text ties to this mention: named or made an adjective within a few words
 * after it ("طرابلس اللبنانية", "طرابلس في شمال لبنان", "طبرق (شمال شرقي ليبيا)"), or an
 * adjective right before it after a cue noun ("العاصمة الإيطالية روما").
 */
function qualifierCountry(view: TextView, names: NameIndex, c: Candidate): string | null {
  const own = new Set(c.match.records.map((r) => r.country));
  if (own.size < 2) return null;
  let k = c.match.last;
  for (let step = 0; step < QUALIFIER_WINDOW; step++) {
    k = view.after(k);
    if (k < 0) break;
    // The word as written first: "لبنان" is a name, not ل + "بنان".
    const country = names.countryWord(view.tokens[k]!.norm) ?? names.countryWord(view.bareWord(k));
    if (country) return own.has(country) ? country : null;
  }
  const prev = view.before(c.match.first);
  if (prev >= 0 && c.evidence.cue) {
    const adj = adjectiveCountry(names, view.bareWord(prev));
    if (adj && own.has(adj.country)) return adj.country;
  }
  return null;
}
