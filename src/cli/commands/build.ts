// `marsad build [CORPUS...] --out DIR`: reads a corpus (folders of .txt/.html, .jsonl/.ndjson
// files), geoparses every article and writes places/mentions/zones GeoJSON and articles.json
// into DIR, atomically as a set.
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../../corpus/walk.node.ts';
import { geoparse } from '../../geoparse/index.ts';
import { buildLayers, type Layers } from '../../layers/build.ts';
import { loadZoneSpecs } from '../../layers/zone-specs.node.ts';
import { writeLayersDir } from '../../layers/write.node.ts';
import { loadGazetteer } from '../load-gazetteer.ts';

const DEFAULT_CORPUS = fileURLToPath(new URL('../../../seeds', import.meta.url));

const USAGE = `usage: marsad build [CORPUS...] --out DIR

Geoparses a corpus and writes the map layers into DIR:
  places.geojson    one Point per place named, with mention count and article ids
  mentions.geojson  one Point per mention, with its excerpt and offsets
  zones.geojson     zone polygons (data/zones/*.json) and the excerpts that refer to them
  articles.json     id, title, source, date, url, text and mention ids of every article
DIR is replaced as a whole only when the build succeeds; it must be empty or hold only
these files.

CORPUS  files or folders (walked recursively) of .txt, .html/.htm and .jsonl/.ndjson
        ({"id", "title", "date", "source", "url", "text"} per line); default: seeds/

options:
  --out DIR   where to write the layers (required)
  -h, --help  show this help

example:
  npm run -s marsad -- build seeds/ --out static/layers
`;

/** Read, geoparse and build a corpus in memory; warnings are one-line problems that were skipped. */
export async function buildCorpus(paths: readonly string[]): Promise<{ layers: Layers; warnings: string[] }> {
  const corpus = await readCorpus(paths.length ? paths : [DEFAULT_CORPUS]);
  const gazetteer = loadGazetteer();
  const layers = buildLayers(corpus.articles, {
    gazetteer,
    zoneSpecs: loadZoneSpecs(),
    geoparse: (text) => geoparse(text, gazetteer),
  });
  return { layers, warnings: corpus.warnings };
}

export async function run(args: string[]): Promise<number> {
  const paths: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (a === '--out' || a.startsWith('--out=')) {
      const value = a === '--out' ? args[++i] : a.slice('--out='.length);
      if (!value) return usageError('--out needs a directory');
      out = value;
    } else if (a.startsWith('-') && a !== '-') return usageError(`unknown option "${a}"`);
    else paths.push(a);
  }
  if (!out) return usageError('--out DIR is required');

  const started = performance.now();
  try {
    const { layers, warnings } = await buildCorpus(paths);
    for (const w of warnings) process.stderr.write(`marsad build: warning: ${w}\n`);
    const sizes = writeLayersDir(out, layers);
    const kb = Object.entries(sizes)
      .map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`)
      .join(', ');
    const linked = layers.zones.features.map((z) => `${z.properties.id} ${z.properties.mention_ids.length}`).join(', ');
    process.stderr.write(
      `marsad build: ${layers.articles.length} articles, ${layers.mentions.features.length} mentions, ${layers.places.features.length} places, ` +
        `zones (linked mentions): ${linked || 'none'} → ${out} (${kb}) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return 0;
  } catch (err) {
    process.stderr.write(`marsad build: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

function usageError(message: string): number {
  process.stderr.write(`marsad build: ${message} (try --help)\n`);
  return 2;
}
