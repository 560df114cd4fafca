// Export writers and filters, and GDAL reading every format × layer (ogrinfo / ogr2ogr).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { loadGazetteer } from '../src/cli/load-gazetteer.ts';
import { loadZoneSpecs } from '../src/layers/zone-specs.node.ts';
import { buildLayers, type Layers } from '../src/layers/build.ts';
import { writeFileAtomic } from '../src/layers/write.node.ts';
import { EXPORT_FORMATS, FORMAT_INFO, LAYER_NAMES, checkFilter, exportChunks, filterFeatures, parseBbox, type LayerName } from '../src/layers/export/index.ts';
import { csvField } from '../src/layers/export/csv.ts';
import { xmlEscape } from '../src/layers/export/kml.ts';
import type { Mention } from '../src/geoparse/types.ts';
import type { MentionProps, PlaceProps, ZoneProps } from '../src/layers/types.ts';

type AnyFeature = Feature<Geometry, PlaceProps | MentionProps | ZoneProps>;

const gazetteer = loadGazetteer();
/** Articles whose mentions are every exact occurrence of a few Libyan names (geoparser-independent). */
const NAMES = ['سرت', 'الجفرة', 'مصراتة', 'رأس لانوف', 'بنغازي', 'طرابلس'].map((n) => {
  const p = gazetteer.places.find((x) => x.name_ar === n && x.country === 'LY')!;
  return [n, p] as const;
});
function mentionsIn(text: string): Mention[] {
  const out: Mention[] = [];
  for (const [name, place] of NAMES) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length, text: name, place, confidence: 0.8 });
  }
  return out;
}
const layers: Layers = buildLayers(
  [
    { id: 'x1', title: 't', date: '2020-11-13', text: 'اجتمعت اللجنة في سرت، وطالبت بجعل سرت والجفرة منطقة منزوعة السلاح.\nوفي "مصراتة", قال مسؤول: <لا> & نعم.', origin: 'x1' },
    { id: 'x2', title: 't2', text: 'وصل الوفد من طرابلس إلى بنغازي مرورا بسرت، ثم إلى رأس لانوف لبحث إخلاء الموانئ.', origin: 'x2' },
  ],
  { gazetteer, zoneSpecs: loadZoneSpecs(), geoparse: mentionsIn },
);
const features = (layer: LayerName) => layers[layer].features as AnyFeature[];
const text = (layer: LayerName, format: (typeof EXPORT_FORMATS)[number], fs = features(layer)) => [...exportChunks(layer, format, fs)].join('');

