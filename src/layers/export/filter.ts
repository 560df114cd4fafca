// The export filters (--article, --kind, --bbox), shared by the CLI and the app's export button.
import type { Feature, Geometry } from 'geojson';
import { PLACE_KINDS } from '../../gazetteer/types.ts';
import type { MentionProps, PlaceProps, ZoneProps } from '../types.ts';
import { bboxOf } from '../geometry.ts';
import type { LayerName } from './columns.ts';

/** [west, south, east, north] in degrees; west > east crosses the antimeridian (RFC 7946 §5.2). */
export type BBox = [number, number, number, number];

export interface ExportFilter {
  article?: string;
  kind?: string;
  bbox?: BBox;
}


export type AnyFeature = Feature<Geometry, PlaceProps | MentionProps | ZoneProps>;

/** "W,S,E,N" → BBox, or throws a one-line reason. */
export function parseBbox(s: string): BBox {
  const parts = s.split(',').map((p) => p.trim());
  const nums = parts.map(Number);
  if (parts.length !== 4 || parts.some((p) => p === '') || nums.some((n) => !Number.isFinite(n))) {
    throw new Error(`bad --bbox "${s}": expected four numbers W,S,E,N`);
  }
  const [w, south, e, n] = nums as BBox;
  if (w < -180 || w > 180 || e < -180 || e > 180) throw new Error(`bad --bbox "${s}": longitudes must be within -180..180`);
  if (south < -90 || n > 90 || south > n) throw new Error(`bad --bbox "${s}": latitudes must be within -90..90 with south <= north`);
  return [w, south, e, n];
}

/** Throws a one-line error when the filter names an article or kind the layers do not have. */
export function checkFilter(layer: LayerName, filter: ExportFilter, known: { articleIds: ReadonlySet<string>; zoneKinds: ReadonlySet<string> }): void {
  if (filter.article !== undefined && !known.articleIds.has(filter.article)) throw new Error(`unknown article "${filter.article}"`);
  if (filter.kind !== undefined) {
    const kinds: readonly string[] = layer === 'zones' ? [...known.zoneKinds] : PLACE_KINDS;
    if (!kinds.includes(filter.kind)) throw new Error(`unknown --kind "${filter.kind}" for ${layer} (one of: ${kinds.join(', ')})`);
  }
}

export function filterFeatures<F extends AnyFeature>(layer: LayerName, features: readonly F[], filter: ExportFilter): F[] {
  return features.filter((f) => {
    const p = f.properties;
    if (filter.article !== undefined && !refersToArticle(layer, p, filter.article)) return false;
    if (filter.kind !== undefined && p.kind !== filter.kind) return false;
    if (filter.bbox && !overlapsBbox(f.geometry, filter.bbox)) return false;
    return true;
  });
}

function refersToArticle(layer: LayerName, p: PlaceProps | MentionProps | ZoneProps, article: string): boolean {
  if (layer === 'places') return (p as PlaceProps).article_ids.includes(article);
  if (layer === 'mentions') return (p as MentionProps).article_id === article;
  // Mention ids are "<article id>:<start>".
  const prefix = `${article}:`;
  return (p as ZoneProps).mention_ids.some((id) => id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)));
}

function lonInRange(lon: number, w: number, e: number): boolean {
  return w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
}

/** Points: inside the box (edges included). Polygons: their bounding box overlaps it. */
function overlapsBbox(geometry: Geometry, [w, s, e, n]: BBox): boolean {
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    return lat! >= s && lat! <= n && lonInRange(lon!, w, e);
  }
  const [gw, gs, ge, gn] = bboxOf(geometry);
  if (gn < s || gs > n) return false;
  if (w <= e) return ge >= w && gw <= e;
  return ge >= w || gw <= e;
}
