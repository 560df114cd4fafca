// `marsad geoparse FILE...|-`: geoparses each article and prints one GeoJSON Feature per
// toponym mention (GeoJSONSeq, or one FeatureCollection with --format json). Output is
// written per file as it is produced; a bad file is reported on stderr and skipped, and the
// exit code says so at the end.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { loadGazetteer } from '../load-gazetteer.ts';
import { geoparse } from '../../geoparse/index.ts';
import type { Mention } from '../../geoparse/types.ts';
import type { PlaceRecord } from '../../gazetteer/types.ts';
import { readArticle } from '../../io/read-text.ts';
import { StdoutWriter } from '../stdout-writer.ts';

const USAGE = `usage: marsad geoparse [--format seq|json] [--min-confidence C] FILE... | -

Finds the places Arabic news texts name and prints one GeoJSON Feature per mention.
FILE is a UTF-8 text file (Windows-1256 Arabic is detected and decoded with a warning);
"-" reads standard input.

options:
  --format seq   GeoJSONSeq: one Feature per line (default)
  --format json  one GeoJSON FeatureCollection (RFC 7946)
  --min-confidence C
                 drop mentions whose confidence is below C (0–1; default 0)
  -h, --help     show this help

Each Feature is a Point [lon, lat] with properties doc, start, end (offsets into the decoded
text, in JavaScript string units), text (exactly that slice), place_id, name_ar, name_en,
kind, country, confidence and, when the text qualifies the place, relation.

example:
  npm run -s marsad -- geoparse seeds/*.txt > mentions.geojsonl
  echo "وصل الوفد إلى بنغازي" | npm run -s marsad -- geoparse -

exit status: 0 on success, 1 if any file could not be read or decoded (the other files are
still processed), 2 on a usage error.
`;

type Format = 'seq' | 'json';

interface Options {
  format: Format;
  minConfidence: number;
  help: boolean;
  files: string[];
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`marsad geoparse: ${parsed} (try --help)\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.files.length === 0) {
    process.stderr.write('marsad geoparse: no input files (give FILE... or - for stdin; try --help)\n');
    return 2;
  }
  const gazetteer = loadGazetteer();
  const out = new StdoutWriter();
  const { files, format, minConfidence } = parsed;
  let failed = false;
  let first = true;

  if (format === 'json') await out.write('{"type":"FeatureCollection","features":[\n');
  for (const doc of files) {
    // One event-loop turn per file, so a closed pipe (EPIPE) is noticed promptly.
    await nextTurn();
    if (out.closed) break;
    const article = await readArticle(doc);
    if (!article.ok) {
      process.stderr.write(`marsad geoparse: ${doc}: ${article.problem}\n`);
      failed = true;
      continue;
    }
    if (article.warning) process.stderr.write(`marsad geoparse: ${doc}: warning: ${article.warning}\n`);
    let mentions: Mention[];
    try {
      mentions = geoparse(article.text, gazetteer, { minConfidence });
    } catch (err) {
      process.stderr.write(`marsad geoparse: ${doc}: geoparser failed: ${err instanceof Error ? err.message : String(err)}\n`);
      failed = true;
      continue;
    }
    if (mentions.length === 0) continue;
    const docJson = JSON.stringify(doc);
    const lines = mentions.map((m) => featureJson(docJson, m));
    if (format === 'json') {
      await out.write((first ? '' : ',\n') + lines.join(',\n'));
    } else {
      await out.write(lines.join('\n') + '\n');
    }
    first = false;
  }
  if (format === 'json') await out.write(`${first ? '' : '\n'}]}\n`);
  return failed ? 1 : 0;
}

/** The JSON of a place's part of a mention Feature, serialised once per place and run. */
const placeJson = new WeakMap<PlaceRecord, { geometry: string; properties: string }>();

/**
 * The GeoJSON Feature of one mention as one line of JSON, per the contract in DESIGN.md:
 * geometry Point [lon, lat]; properties doc, start, end, text, place_id, name_ar, name_en,
 * kind, country, confidence, relation (only when present). Built from cached fragments
 * rather than JSON.stringify of a fresh object: this is the CLI's own hot loop.
 */
function featureJson(docJson: string, m: Mention): string {
  const p = m.place;
  let place = placeJson.get(p);
  if (!place) {
    const geometry = JSON.stringify({ type: 'Point', coordinates: [round(p.lon, 6), round(p.lat, 6)] });
    const { id: place_id, name_ar, name_en, kind, country } = p;
    place = { geometry, properties: JSON.stringify({ place_id, name_ar, name_en, kind, country }).slice(1, -1) };
    placeJson.set(p, place);
  }
  let relation = '';
  if (m.relation) {
    // Fixed key order (direction, distance_km, text), whatever order the geoparser built.
    const { direction, distance_km, text } = m.relation;
    relation = `,"relation":${JSON.stringify({ direction, distance_km, text })}`;
  }
  return (
    `{"type":"Feature","geometry":${place.geometry},"properties":{"doc":${docJson},"start":${m.start},"end":${m.end},` +
    `"text":${JSON.stringify(m.text)},${place.properties},"confidence":${round(m.confidence, 3)}${relation}}}`
  );
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { format: 'seq', minConfidence: 0, help: false, files: [] };
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (value !== 'seq' && value !== 'json') return `--format must be "seq" or "json", not ${value === undefined ? 'nothing' : `"${value}"`}`;
      options.format = value;
    } else if (arg === '--min-confidence' || arg.startsWith('--min-confidence=')) {
      const value = arg === '--min-confidence' ? args[++i] : arg.slice('--min-confidence='.length);
      const c = Number(value);
      if (value === undefined || value.trim() === '' || !(c >= 0 && c <= 1)) {
        return `--min-confidence must be a number from 0 to 1, not ${value === undefined ? 'nothing' : `"${value}"`}`;
      }
      options.minConfidence = c;
    } else {
      return `unknown option "${arg}"`;
    }
  }
  return options;
}
