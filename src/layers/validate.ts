// Checks a layer before it is written or exported: geojson-validation for the GeoJSON
// structure, plus the RFC 7946 rules it does not check (no `crs`, positions in range with at
// most six decimals, polygon exteriors counter-clockwise and holes clockwise).
import * as gjv from 'geojson-validation';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { isCounterClockwise, positionsOf, round6 } from './geometry.ts';

/** Problems of one feature (none: empty); `where` prefixes each ("feature 3"). */
function featureProblems(feature: Feature<Geometry>, where: string): string[] {
  const problems = gjv.isFeature(feature, true).map((p) => `${where}: ${p}`);
  if (problems.length || !feature.geometry) return problems;
  for (const [lon, lat] of positionsOf(feature.geometry)) {
    if (!(lon! >= -180 && lon! <= 180 && lat! >= -90 && lat! <= 90)) {
      problems.push(`${where}: position [${lon}, ${lat}] out of range`);
      break;
    }
    if (round6(lon!) !== lon || round6(lat!) !== lat) {
      problems.push(`${where}: position [${lon}, ${lat}] has more than 6 decimals`);
      break;
    }
  }
  const polygons =
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : [];
  for (const rings of polygons) {
    rings.forEach((ring, i) => {
      if (isCounterClockwise(ring) !== (i === 0)) {
        problems.push(`${where}: ${i === 0 ? 'exterior ring is clockwise' : `hole ${i} is counter-clockwise`} (RFC 7946 right-hand rule)`);
      }
    });
  }
  return problems;
}

/** Throws "<layer>: <problem>" naming the layer when the collection is not valid RFC 7946. */
export function assertValidLayer(layer: string, collection: FeatureCollection): void {
  const problems: string[] = [];
  if ('crs' in collection) problems.push('has a "crs" member (RFC 7946 has none)');
  // Structure of the collection without walking every feature twice.
  problems.push(...gjv.isFeatureCollection({ ...collection, features: [] }, true));
  collection.features.forEach((f, i) => {
    if (problems.length < 5) problems.push(...featureProblems(f, `feature ${i}${f.properties && 'id' in f.properties ? ` (${String(f.properties.id)})` : ''}`));
  });
  if (problems.length) throw new Error(`${layer}: invalid GeoJSON layer: ${problems.slice(0, 3).join('; ')}`);
}
