// Export entry point for the CLI and the app: pick the layer's features, filter them, and
// encode them as GeoJSON, GeoJSONSeq, CSV or KML. The result is a sequence of string chunks:
// the CLI streams them to a file, the app passes them to `new Blob(chunks)`.
import type { Feature, Geometry } from 'geojson';
import type { MentionProps, PlaceProps, ZoneProps } from '../types.ts';
import { LAYER_NAMES, type LayerName } from './columns.ts';
import { geojsonChunks } from './geojson.ts';
import { geojsonseqChunks } from './geojsonseq.ts';
import { csvChunks } from './csv.ts';
import { kmlChunks } from './kml.ts';

export { LAYER_NAMES, type LayerName } from './columns.ts';
export { checkFilter, filterFeatures, parseBbox, type BBox, type ExportFilter } from './filter.ts';

export const EXPORT_FORMATS = ['geojson', 'geojsonseq', 'csv', 'kml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { extension: string; mediaType: string }> = {
  geojson: { extension: '.geojson', mediaType: 'application/geo+json' },
  geojsonseq: { extension: '.geojsonl', mediaType: 'application/geo+json-seq' },
  csv: { extension: '.csv', mediaType: 'text/csv;charset=utf-8' },
  kml: { extension: '.kml', mediaType: 'application/vnd.google-earth.kml+xml' },
};

export function isLayerName(s: string): s is LayerName {
  return (LAYER_NAMES as readonly string[]).includes(s);
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

export function exportChunks(
  layer: LayerName,
  format: ExportFormat,
  features: Iterable<Feature<Geometry, PlaceProps | MentionProps | ZoneProps>>,
): Iterable<string> {
  switch (format) {
    case 'geojson':
      return geojsonChunks(features);
    case 'geojsonseq':
      return geojsonseqChunks(features);
    case 'csv':
      return csvChunks(layer, features);
    case 'kml':
      return kmlChunks(layer, features);
  }
}