describe('CSV', () => {
  it('starts with a BOM and lon,lat, quotes per RFC 4180 and joins lists with ";"', () => {
    const csv = text('places', 'csv');
    expect(csv.startsWith('\uFEFFlon,lat,id,name_ar,name_en,kind,country,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(features('places').length + 2);
    const sirte = csv.split('\r\n').find((l) => l.includes(',سرت,'))!;
    expect(sirte).toContain(',3,x1;x2,');
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField(undefined)).toBe('');
    const mentions = text('mentions', 'csv');
    expect(mentions).toContain('"وفي ""مصراتة"", قال مسؤول: <لا> & نعم."');
  });

  it('gives zones a WKT polygon column', () => {
    expect(text('zones', 'csv')).toMatch(/,"POLYGON \(\(\d+\.?\d* \d+/);
  });
});

describe('KML', () => {
  it('escapes XML and drops characters XML forbids', () => {
    expect(xmlEscape(`<a href="x">&'\u0001\uD800ok`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;ok');
    const kml = text('mentions', 'kml');
    expect(kml).toContain('&lt;لا&gt; &amp; نعم');
    expect(kml).toContain('<Data name="end_offset">');
    expect(text('zones', 'kml')).toContain('<Polygon><outerBoundaryIs><LinearRing><coordinates>');
  });
});

describe('GeoJSON and GeoJSONSeq', () => {
  it('round-trip the features', () => {
    expect(JSON.parse(text('places', 'geojson'))).toEqual(layers.places);
    const lines = text('mentions', 'geojsonseq').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(layers.mentions.features);
  });
});

describe('filters', () => {
  it('parse a bbox or say what is wrong', () => {
    expect(parseBbox('15,28, 19.5,32')).toEqual([15, 28, 19.5, 32]);
    expect(() => parseBbox('15,28,19')).toThrow('bad --bbox "15,28,19": expected four numbers W,S,E,N');
    expect(() => parseBbox('15,33,19,32')).toThrow(/south <= north/);
    expect(() => parseBbox('15,28,190,32')).toThrow(/longitudes/);
    expect(() => parseBbox('a,b,c,d')).toThrow(/four numbers/);
  });

  it('select by article, kind and bbox (antimeridian-aware)', () => {
    const ids = (layer: LayerName, f: Parameters<typeof filterFeatures>[2]) => filterFeatures(layer, features(layer), f).map((x) => x.properties.id);
    expect(ids('mentions', { article: 'x2' }).every((id) => id.startsWith('x2:'))).toBe(true);
    expect(ids('mentions', { article: 'x2' })).toHaveLength(4);
    expect(ids('places', { article: 'x2' })).toHaveLength(4);
    expect(ids('zones', { article: 'x1' })).toEqual(['sirte-jufra-dmz']);
    expect(ids('zones', { article: 'x2' })).toEqual(['oil-crescent']);
    // Sirte area only: Misrata (32.37 N) and Benghazi are outside.
    const sirteBox = ids('places', { bbox: [15.5, 28.5, 17.5, 31.8] });
    expect(sirteBox.sort()).toEqual(NAMES.filter(([n]) => n === 'سرت' || n === 'الجفرة').map(([, p]) => p.id).sort());
    expect(ids('zones', { bbox: [15.5, 28.5, 17.5, 31.8] })).toEqual(['sirte-jufra-dmz']);
    expect(ids('places', { bbox: [170, -10, -170, 10] })).toEqual([]);
    expect(ids('places', { kind: 'facility' }).length).toBeLessThan(features('places').length);
  });

  it('refuse unknown articles and kinds', () => {
    const known = { articleIds: new Set(['x1', 'x2']), zoneKinds: new Set(['demilitarised-zone']) };
    expect(() => checkFilter('places', { article: 'nope' }, known)).toThrow('unknown article "nope"');
    expect(() => checkFilter('places', { kind: 'planet' }, known)).toThrow(/unknown --kind "planet" for places \(one of: country, region/);
    expect(() => checkFilter('zones', { kind: 'demilitarised-zone' }, known)).not.toThrow();
  });
});

const hasGdal = spawnSync('ogrinfo', ['--version']).status === 0;
if (!hasGdal) console.warn('export.test.ts: ogrinfo not found — GDAL round-trip tests skipped (install gdal-bin; .ci/run does)');

describe.skipIf(!hasGdal)('GDAL reads every format and layer', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-export-'));
  });

  for (const layer of LAYER_NAMES) {
    for (const format of EXPORT_FORMATS) {
      it(`${layer} as ${format}`, () => {
        const file = join(dir, `${layer}${FORMAT_INFO[format].extension}`);
        writeFileAtomic(file, exportChunks(layer, format, features(layer)));
        const open = format === 'csv' && layer !== 'zones' ? ['-oo', 'X_POSSIBLE_NAMES=lon', '-oo', 'Y_POSSIBLE_NAMES=lat'] : [];
        const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', ...open, file], { encoding: 'utf8' });
        expect(info).toContain(`Feature Count: ${layers[layer].features.length}`);
        expect(info).toMatch(layer === 'zones' ? /Geometry: (Polygon|Unknown \(any\))/ : /Geometry: (Point|Unknown \(any\))/);
        const extent = /Extent: \(([-\d.]+), ([-\d.]+)\) - \(([-\d.]+), ([-\d.]+)\)/.exec(info);
        expect(extent, 'GDAL saw geometries').not.toBeNull();
        // Arabic names survive GDAL's own CSV writer.
        const csv = execFileSync('ogr2ogr', ['-f', 'CSV', '/vsistdout/', ...open, file], { encoding: 'utf8' });
        for (const f of features(layer)) expect(csv).toContain(f.properties.name_ar);
        if (layer === 'mentions') expect(csv).toContain('منطقة منزوعة السلاح');
      });
    }
  }

  it('the CSV file is UTF-8 with a BOM', () => {
    const file = join(dir, 'places-bom.csv');
    writeFileAtomic(file, exportChunks('places', 'csv', features('places')));
    expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
