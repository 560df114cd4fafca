// Country points must lie inside the country: a country mention is drawn (and judged) by its
// shape, and world-countries' rounded `latlng` misses small or thin countries (Kuwait's falls
// in Iraq, Malta's in the sea). Such points are moved to an interior point of the country's
// largest polygon in world-atlas (Natural Earth 1:50m), the shapes the map draws.

import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { PlaceRecord } from '../types.ts';

export type CountryShape = Polygon | MultiPolygon;

const SCAN_LINES = 15;

function polygonsOf(shapes: readonly CountryShape[]): Position[][][] {
  return shapes.flatMap((s) => (s.type === 'Polygon' ? [s.coordinates] : s.coordinates));
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(a / 2);
}

/**
 * A point well inside a polygon: along horizontal lines across its extent, the middle of the
 * widest stretch that is inside (between an odd and the next even crossing of its rings).
 */
export function interiorPoint(polygon: Position[][]): Position {
  const lats = polygon[0].map((p) => p[1]);
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  let best: Position = polygon[0][0];
  let bestWidth = -1;
  for (let k = 1; k <= SCAN_LINES; k++) {
    const lat = south + ((north - south) * k) / (SCAN_LINES + 1);
    const xs: number[] = [];
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x1, y1] = ring[j];
        const [x2, y2] = ring[i];
        if (y1 > lat !== y2 > lat) xs.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = (xs[i + 1] - xs[i]) * Math.cos((lat * Math.PI) / 180);
      if (width > bestWidth) {
        bestWidth = width;
        best = [(xs[i] + xs[i + 1]) / 2, lat];
      }
    }
  }
  return best;
}

/**
 * Countries whose point lies outside all their shapes get an interior point of their largest
 * polygon. Returns the new list and the ids that moved. Countries without a shape keep theirs.
 */
export function placeCountryPointsInside(
  countries: readonly PlaceRecord[],
  shapesByIsoNumeric: ReadonlyMap<string, readonly CountryShape[]>,
): { countries: PlaceRecord[]; moved: string[] } {
  const moved: string[] = [];
  const out = countries.map((c) => {
    const shapes = c.iso_numeric ? shapesByIsoNumeric.get(c.iso_numeric) : undefined;
    if (!shapes?.length) return c;
    if (shapes.some((s) => booleanPointInPolygon([c.lon, c.lat], s))) return c;
    const polygons = polygonsOf(shapes);
    const largest = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
    const [lon, lat] = interiorPoint(largest);
    moved.push(c.id);
    const note = 'That latlng lies outside the Natural Earth shape, so the point used is inside its largest polygon (world-atlas 1:50m).';
    return { ...c, lon, lat, source: { ...c.source, citation: `${c.source.citation ?? ''} ${note}`.trim() } };
  });
  return { countries: out, moved };
}
