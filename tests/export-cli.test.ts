// `marsad export` end to end: from a built layers directory and from the default corpus,
// usage errors (exit 2, nothing written), and GDAL reading what the CLI wrote.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, MentionsLayer, PlacesLayer } from '../src/layers/types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
function marsad(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const hasGdal = spawnSync('ogrinfo', ['--version']).status === 0;
if (!hasGdal) console.warn('export-cli.test.ts: ogrinfo not found — GDAL checks skipped (install gdal-bin; .ci/run does)');

let dir: string;
let layers: string;
let places: PlacesLayer;
let mentions: MentionsLayer;
let articles: Article[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-export-cli-'));
  layers = join(dir, 'layers');
  expect(marsad('build', '--out', layers).code).toBe(0);
  places = JSON.parse(readFileSync(join(layers, 'places.geojson'), 'utf8'));
  mentions = JSON.parse(readFileSync(join(layers, 'mentions.geojson'), 'utf8'));
  articles = JSON.parse(readFileSync(join(layers, 'articles.json'), 'utf8'));
});

describe('marsad export', () => {
  it('writes a filtered CSV that GDAL reads with Arabic intact', () => {
    const article = articles[0]!.id;
    const out = join(dir, 'mentions.csv');
    const r = marsad('export', '--from', layers, '--layer', 'mentions', '--format', 'csv', '--article', article, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const expected = mentions.features.filter((f) => f.properties.article_id === article);
    expect(r.stderr.trim()).toBe(`marsad export: ${expected.length} mentions → ${out}`);
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    if (hasGdal) {
      const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', '-oo', 'X_POSSIBLE_NAMES=lon', '-oo', 'Y_POSSIBLE_NAMES=lat', out], { encoding: 'utf8' });
      expect(info).toContain(`Feature Count: ${expected.length}`);
      const back = execFileSync('ogr2ogr', ['-f', 'CSV', '/vsistdout/', out], { encoding: 'utf8' });
      for (const f of expected) expect(back).toContain(f.properties.name_ar);
    }
  });

  it('prints to stdout without --out, building the default corpus in memory', () => {
    const r = marsad('export', '--layer', 'places', '--format', 'geojsonseq', '--kind', 'country');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const countries = places.features.filter((f) => f.properties.kind === 'country');
    expect(lines.map((f) => f.properties.id).sort()).toEqual(countries.map((f) => f.properties.id).sort());
  });

  it('writes KML zones that GDAL reads as polygons', () => {
    const out = join(dir, 'zones.kml');
    expect(marsad('export', '--from', layers, '--layer', 'zones', '--format', 'kml', '--bbox', '15,28,17.5,32', '--out', out).code).toBe(0);
    if (hasGdal) {
      const info = execFileSync('ogrinfo', ['-ro', '-al', out], { encoding: 'utf8' });
      expect(info).toContain('Feature Count: 1');
      expect(info).toMatch(/POLYGON \(\(/);
      expect(info).toContain('منطقة سرت والجفرة منزوعة السلاح');
    }
  });

  it('refuses bad arguments with one line, exit 2, and writes nothing', () => {
    const out = join(dir, 'never.csv');
    const cases: [string[], string][] = [
      [['--layer', 'roads', '--format', 'csv'], 'marsad export: unknown --layer "roads" (one of: places, mentions, zones) (try --help)'],
      [['--layer', 'places', '--format', 'shp'], 'marsad export: unknown --format "shp" (one of: geojson, geojsonseq, csv, kml) (try --help)'],
      [['--layer', 'places', '--format', 'csv', '--bbox', '15,28,19'], 'marsad export: bad --bbox "15,28,19": expected four numbers W,S,E,N (try --help)'],
      [['--layer', 'places', '--format', 'csv', '--article', 'no-such-article'], 'marsad export: unknown article "no-such-article" (try --help)'],
      [['--layer', 'places', '--format', 'csv', '--colour', 'red'], 'marsad export: unknown argument "--colour" (try --help)'],
    ];
    for (const [args, message] of cases) {
      const r = marsad('export', '--from', layers, ...args, '--out', out);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim()).toBe(message);
      expect(r.stdout).toBe('');
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('never'))).toEqual([]);
  });

  it('names a missing layers directory', () => {
    const r = marsad('export', '--from', join(dir, 'nothing'), '--layer', 'places', '--format', 'geojson');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`marsad export: ${join(dir, 'nothing', 'places.geojson')}: not found (build the layers with "marsad build --out ${join(dir, 'nothing')}")`);
  });
});
