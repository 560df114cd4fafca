// Zones are data: a spec (data/zones/*.json) names anchor gazetteer places, a construction,
// the phrases that refer to the zone, and its sources. Turf turns the spec into a polygon.
import { buffer } from '@turf/buffer';
import { convex } from '@turf/convex';
import { rewind } from '@turf/rewind';
import { truncate } from '@turf/truncate';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection, lineString, point } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Gazetteer } from '../gazetteer/index.ts';
import type { PlaceRecord } from '../gazetteer/types.ts';
import type { ZoneProps, ZoneSourceRef } from './types.ts';

/** Convex hull of the anchor places, buffered by `buffer_km` (a line or point for < 3 anchors). */
export interface HullBufferConstruction {
  type: 'hull-buffer';
  buffer_km: number;
}

export interface ZoneSpec {
  id: string;
  name_ar: string;
  name_en: string;
  kind: string;
  /** Gazetteer ids of the places that define the zone. */
  anchors: string[];
  construction: HullBufferConstruction;
  /** Words that refer to the zone in reporting; an excerpt using one near a zone place links to it. */
  phrases: string[];
  /** Why the polygon is only approximate (the construction is appended automatically). */
  approximate: string;
  sources: ZoneSourceRef[];
}

export type ZoneFeature = Feature<Polygon | MultiPolygon, ZoneProps>;

/** Check a parsed zone file; throws "<origin>: <problem>". */
export function parseZoneSpec(value: unknown, origin: string): ZoneSpec {
  const fail = (problem: string): never => {
    throw new Error(`${origin}: ${problem}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not a JSON object');
  const v = value as Record<string, unknown>;
  const str = (key: string): string => {
    const x = v[key];
    if (typeof x !== 'string' || !x.trim()) fail(`"${key}" must be a non-empty string`);
    return x as string;
  };
  const strings = (key: string): string[] => {
    const x = v[key];
    if (!Array.isArray(x) || !x.length || !x.every((s) => typeof s === 'string' && s.trim())) fail(`"${key}" must be a non-empty list of strings`);
    return x as string[];
  };
  const c = v.construction as Record<string, unknown> | undefined;
  if (!c || c.type !== 'hull-buffer') fail('"construction.type" must be "hull-buffer"');
  if (typeof c!.buffer_km !== 'number' || !(c!.buffer_km > 0 && c!.buffer_km <= 500)) fail('"construction.buffer_km" must be a number of km in (0, 500]');
  if (!Array.isArray(v.sources) || !v.sources.length) fail('"sources" must list at least one source');
  const sources = (v.sources as unknown[]).map((s, i): ZoneSourceRef => {
    const r = s as Record<string, unknown> | null;
    if (!r || typeof r.title !== 'string' || !r.title.trim()) fail(`sources[${i}] needs a "title"`);
    const ref: ZoneSourceRef = { title: r!.title as string };
    if (r!.url !== undefined) {
      if (typeof r!.url !== 'string' || !/^https?:\/\//.test(r!.url)) fail(`sources[${i}].url must be an http(s) URL`);
      ref.url = r!.url as string;
    }
    if (r!.date !== undefined) {
      if (typeof r!.date !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(r!.date)) fail(`sources[${i}].date must be YYYY, YYYY-MM or YYYY-MM-DD`);
      ref.date = r!.date as string;
    }
    return ref;
  });
  const id = str('id');
  if (!/^[a-z0-9-]+$/.test(id)) fail('"id" must be lowercase letters, digits and dashes');
  return {
    id,
    name_ar: str('name_ar'),
    name_en: str('name_en'),
    kind: str('kind'),
    anchors: strings('anchors'),
    construction: { type: 'hull-buffer', buffer_km: c!.buffer_km as number },
    phrases: strings('phrases'),
    approximate: str('approximate'),
    sources,
  };
}

/** The anchor places of a spec; throws naming the zone and the id missing from the gazetteer. */
function zoneAnchors(spec: ZoneSpec, gazetteer: Gazetteer): PlaceRecord[] {
  return spec.anchors.map((id) => {
    const place = gazetteer.get(id);
    if (!place) throw new Error(`zone ${spec.id}: anchor "${id}" is not in the gazetteer`);
    return place;
  });
}

/** The zone polygon (RFC 7946: exterior counter-clockwise, 6 decimals), no mentions yet. */
export function buildZone(spec: ZoneSpec, gazetteer: Gazetteer): ZoneFeature {
  const anchors = zoneAnchors(spec, gazetteer);
  const coords = anchors.map((p) => [p.lon, p.lat]);
  const distinct = new Set(coords.map((c) => c.join(','))).size;
  const core =
    distinct >= 3
      ? convex(featureCollection(coords.map((c) => point(c))))
      : distinct === 2
        ? lineString(coords)
        : point(coords[0]!);
  if (!core) throw new Error(`zone ${spec.id}: anchors do not span an area`);
  const buffered = buffer(core, spec.construction.buffer_km, { units: 'kilometers', steps: 16 });
  if (!buffered) throw new Error(`zone ${spec.id}: buffering failed`);
  const shaped = truncate(rewind(buffered as Feature<Polygon | MultiPolygon>), { precision: 6, coordinates: 2 }) as Feature<Polygon | MultiPolygon>;
  const names = anchors.map((p) => p.name_en).join(', ');
  const shape = distinct >= 3 ? 'the convex hull of' : 'a buffer around';
  return {
    type: 'Feature',
    geometry: shaped.geometry,
    properties: {
      id: spec.id,
      name_ar: spec.name_ar,
      name_en: spec.name_en,
      kind: spec.kind,
      approximate: true,
      note: `${spec.approximate.trim()} Drawn as ${shape} ${anchors.length} anchor places (${names}) buffered by ${spec.construction.buffer_km} km.`,
      anchors: [...spec.anchors],
      sources: spec.sources.map((s) => ({ ...s })),
      mention_ids: [],
    },
  };
}

/** Is the place one the zone is about: an anchor, or (other than a country) a point inside it? */
export function zoneContainsPlace(zone: ZoneFeature, place: PlaceRecord): boolean {
  if (zone.properties.anchors.includes(place.id)) return true;
  if (place.kind === 'country') return false;
  return booleanPointInPolygon([place.lon, place.lat], zone.geometry);
}
