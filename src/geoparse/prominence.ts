// How prominent a place is on its own, before any context: countries over regions over
// cities, bigger cities over smaller ones, curated records (chosen because news names
// them) over bulk imports. Used to rank candidates and to judge how much evidence a bare
// name needs.

import type { PlaceKind, PlaceRecord } from '../gazetteer/types.ts';

const KIND_WEIGHT: Record<PlaceKind, number> = {
  country: 1.5,
  region: 0.7,
  admin: 0.65,
  city: 0.6,
  facility: 0.55,
  district: 0.5,
  town: 0.45,
  village: 0.35,
  landmark: 0.35,
};

export function prominence(r: PlaceRecord): number {
  const pop = r.population && r.population > 1 ? 0.1 * Math.log10(r.population) : 0;
  const curated = r.source.dataset === 'marsad' ? 0.2 : 0;
  return KIND_WEIGHT[r.kind] + pop + curated;
}

/** How much a bare mention of the name can stand on its own. */
export type Tier = 'strong' | 'medium' | 'weak';

/** Tiers of the record lists the gazetteer hands out (shared arrays), computed once. */
const tierCache = new WeakMap<readonly PlaceRecord[], Tier>();

export function tier(records: readonly PlaceRecord[], words: number): Tier {
  if (words > 1) return 'strong';
  let cached = tierCache.get(records);
  if (!cached) {
    cached = singleWordTier(records);
    tierCache.set(records, cached);
  }
  return cached;
}

function singleWordTier(records: readonly PlaceRecord[]): Tier {
  let best: Tier = 'weak';
  for (const r of records) {
    if (r.kind === 'country') return 'strong';
    const pop = r.population ?? 0;
    // Capitals and large cities are named bare ("رحبت واشنطن", "أعلنت نيامي").
    if (pop >= 500_000) return 'strong';
    // Curated single words (a region, a district, a terminal) are often ordinary words too.
    if (pop >= 50_000 || r.kind === 'region' || r.kind === 'admin' || r.source.dataset === 'marsad') best = 'medium';
  }
  return best;
}
