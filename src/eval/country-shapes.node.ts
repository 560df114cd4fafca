// Node-only: country polygons from world-atlas (Natural Earth 1:50m), keyed by ISO 3166
// numeric code, and the point-to-country distance the scorer uses (0 inside).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryDistance } from './score.ts';

type CountryFeature = Feature<Polygon | MultiPolygon>;

export function loadCountryDistance(): CountryDistance {
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const byIso = new Map<string, CountryFeature[]>();
  for (const f of collection.features as CountryFeature[]) {
    if (f.id === undefined || !f.geometry) continue;
    const id = String(f.id).padStart(3, '0');
    const list = byIso.get(id);
    if (list) list.push(f);
    else byIso.set(id, [f]);
  }
  return (iso, lon, lat) => {
    const shapes = byIso.get(iso);
    if (!shapes) throw new Error(`world-atlas countries-50m has no country with ISO numeric code ${iso}`);
    let best = Infinity;
    for (const f of shapes) {
      if (booleanPointInPolygon([lon, lat], f)) return 0;
      best = Math.min(best, distanceToRings(f, lon, lat));
    }
    return best;
  };
}

/** Distance in km from a point to the nearest polygon edge (local equirectangular plane). */
function distanceToRings(f: CountryFeature, lon: number, lat: number): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  const polygons: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const ax = (ring[i]![0]! - lon) * kx;
        const ay = (ring[i]![1]! - lat) * ky;
        const bx = (ring[i + 1]![0]! - lon) * kx;
        const by = (ring[i + 1]![1]! - lat) * ky;
        best = Math.min(best, pointSegment(ax, ay, bx, by));
      }
    }
  }
  return best;
}

/** Distance from the origin to segment AB. */
function pointSegment(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
