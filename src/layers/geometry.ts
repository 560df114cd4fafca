// Small geometry helpers shared by the layer builders, the validator and the exporters.
import type { Geometry, Position } from 'geojson';

/** RFC 7946 §11.2: six decimals (about 10 cm) is all the precision a position needs. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Twice the signed area of a closed ring in lon/lat degrees: > 0 when counter-clockwise. */
function ringSignedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum;
}

export function isCounterClockwise(ring: readonly Position[]): boolean {
  return ringSignedArea2(ring) > 0;
}

/** Every position of a Point, Polygon or MultiPolygon (the geometries the layers use). */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      throw new Error(`unexpected ${geometry.type} geometry`);
  }
}

/** [west, south, east, north] of a geometry. */
export function bboxOf(geometry: Geometry): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of positionsOf(geometry)) {
    w = Math.min(w, x!);
    e = Math.max(e, x!);
    s = Math.min(s, y!);
    n = Math.max(n, y!);
  }
  return [w, s, e, n];
}
