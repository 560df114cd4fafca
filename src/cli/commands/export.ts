// `marsad export --layer L --format F [...filters] [--out FILE]`: one layer, filtered, as
// GeoJSON, GeoJSONSeq, CSV or KML for GIS tools. Reads a built layers directory (--from) or
// builds the default corpus in memory. Usage errors exit 2 and write nothing.
import type { Feature, Geometry } from 'geojson';
import {
  EXPORT_FORMATS,
  LAYER_NAMES,
  checkFilter,
  exportChunks,
  filterFeatures,
  isExportFormat,
  isLayerName,
  parseBbox,
  type ExportFilter,
  type ExportFormat,
  type LayerName,
} from '../../layers/export/index.ts';
import type { Layers } from '../../layers/build.ts';
import type { MentionProps, PlaceProps, ZoneProps } from '../../layers/types.ts';
import { readLayersDir, writeFileAtomic } from '../../layers/write.node.ts';
import { buildCorpus } from './build.ts';
import { StdoutWriter } from '../stdout-writer.ts';

const USAGE = `usage: marsad export --layer places|mentions|zones --format geojson|geojsonseq|csv|kml
                     [--from DIR] [--article ID] [--kind KIND] [--bbox W,S,E,N] [--out FILE]

Exports one layer for GIS tools (QGIS, ArcGIS, GDAL/ogr2ogr, Google Earth).
  geojson     RFC 7946 FeatureCollection
  geojsonseq  one GeoJSON Feature per line (GDAL's GeoJSONSeq driver reads it)
  csv         UTF-8 with BOM, RFC 4180; lon,lat columns first; lists joined with ";";
              zones add a WKT polygon column
  kml         KML 2.2, every property in ExtendedData; zones as polygons

options:
  --from DIR     a layers directory written by "marsad build" (default: build seeds/ in memory)
  --article ID   only what that article mentions
  --kind KIND    places/mentions: country, region, admin, city, town, village, district,
                 facility, landmark; zones: the zone kind (e.g. demilitarised-zone)
  --bbox W,S,E,N only features inside (points) or overlapping (zones) the box, in degrees
  --out FILE     write FILE atomically (default: standard output)
  -h, --help     show this help

examples:
  npm run -s marsad -- export --layer places --format csv --out places.csv
  npm run -s marsad -- export --from static/layers --layer mentions --format kml --bbox 15,28,19,32 --out sirte.kml
`;

interface Options {
  layer: LayerName;
  format: ExportFormat;
  from?: string;
  out?: string;
  filter: ExportFilter;
}

const VALUE_OPTIONS = ['layer', 'format', 'from', 'article', 'kind', 'bbox', 'out'] as const;

function parseArgs(args: string[]): Options | string {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const m = /^--([a-z]+)(?:=(.*))?$/s.exec(a);
    if (!m || !(VALUE_OPTIONS as readonly string[]).includes(m[1]!)) return `unknown argument "${a}"`;
    const name = m[1]!;
    const value = m[2] ?? args[++i];
    if (value === undefined || value === '') return `--${name} needs a value`;
    if (values.has(name)) return `--${name} given twice`;
    values.set(name, value);
  }
  const layer = values.get('layer');
  const format = values.get('format');
  if (!layer) return `--layer is required (one of: ${LAYER_NAMES.join(', ')})`;
  if (!format) return `--format is required (one of: ${EXPORT_FORMATS.join(', ')})`;
  if (!isLayerName(layer)) return `unknown --layer "${layer}" (one of: ${LAYER_NAMES.join(', ')})`;
  if (!isExportFormat(format)) return `unknown --format "${format}" (one of: ${EXPORT_FORMATS.join(', ')})`;
  const filter: ExportFilter = {};
  if (values.has('article')) filter.article = values.get('article');
  if (values.has('kind')) filter.kind = values.get('kind');
  if (values.has('bbox')) {
    try {
      filter.bbox = parseBbox(values.get('bbox')!);
    } catch (err) {
      return (err as Error).message;
    }
  }
  return { layer, format, from: values.get('from'), out: values.get('out'), filter };
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const opts = parseArgs(args);
  if (typeof opts === 'string') return usageError(opts);
  const { layer, format } = opts;

  let layers: Layers;
  try {
    if (opts.from) layers = readLayersDir(opts.from);
    else {
      const built = await buildCorpus([]);
      for (const w of built.warnings) process.stderr.write(`marsad export: warning: ${w}\n`);
      layers = built.layers;
    }
  } catch (err) {
    process.stderr.write(`marsad export: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  try {
    checkFilter(layer, opts.filter, {
      articleIds: new Set(layers.articles.map((a) => a.id)),
      zoneKinds: new Set(layers.zones.features.map((z) => z.properties.kind)),
    });
  } catch (err) {
    return usageError((err as Error).message);
  }

  const features = filterFeatures(layer, layers[layer].features as Feature<Geometry, PlaceProps | MentionProps | ZoneProps>[], opts.filter);
  const chunks = exportChunks(layer, format, features);
  try {
    if (opts.out) writeFileAtomic(opts.out, chunks);
    else await writeStdout(chunks);
  } catch (err) {
    process.stderr.write(`marsad export: ${opts.out ? `${opts.out}: ` : ''}${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  if (opts.out) process.stderr.write(`marsad export: ${features.length} ${layer} → ${opts.out}\n`);
  return 0;
}

/** Write chunks to stdout with backpressure; a closed pipe (| head) ends quietly. */
async function writeStdout(chunks: Iterable<string>): Promise<void> {
  const out = new StdoutWriter();
  for (const chunk of chunks) {
    if (out.closed) return;
    await out.write(chunk);
  }
}

function usageError(message: string): number {
  process.stderr.write(`marsad export: ${message} (try --help)\n`);
  return 2;
}
