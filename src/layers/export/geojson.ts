// RFC 7946 FeatureCollection, one feature per line so large layers stream and diff well.
import type { Feature } from 'geojson';

export function* geojsonChunks(features: Iterable<Feature>): Generator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for (const f of features) {
    yield (first ? '\n' : ',\n') + JSON.stringify(f);
    first = false;
  }
  yield '\n]}\n';
}
