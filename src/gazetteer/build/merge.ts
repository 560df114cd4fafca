// Making one record per place. GeoNames lists a few cities twice (Zawiya, Az Zāwīyah), OSM a
// few villages twice, and OSM and GeoNames both list Libya's towns: a record absorbs another
// when they share a country, lie close (MERGE_KM, OSM_DUPLICATE_KM) and share a normalised
// name (or the OSM node is tagged with the GeoNames id). The absorbed id stays resolvable
// through `aliases`.
//
// OSM wins a merge: its Libyan points and Arabic names are the better ones. GeoNames then
// contributes its extra spellings, its population when OSM has none, and a provenance note.

import { normalizeKey } from '../../arabic/normalize.ts';
import type { PlaceRecord } from '../types.ts';
import { distanceKm } from './fields.ts';
import type { GeonamesPlace } from './geonames.ts';
import type { OsmPlace } from './osm.ts';

export const MERGE_KM = 15;

export interface MergeResult {
  places: PlaceRecord[];
  /** Absorbed id → the id of the record that now holds the place. */
  aliases: Map<string, string>;
}

export function nameKeys(p: PlaceRecord): Set<string> {
  return new Set(p.names_ar.map(normalizeKey).filter(Boolean));
}

function shareName(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/** Latin name folded for comparison: "Az Zāwīyah" → "zawiyah", "Ben Jawwad" → "benjawwad". */
export function foldLatin(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(a[dlnrstz]|el|ash|adh)[\s-]+/, '')
    .replace(/[^a-z]/g, '');
}

function absorb(into: PlaceRecord, other: PlaceRecord): PlaceRecord {
  const names = [...into.names_ar];
  for (const n of other.names_ar) if (!names.includes(n)) names.push(n);
  const population = into.population ?? other.population;
  return { ...into, names_ar: names, ...(population !== undefined ? { population } : {}) };
}

/** OSM maps a few Libyan villages twice (two nodes for العقيلة): closer than this, one place. */
export const OSM_DUPLICATE_KM = 5;

const KIND_RANK: Record<string, number> = { city: 3, town: 2, village: 1 };

/**
 * Merge records of one dataset that name the same place: same country, within `maxKm`, a
 * shared normalised name. The first in `order` of each group absorbs the others.
 */
export function dedupeNearby<T extends { place: PlaceRecord }>(
  list: readonly T[],
  maxKm: number,
  order: (a: PlaceRecord, b: PlaceRecord) => number,
  combine: (into: T, other: T) => T = (into, other) => ({ ...into, place: absorb(into.place, other.place) }),
): { places: T[]; aliases: Map<string, string> } {
  const sorted = [...list].sort((a, b) => order(a.place, b.place) || a.place.id.localeCompare(b.place.id));
  const keys = sorted.map((g) => nameKeys(g.place));
  const byKey = new Map<string, number[]>();
  sorted.forEach((_, i) => {
    for (const k of keys[i]) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const absorbedInto = new Map<number, number>();
  const merged = [...sorted];
  for (let i = 0; i < sorted.length; i++) {
    if (absorbedInto.has(i)) continue;
    for (const k of keys[i]) {
      for (const j of byKey.get(k) ?? []) {
        if (j <= i || absorbedInto.has(j)) continue;
        const a = sorted[i].place;
        const b = sorted[j].place;
        if (a.country !== b.country || distanceKm(a, b) > maxKm) continue;
        absorbedInto.set(j, i);
        merged[i] = combine(merged[i], sorted[j]);
      }
    }
  }
  const aliases = new Map<string, string>();
  for (const [j, i] of absorbedInto) aliases.set(sorted[j].place.id, sorted[i].place.id);
  return { places: merged.filter((_, i) => !absorbedInto.has(i)), aliases };
}

/** GeoNames duplicates: the more populous record absorbs the other. */
export function dedupeGeonames(list: readonly GeonamesPlace[]) {
  return dedupeNearby(list, MERGE_KM, (a, b) => (b.population ?? 0) - (a.population ?? 0));
}

/** OSM duplicates: the higher-ranked node (city > town > village, then population) absorbs the other. */
export function dedupeOsm(list: readonly OsmPlace[]) {
  return dedupeNearby(
    list,
    OSM_DUPLICATE_KM,
    (a, b) => (KIND_RANK[b.kind] ?? 0) - (KIND_RANK[a.kind] ?? 0) || (b.population ?? 0) - (a.population ?? 0),
    (into, other) => ({
      ...into,
      place: absorb(into.place, other.place),
      ...(into.geonamesId ?? other.geonamesId ? { geonamesId: into.geonamesId ?? other.geonamesId } : {}),
    }),
  );
}

/** Merge each Libyan GeoNames record into the OSM node for the same place, if there is one. */
export function mergeOsmGeonames(osm: readonly OsmPlace[], geonames: readonly GeonamesPlace[]): MergeResult {
  const osmPlaces = osm.map((o) => ({ ...o.place }));
  const osmKeys = osmPlaces.map(nameKeys);
  const osmLatin = osmPlaces.map((p) => foldLatin(p.name_en));
  const aliases = new Map<string, string>();
  const kept: PlaceRecord[] = [];
  for (const g of geonames) {
    const gp = g.place;
    const ref = gp.source.ref;
    const gKeys = nameKeys(gp);
    const gLatin = new Set(g.latinNames.map(foldLatin));
    let best = -1;
    let bestKm = Infinity;
    osm.forEach((o, i) => {
      if (gp.country !== osmPlaces[i].country) return;
      const km = distanceKm(gp, osmPlaces[i]);
      const tagged = o.geonamesId === ref;
      const sameName = km <= MERGE_KM && (shareName(gKeys, osmKeys[i]) || gLatin.has(osmLatin[i]));
      // A tag outranks any name match; among equals the nearest wins.
      const score = tagged ? km - 1e6 : sameName ? km : Infinity;
      if (score < bestKm) {
        bestKm = score;
        best = i;
      }
    });
    if (best === -1) {
      kept.push(gp);
      continue;
    }
    const into = absorb(osmPlaces[best], gp);
    const note = `Same place as GeoNames ${ref} (https://www.geonames.org/${ref}), merged: OSM point, names from both.`;
    const citation = into.source.citation ? `${into.source.citation} ${note}` : note;
    osmPlaces[best] = { ...into, source: { ...into.source, citation } };
    aliases.set(gp.id, osmPlaces[best].id);
  }
  return { places: [...osmPlaces, ...kept], aliases };
}
