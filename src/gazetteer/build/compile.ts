// Sources + curated supplement → the compiled gazetteer. Deterministic: records sorted by id,
// coordinates rounded, so the same inputs give the same bytes.

import { normalizeKey } from '../../arabic/normalize.ts';
import { GAZETTEER_FORMAT } from '../index.ts';
import type { CompiledGazetteer, PlaceRecord } from '../types.ts';
import type { Amendment, CuratedFile } from './curated.ts';
import { distanceKm, roundCoord } from './fields.ts';
import type { GeonamesPlace } from './geonames.ts';
import { MERGE_KM, dedupeGeonames, dedupeOsm, mergeOsmGeonames, nameKeys } from './merge.ts';
import type { OsmPlace } from './osm.ts';

export interface GazetteerInputs {
  osm: OsmPlace[];
  geonames: GeonamesPlace[];
  countries: PlaceRecord[];
  curated: { file: string; content: CuratedFile }[];
  inputsSha256: string;
}

export interface BuildReport {
  merged: { from: string; into: string }[];
  /** Source records left with no name after amendments. */
  dropped: string[];
  /** Spellings an amendment adds that the record already has. */
  redundant: string[];
}

export function compileGazetteer(inputs: GazetteerInputs): { gazetteer: CompiledGazetteer; report: BuildReport } {
  const report: BuildReport = { merged: [], dropped: [], redundant: [] };
  // Amendments fix source records before merging, so a removed wrong name cannot cause a merge.
  const amend = new Amender(inputs.curated, report);
  const osm = inputs.osm.flatMap((o) => amend.apply(o.place).map((place) => ({ ...o, place })));
  const geonames = inputs.geonames.flatMap((g) => amend.apply(g.place).map((place) => ({ ...g, place })));
  const countries = inputs.countries.flatMap((c) => amend.apply(c));
  amend.checkAllUsed();

  const osmUnique = dedupeOsm(osm);
  const gn = dedupeGeonames(geonames);
  const merged = mergeOsmGeonames(osmUnique.places, gn.places);
  const aliases = new Map([...osmUnique.aliases, ...gn.aliases, ...merged.aliases]);
  const resolve = (id: string): string => {
    let cur = id;
    while (aliases.has(cur)) cur = aliases.get(cur)!;
    return cur;
  };
  report.merged = [...aliases.keys()].sort().map((from) => ({ from, into: resolve(from) }));

  const sourced = [...merged.places, ...countries];
  const curated = inputs.curated.flatMap(({ file, content }) => content.places.map((place) => ({ file, place })));
  checkCuratedIsNew(sourced, curated);

  const byId = new Map<string, PlaceRecord>();
  for (const p of [...sourced, ...curated.map((c) => c.place)]) {
    if (byId.has(p.id)) throw new Error(`duplicate place id ${p.id}`);
    byId.set(p.id, p);
  }
  const places = [...byId.values()]
    .map((p) => finish(p, byId, resolve))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { gazetteer: { format: GAZETTEER_FORMAT, inputs_sha256: inputs.inputsSha256, places }, report };
}

/** A curated record must add a place, not repeat one a source already has. */
function checkCuratedIsNew(sourced: readonly PlaceRecord[], curated: readonly { file: string; place: PlaceRecord }[]): void {
  const sourcedKeys = sourced.map(nameKeys);
  for (const { file, place } of curated) {
    const keys = nameKeys(place);
    sourced.forEach((s, i) => {
      if (s.kind === 'country' || s.country !== place.country || distanceKm(s, place) > MERGE_KM) return;
      const shared = [...keys].find((k) => sourcedKeys[i].has(k));
      if (shared) {
        throw new Error(
          `${file}: ${place.id} repeats ${s.id} ("${shared}", ${distanceKm(s, place).toFixed(1)} km): amend that record instead`,
        );
      }
    });
  }
}

/** Applies the curated amendments to the source records they name; each must find its record. */
class Amender {
  private readonly pending = new Map<string, { file: string; amendment: Amendment }[]>();

  constructor(
    curated: GazetteerInputs['curated'],
    private readonly report: BuildReport,
  ) {
    for (const { file, content } of curated) {
      for (const amendment of content.amendments) {
        this.pending.set(amendment.id, [...(this.pending.get(amendment.id) ?? []), { file, amendment }]);
      }
    }
  }

  /** The amended record, or none when no name is left (the record is dropped). */
  apply(p: PlaceRecord): PlaceRecord[] {
    const list = this.pending.get(p.id);
    if (!list) return [p];
    this.pending.delete(p.id);
    let names = [...p.names_ar];
    let point = { lon: p.lon, lat: p.lat };
    for (const { file, amendment: a } of list) {
      for (const n of a.remove_names_ar ?? []) {
        if (!names.includes(n)) throw new Error(`${file}: "${n}" is not a name of ${p.id}`);
        names = names.filter((x) => x !== n);
      }
      for (const n of a.add_names_ar ?? []) {
        if (names.includes(n)) this.report.redundant.push(`${p.id}: ${n}`);
        else names.push(n);
      }
      if (a.lon !== undefined && a.lat !== undefined) point = { lon: a.lon, lat: a.lat };
    }
    if (names.length === 0) {
      this.report.dropped.push(p.id);
      return [];
    }
    const name_ar = names.includes(p.name_ar) ? p.name_ar : names[0];
    return [{ ...p, name_ar, names_ar: names, ...point }];
  }

  checkAllUsed(): void {
    for (const [id, [{ file }]] of this.pending) {
      throw new Error(`${file}: amendment of ${id}, which no source has (curated records are edited directly)`);
    }
  }
}

function finish(p: PlaceRecord, byId: Map<string, PlaceRecord>, resolve: (id: string) => string): PlaceRecord {
  const names = [p.name_ar, ...p.names_ar.filter((n) => n !== p.name_ar)];
  if (!names.some((n) => normalizeKey(n))) throw new Error(`${p.id}: no usable Arabic name`);
  const out: PlaceRecord = { ...p, names_ar: names, lon: roundCoord(p.lon), lat: roundCoord(p.lat) };
  if (p.parent !== undefined) {
    const parent = resolve(p.parent);
    if (!byId.has(parent)) throw new Error(`${p.id}: parent ${p.parent} is not in the gazetteer`);
    out.parent = parent;
  }
  return out;
}
