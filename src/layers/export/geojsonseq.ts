// GeoJSON text sequences, newline-delimited (one Feature per line) as the geoparse CLI writes
// them; GDAL's GeoJSONSeq driver reads this and the RS-prefixed RFC 8142 form alike.
import type { Feature } from 'geojson';

export function* geojsonseqChunks(features: Iterable<Feature>): Generator<string> {
  for (const f of features) yield JSON.stringify(f) + '\n';
}
