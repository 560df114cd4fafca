// npm run build:gazetteer — reads the gazetteer sources, the curated supplement and the two
// country-name packages, compiles them (src/gazetteer/build/) and writes static/gazetteer.json
// atomically. All file I/O lives here; the build modules are pure.
//
// `inputs_sha256` covers every input file and the builder's own code, so a test can tell a
// stale compiled file from a fresh one (see tests/gazetteer.test.ts).

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { compileGazetteer } from '../src/gazetteer/build/compile.ts';
import { type CountryShape, placeCountryPointsInside } from '../src/gazetteer/build/country-points.ts';
import { buildCountries, type IsoCountryNames, type WorldCountry } from '../src/gazetteer/build/countries.ts';
import { parseCuratedFile } from '../src/gazetteer/build/curated.ts';
import { parseGeonamesCities } from '../src/gazetteer/build/geonames.ts';
import { parseOsmTsv } from '../src/gazetteer/build/osm.ts';
import { writeFileAtomic } from '../src/layers/write.node.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OSM_TSV = 'data/sources/osm-libya-places/libya-places.tsv';
const GEONAMES_ZIP = 'data/sources/geonames/cities15000.zip';
const CURATED_DIR = 'data/gazetteer';
const BUILDER_DIR = 'src/gazetteer/build';
const OUT = 'static/gazetteer.json';

const require = createRequire(import.meta.url);
const WORLD_COUNTRIES = require.resolve('world-countries/countries.json');
const ISO_COUNTRIES_AR = require.resolve('i18n-iso-countries/langs/ar.json');
const COUNTRY_SHAPES = require.resolve('world-atlas/countries-50m.json');

const jsonFiles = (dir: string, ext: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => `${dir}/${f}`);

/** Every file the compiled gazetteer depends on, as absolute paths, in a fixed order. */
export function inputFiles(): string[] {
  return [
    OSM_TSV,
    GEONAMES_ZIP,
    ...jsonFiles(CURATED_DIR, '.json'),
    'scripts/build-gazetteer.ts',
    ...jsonFiles(BUILDER_DIR, '.ts'),
    // modules outside the builder folder that it imports
    'src/arabic/normalize.ts',
    'src/geoparse/geo.ts',
  ]
    .map((f) => join(ROOT, f))
    .concat([WORLD_COUNTRIES, ISO_COUNTRIES_AR, COUNTRY_SHAPES]);
}

/** sha256 over "<path>\t<sha256 of content>" lines; paths relative to the repo (packages: to node_modules). */
export function hashInputs(files = inputFiles()): string {
  const outer = createHash('sha256');
  for (const file of files) {
    const name = relative(ROOT, file).replace(/\\/g, '/').replace(/^.*node_modules\//, 'node_modules/');
    outer.update(`${name}\t${createHash('sha256').update(readFileSync(file)).digest('hex')}\n`);
  }
  return outer.digest('hex');
}

/** The single entry of a zip archive (stored or deflated), read via the central directory. */
export function unzipSingle(zip: Buffer, file: string): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file}: not a zip archive`);
  if (zip.readUInt16LE(eocd + 10) !== 1) throw new Error(`${file}: expected exactly one entry`);
  const cd = zip.readUInt32LE(eocd + 16);
  if (zip.readUInt32LE(cd) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
  const method = zip.readUInt16LE(cd + 10);
  const size = zip.readUInt32LE(cd + 20);
  const local = zip.readUInt32LE(cd + 42);
  if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${file}: bad local header`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + size);
  if (method === 0) return data;
  if (method === 8) return inflateRawSync(data);
  throw new Error(`${file}: unsupported compression method ${method}`);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** world-atlas country shapes by ISO numeric id (several features can share one id). */
function readCountryShapes(): Map<string, CountryShape[]> {
  const topo = readJson(COUNTRY_SHAPES) as Topology<{ countries: GeometryCollection }>;
  const shapes = new Map<string, CountryShape[]>();
  for (const f of feature(topo, topo.objects.countries).features) {
    if (f.id === undefined || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const id = String(f.id);
    shapes.set(id, [...(shapes.get(id) ?? []), f.geometry]);
  }
  return shapes;
}

/** Reads every input and compiles the gazetteer; `text` is exactly what the build writes. */
export function buildGazetteer() {
  const osm = parseOsmTsv(readFileSync(join(ROOT, OSM_TSV), 'utf8'), OSM_TSV);
  const geonamesText = unzipSingle(readFileSync(join(ROOT, GEONAMES_ZIP)), GEONAMES_ZIP).toString('utf8');
  const isoAr = readJson(ISO_COUNTRIES_AR) as { countries: IsoCountryNames };
  const { countries, moved } = placeCountryPointsInside(
    buildCountries(readJson(WORLD_COUNTRIES) as WorldCountry[], isoAr.countries),
    readCountryShapes(),
  );
  const curated = jsonFiles(CURATED_DIR, '.json').map((file) => ({
    file,
    content: parseCuratedFile(readJson(join(ROOT, file)), file),
  }));
  const named = new Set(curated.flatMap((c) => c.content.amendments.filter((a) => a.add_names_ar?.length).map((a) => a.id)));
  const geonames = parseGeonamesCities(geonamesText, GEONAMES_ZIP, named);
  const { gazetteer, report } = compileGazetteer({ osm, geonames, countries, curated, inputsSha256: hashInputs() });
  return { gazetteer, report, moved, text: `${JSON.stringify(gazetteer)}\n` };
}

function main(): void {
  const started = performance.now();
  const { gazetteer, report, moved, text } = buildGazetteer();
  const out = join(ROOT, OUT);
  writeFileAtomic(out, [text]);

  const tally = (labels: string[]): string =>
    [...new Set(labels)]
      .sort()
      .map((l) => `${l} ${labels.filter((x) => x === l).length}`)
      .join(', ');
  const lines = [
    `${OUT}: ${gazetteer.places.length} places, ${(text.length / 1e6).toFixed(2)} M chars, ${(performance.now() - started).toFixed(0)} ms`,
    `  by source: ${tally(gazetteer.places.map((p) => p.source.dataset))}`,
    `  by kind:   ${tally(gazetteer.places.map((p) => p.kind))}`,
    `  merged ${report.merged.length} duplicate records: ${tally(report.merged.map((m) => `${m.from.split(':')[0]} → ${m.into.split(':')[0]}`))}`,
  ];
  lines.push(`  country points moved inside their shapes: ${moved.length}`);
  if (report.dropped.length) lines.push(`  dropped (no names left): ${report.dropped.join(', ')}`);
  if (report.redundant.length) lines.push(`  spellings already present: ${report.redundant.join('; ')}`);
  if (process.argv.includes('--verbose')) lines.push(...report.merged.map((m) => `  merge ${m.from} → ${m.into}`));
  console.log(lines.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (err) {
    console.error(`build-gazetteer: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
